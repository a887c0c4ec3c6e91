// The editor's look from the app's CSS variables, so it follows the app's
// theme and light/dark mode with no second theme to swap. Token colours use
// light-dark(): the container's color-scheme picks them, and each keeps 4.5:1
// on the block background in both modes.

import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorView } from "@codemirror/view";
import { tags as t } from "@lezer/highlight";

const base = EditorView.theme({
  "&": { color: "var(--gr-text)", backgroundColor: "var(--gr-block)", fontSize: "14px", height: "100%" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--gr-mono)", lineHeight: "1.5" },
  ".cm-content": { padding: "6px 0", caretColor: "var(--gr-text)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--gr-text)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection": {
    backgroundColor: "light-dark(#fed7aa, #7c2d12)",
  },
  ".cm-gutters": { backgroundColor: "var(--gr-panel)", color: "var(--gr-text-muted)", borderRight: "1px solid var(--gr-border)" },
  ".cm-lineNumbers .cm-gutterElement": { padding: "0 8px 0 12px", minWidth: "32px" },
  ".cm-tooltip": { backgroundColor: "var(--gr-block)", color: "var(--gr-text)", border: "1px solid var(--gr-border)", borderRadius: "6px" },
  ".cm-tooltip-autocomplete > ul > li[aria-selected]": { backgroundColor: "var(--gr-primary-soft)", color: "var(--gr-text)" },
});

const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.modifier, t.controlKeyword, t.operatorKeyword], color: "light-dark(#a626a4, #d8a6ff)" },
  { tag: [t.string, t.special(t.string), t.regexp], color: "light-dark(#17703a, #7ee787)" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "light-dark(#0550ae, #79c0ff)" },
  { tag: t.comment, color: "light-dark(#5f6b76, #a3adb8)", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName))], color: "light-dark(#6639ba, #d2a8ff)" },
  { tag: [t.typeName, t.className, t.namespace], color: "light-dark(#953800, #ffa657)" },
  { tag: [t.propertyName, t.attributeName], color: "light-dark(#0a5a8c, #a5d6ff)" },
  { tag: [t.tagName, t.heading], color: "light-dark(#116329, #7ee787)", fontWeight: "600" },
  { tag: [t.meta, t.processingInstruction], color: "light-dark(#5f6b76, #a3adb8)" },
  { tag: t.link, textDecoration: "underline" },
  { tag: t.emphasis, fontStyle: "italic" },
  { tag: t.strong, fontWeight: "700" },
  { tag: t.invalid, color: "var(--gr-error)" },
]);

export const codeTheme = [base, syntaxHighlighting(highlight)];
