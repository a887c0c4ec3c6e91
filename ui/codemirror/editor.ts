// One CodeMirror 6 editor with what gr.Code and the playground both need:
// the app's theme, a language loaded on demand, and options that change in
// place (a Compartment each) without losing the text, selection or history.

import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { indentOnInput } from "@codemirror/language";
import { Compartment, EditorState, Transaction, type Extension } from "@codemirror/state";
import { drawSelection, EditorView, highlightSpecialChars, keymap, lineNumbers, type KeyBinding } from "@codemirror/view";
import { loadLanguage } from "./languages.ts";
import { codeTheme } from "./theme.ts";

export interface EditorSettings {
  readOnly?: boolean;
  lineNumbers?: boolean;
  wrapLines?: boolean;
  autocomplete?: boolean;
}

export interface EditorOptions extends EditorSettings {
  parent: HTMLElement;
  doc: string;
  language: string | null;
  /** The id of the element that names the editor (its label), else `label`. */
  labelledBy?: string;
  label?: string;
  /** Every change of the text; `byUser` when typed, pasted or undone (not `setDoc`). */
  onChange?: (text: string, byUser: boolean) => void;
  onFocus?: () => void;
  onBlur?: () => void;
  /** Bindings before the editor's own (the playground's Mod-Enter). */
  keys?: KeyBinding[];
  extensions?: Extension[];
}

export interface CodeEditor {
  view: EditorView;
  /** Replaces the text (not as a user edit: no onChange `byUser`). */
  setDoc(text: string): void;
  /** Loads and applies a language; a later call wins over one still loading. */
  setLanguage(language: string | null): Promise<void>;
  configure(settings: EditorSettings): void;
  destroy(): void;
}

function settingsExtensions(s: EditorSettings, label: Record<string, string>): Record<"readOnly" | "lineNumbers" | "wrap" | "autocomplete", Extension> {
  return {
    readOnly: [
      EditorState.readOnly.of(!!s.readOnly),
      EditorView.editable.of(!s.readOnly),
      // Read-only code still takes focus, so a keyboard user can scroll, select and copy it; the tabindex
      // also tells checkers (axe) what the browser knows of contenteditable: the scroller is keyboard reachable.
      EditorView.contentAttributes.of({ ...label, tabindex: "0" }),
    ],
    lineNumbers: s.lineNumbers === false ? [] : lineNumbers(),
    wrap: s.wrapLines ? EditorView.lineWrapping : [],
    autocomplete: s.autocomplete ? autocompletion() : [],
  };
}

export function createEditor(options: EditorOptions): CodeEditor {
  const compartments = { readOnly: new Compartment(), lineNumbers: new Compartment(), wrap: new Compartment(), autocomplete: new Compartment() };
  const language = new Compartment();
  const label: Record<string, string> = options.labelledBy ? { "aria-labelledby": options.labelledBy } : { "aria-label": options.label ?? "Code" };
  const initial = settingsExtensions(options, label);
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        closeBrackets(),
        // Tab indents; Escape then Tab (or Ctrl-M) leaves the editor, as CodeMirror documents.
        keymap.of([...(options.keys ?? []), ...closeBracketsKeymap, ...completionKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        codeTheme,
        language.of([]),
        (Object.keys(compartments) as Array<keyof typeof compartments>).map((k) => compartments[k].of(initial[k])),
        EditorView.updateListener.of((u) => {
          if (!u.docChanged) return;
          const byUser = u.transactions.some((tr) => tr.annotation(Transaction.userEvent) !== undefined);
          options.onChange?.(u.state.doc.toString(), byUser);
        }),
        options.extensions ?? [],
      ],
    }),
  });
  if (options.onFocus) view.contentDOM.addEventListener("focus", options.onFocus);
  if (options.onBlur) view.contentDOM.addEventListener("blur", options.onBlur);
  let wanted: string | null = null;
  const editor: CodeEditor = {
    view,
    setDoc(text) {
      if (text === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    async setLanguage(name) {
      wanted = name;
      const support = await loadLanguage(name).catch(() => null);
      if (wanted !== name || destroyed) return;
      view.dispatch({ effects: language.reconfigure(support ?? []) });
    },
    configure(settings) {
      const next = settingsExtensions(settings, label);
      view.dispatch({ effects: (Object.keys(compartments) as Array<keyof typeof compartments>).map((k) => compartments[k].reconfigure(next[k])) });
    },
    destroy() {
      destroyed = true;
      view.destroy();
    },
  };
  let destroyed = false;
  void editor.setLanguage(options.language);
  return editor;
}
