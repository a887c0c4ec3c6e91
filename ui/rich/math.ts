// LaTeX in Markdown, typeset by KaTeX between Gradio's `latex_delimiters`.
// Formulas are found while Markdown is tokenized (a marked extension), so
// Markdown never rewrites what is inside them (`_`, `*`, `\\`). KaTeX itself
// is a lazy chunk (docs/rich-text.md has the bytes): until it has loaded, a
// formula shows as its escaped source.

import type { TokenizerAndRendererExtension, TokenizerExtension } from "marked";
import { withoutFences } from "./code.ts";

/** One of Gradio's `latex_delimiters`: a formula is `left … right`, typeset as a display block or inline. */
export interface LatexDelimiter {
  left: string;
  right: string;
  display: boolean;
}

/** Gradio's default for Chatbot and Markdown: display math between `$$`. */
export const DEFAULT_LATEX_DELIMITERS: readonly LatexDelimiter[] = [{ left: "$$", right: "$$", display: true }];

// A type alias, not an interface: marked's token type has an index signature.
type MathToken = {
  type: "math";
  raw: string;
  tex: string;
  display: boolean;
  block?: boolean;
};

/**
 * Where `right` closes a formula whose body starts at `from`, or -1. A
 * backslash escapes the next character and braces nest, as in KaTeX's
 * auto-render (contrib/auto-render/splitAtDelimiters.js), so `\$` and `{$}`
 * stay inside a `$…$` formula.
 */
function findEnd(text: string, right: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (depth <= 0 && text.startsWith(right, i)) return i;
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}") depth--;
  }
  return -1;
}

// Longest opener first, so `$$x$$` is display math even when `$` is also a delimiter.
function usable(delimiters: readonly LatexDelimiter[]): LatexDelimiter[] {
  return delimiters.filter((d) => d.left && d.right).sort((a, b) => b.left.length - a.left.length);
}

/** The formula `src` starts with, if any delimiter opens and closes one there. */
function matchAt(src: string, delimiters: readonly LatexDelimiter[]): MathToken | undefined {
  for (const d of delimiters) {
    if (!src.startsWith(d.left)) continue;
    const end = findEnd(src, d.right, d.left.length);
    const tex = end < 0 ? "" : src.slice(d.left.length, end);
    if (tex.trim()) return { type: "math", raw: src.slice(0, end + d.right.length), tex, display: d.display };
  }
  return undefined;
}

/**
 * Whether `text` may hold a formula: a delimiter that opens and later closes,
 * outside fenced code and code spans (a shell block's `$$` loads nothing).
 * Cheap and generous: it may say yes where Markdown finds no formula, never no where it finds one.
 */
export function hasMath(text: string, delimiters: readonly LatexDelimiter[]): boolean {
  const prose = withoutFences(text).replace(/(`+)[^`]*?\1/g, "");
  for (const d of usable(delimiters)) {
    for (let at = prose.indexOf(d.left); at >= 0; at = prose.indexOf(d.left, at + 1)) {
      const end = findEnd(prose, d.right, at + d.left.length);
      if (end < 0) break;
      if (prose.slice(at + d.left.length, end).trim()) return true;
    }
  }
  return false;
}

/**
 * marked extensions for these delimiters: inline formulas anywhere in a
 * paragraph, and display formulas that stand on their own lines as a block,
 * so a multi-line `\begin{aligned}` is never cut by a line that looks like a
 * list item or a heading.
 */
export function mathExtensions(delimiters: readonly LatexDelimiter[]): TokenizerAndRendererExtension[] {
  const all = usable(delimiters);
  const display = all.filter((d) => d.display);
  // After a newline only: marked asks from one character into the paragraph,
  // so `^` there is mid-line; it cuts the paragraph at the newline we return.
  const lineStarts = display.map((d) => new RegExp(`\\n {0,3}${escapeRegExp(d.left)}`));
  const inline: TokenizerAndRendererExtension = {
    name: "math",
    level: "inline",
    start(src) {
      const found = all.map((d) => src.indexOf(d.left)).filter((i) => i >= 0);
      return found.length ? Math.min(...found) : undefined;
    },
    tokenizer: (src) => matchAt(src, all),
    renderer: (token) => renderMath(token as MathToken),
  };
  const block: TokenizerExtension = {
    name: "mathBlock",
    level: "block",
    // Only at a line start: a block start mid-line would split the paragraph.
    start(src) {
      const found = lineStarts.map((re) => re.exec(src)?.index ?? -1).filter((i) => i >= 0);
      return found.length ? Math.min(...found) : undefined;
    },
    tokenizer(src) {
      const indent = /^ {0,3}/.exec(src)![0];
      const token = matchAt(src.slice(indent.length), display);
      const after = token && /^[ \t]*(?:\n|$)/.exec(src.slice(indent.length + token.raw.length));
      if (!token || !after) return undefined;
      return { ...token, raw: indent + token.raw + after[0], block: true };
    },
  };
  return display.length ? [block, inline] : [inline];
}

let renderTex: ((tex: string, display: boolean) => string | null) | null = null;
let loading: Promise<void> | null = null;
let failed = false;

/** Whether KaTeX is still to load (and has not failed to). */
export function mathNeedsLoad(): boolean {
  return renderTex === null && !failed;
}

/** Loads KaTeX and its styles. Never rejects: on failure formulas stay as their source. */
export function loadMath(): Promise<void> {
  loading ??= import("./math-render.ts").then(
    (m) => {
      renderTex = m.renderTex;
    },
    (error: unknown) => {
      failed = true;
      console.warn("gradio-lite: could not load KaTeX; formulas show as their source", error);
    },
  );
  return loading;
}

function renderMath(token: MathToken): string {
  let html = escapeHtml(token.raw);
  if (renderTex) {
    // null: KaTeX threw something other than a ParseError (throwOnError only covers those).
    html = renderTex(token.tex, token.display) ?? `<span class="katex-error">${html}</span>`;
  }
  return token.block ? `<p>${html}</p>\n` : html;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
