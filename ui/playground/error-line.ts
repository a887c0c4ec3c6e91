// The line an app's load error names, marked in the playground's editor: the
// line tinted, the message under it. Cleared by the next run that starts.

import { StateEffect, StateField, type Extension } from "@codemirror/state";
import { Decoration, EditorView, WidgetType, type DecorationSet } from "@codemirror/view";

export interface MarkedError {
  line: number;
  message: string;
}

/** Marks `error`'s line, or clears the mark with null. */
export const markError = StateEffect.define<MarkedError | null>();

class Message extends WidgetType {
  constructor(readonly text: string) {
    super();
  }
  override eq(other: Message): boolean {
    return other.text === this.text;
  }
  toDOM(): HTMLElement {
    const el = document.createElement("div");
    el.className = "cm-gr-error-message";
    // Text only: a message may quote the app's code, which is never markup.
    el.textContent = this.text;
    return el;
  }
}

const field = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(markError)) continue;
      const error = effect.value;
      if (!error) return Decoration.none;
      const doc = tr.state.doc;
      const line = doc.line(Math.min(Math.max(1, error.line), doc.lines));
      return Decoration.set([
        Decoration.line({ class: "cm-gr-error-line", attributes: { "data-error-line": String(error.line) } }).range(line.from),
        Decoration.widget({ widget: new Message(error.message), block: true, side: 1 }).range(line.to),
      ]);
    }
    // Edits move the mark with its line.
    return marks.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

export const errorMarks: Extension = [
  field,
  EditorView.theme({
    ".cm-gr-error-line": { backgroundColor: "var(--gr-error-bg)", boxShadow: "inset 3px 0 0 var(--gr-error)" },
    ".cm-gr-error-message": {
      padding: "2px 12px 4px",
      fontFamily: "var(--gr-font)",
      fontSize: "13px",
      color: "var(--gr-error)",
      backgroundColor: "var(--gr-error-bg)",
      whiteSpace: "pre-wrap",
    },
  }),
];
