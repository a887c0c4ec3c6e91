// Text that Markdown would render as one plain paragraph ("Hello! How can I
// help?") is shown as it is: a chat of plain text never loads the renderer.

// Characters and line starts that may mean Markdown (or HTML, or a formula).
const MARKUP = /[\\`*_[\]<>&|~$#\n]|https?:|www\.|@/i;
const LINE_START = /^(?:\s*(?:[-+>=]|\d+[.)])| {4}|\t)/;

export function isPlainText(text: string): boolean {
  return !MARKUP.test(text) && !LINE_START.test(text);
}
