// Markdown and HTML from an app are data, never markup that runs: every
// string goes through DOMPurify before it reaches innerHTML. Loaded lazily
// (import()) so pages without Markdown or HTML never pay for it.
//
// Code highlighting and LaTeX are lazier still (code.ts, math.ts): rendering
// stays synchronous and uses what has loaded; `richNeeds` says what a text
// is missing and `loadRich` fetches it, after which a render typesets it.

import DOMPurify from "dompurify";
import { Marked, type MarkedExtension } from "marked";
import { codeNeeds, highlightCode, loadLanguage, type Language } from "./code.ts";
import { DEFAULT_LATEX_DELIMITERS, hasMath, loadMath, mathExtensions, mathNeedsLoad, type LatexDelimiter } from "./math.ts";

export type { Language } from "./code.ts";
export type { LatexDelimiter } from "./math.ts";
export { DEFAULT_LATEX_DELIMITERS } from "./math.ts";

export interface RichOptions {
  /** Where formulas start and end (Gradio's `latex_delimiters`); `[]` turns LaTeX off. Default (also for null): `$$…$$`, display. */
  latexDelimiters?: readonly LatexDelimiter[] | null;
  /** A single newline is a line break (GitHub's comments; Gradio's Chatbot `lineBreaks`). */
  lineBreaks?: boolean;
  /** False: images on other sites are not loaded; their alt text shows instead (launch's `remoteImages`). */
  remoteImages?: boolean;
}

/** Set while a value renders for an app with `remoteImages: false`. */
let localImagesOnly = false;

function sanitizeWith<T>(options: RichOptions | undefined, run: () => T): T {
  localImagesOnly = options?.remoteImages === false;
  try {
    return run();
  } finally {
    localImagesOnly = false;
  }
}

/** An image address on another site (what `remoteImages: false` keeps from loading). */
function remote(src: string): boolean {
  try {
    const url = new URL(src, location.href);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin !== location.origin;
  } catch {
    return false;
  }
}

/** Something a text needs before it renders in full: a code language, or KaTeX. */
export type RichNeed = Language | "katex";

// Ids the runtime gives its own controls start with `gr-` (frame.tsx's
// useControlId): a value's `<label for="gr-c0">` would take over the label of
// a control elsewhere on the page. Such ids and the attributes that point at
// ids are renamed into the value's own space; other ids stay, so a page
// script can still find the elements an app put in a gr.HTML.
const RESERVED_ID = /^gr-/i;
const ID_REFS = ["id", "name", "for", "form", "list", "headers", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-activedescendant", "aria-details", "aria-errormessage", "aria-flowto"];
const ownId = (value: string) => value.split(/\s+/).map((id) => (RESERVED_ID.test(id) ? `user-content-${id}` : id)).join(" ");
// A fixed or sticky box from a value would cover the page around its app.
const FIXED = /(^|;)\s*position\s*:\s*(fixed|sticky)\b[^;]*/gi;

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  // Links from app content open in a new tab without handing over `opener`.
  if (node.tagName === "A" && node.getAttribute("href")) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
  for (const name of ID_REFS) {
    const value = node.getAttribute(name);
    if (value !== null && /(^|\s)gr-/i.test(value)) node.setAttribute(name, ownId(value));
  }
  if (localImagesOnly && (node.tagName === "IMG" || node.tagName === "SOURCE")) {
    const src = node.getAttribute("src") ?? "";
    if (remote(src) || node.hasAttribute("srcset")) {
      node.removeAttribute("src");
      node.removeAttribute("srcset");
      node.setAttribute("data-remote-src", src);
      node.setAttribute("title", `Image from ${src} (not loaded: this app does not load images from other sites)`);
    }
  }
  const style = node.getAttribute("style");
  // A background image is an image too.
  if (localImagesOnly && style && /url\(/i.test(style)) node.setAttribute("style", style.replace(/[^;]*url\([^)]*\)[^;]*;?/gi, ""));
  const unfixed = node.getAttribute("style")?.replace(FIXED, "$1");
  if (unfixed !== undefined && unfixed !== node.getAttribute("style")) node.setAttribute("style", unfixed);
});

/**
 * What a value's markup may not bring: `<style>` (it would restyle the whole
 * page), forms and their submit targets (a value could post what a user
 * types to another site), and `<base>`/`<meta>`. Their text content stays.
 */
const CONTAINED = { FORBID_TAGS: ["style", "form", "base", "meta"], FORBID_ATTR: ["action", "formaction"] };

export function sanitizeHtml(html: string, options?: RichOptions): string {
  return sanitizeWith(options, () => DOMPurify.sanitize(html, { USE_PROFILES: { html: true, svg: true }, ...CONTAINED }));
}

// KaTeX writes HTML, SVG (stretchy arrows, roots) and MathML for screen
// readers, with inline `style` on its spans; the three profiles keep those.
// DOMPurify drops <semantics> and <annotation> (it unwraps the first and
// keeps its <mrow>); the annotation's TeX source goes with its tag, rather
// than being read aloud after the formula.
function sanitizeMarkdownHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true, svg: true, mathMl: true },
    ADD_FORBID_CONTENTS: ["annotation"],
    ...CONTAINED,
  });
}

function codeBlocks(): MarkedExtension {
  return {
    renderer: {
      // false: marked's own renderer, i.e. escaped text in <pre><code>.
      code({ text, lang }) {
        const highlighted = highlightCode(text, lang);
        if (!highlighted) return false;
        return `<pre><code class="hljs language-${highlighted.language}">${highlighted.html}\n</code></pre>\n`;
      },
    },
  };
}

// One parser per set of delimiters and line-break mode; apps use one or two.
const parsers = new Map<string, Marked>();

function parserFor(delimiters: readonly LatexDelimiter[], breaks: boolean): Marked {
  const key = JSON.stringify(delimiters) + breaks;
  let parser = parsers.get(key);
  if (!parser) {
    parser = new Marked({ gfm: true, breaks, async: false }, codeBlocks(), { extensions: mathExtensions(delimiters) });
    parsers.set(key, parser);
  }
  return parser;
}

/**
 * Sanitized HTML for Markdown `text`. Synchronous: code and formulas whose
 * highlighter or KaTeX has not loaded render as plain, escaped text
 * (`richNeeds` / `loadRich` fetch them).
 */
export function renderMarkdown(text: string, options: RichOptions = {}): string {
  const delimiters = options.latexDelimiters ?? DEFAULT_LATEX_DELIMITERS;
  const html = parserFor(delimiters, options.lineBreaks === true).parse(text) as string;
  return sanitizeWith(options, () => sanitizeMarkdownHtml(html));
}

/**
 * What `text` would render with that has not loaded yet: the code languages
 * its fences name and "katex" if it may hold a formula. A cheap scan, no
 * Markdown parse; empty for plain Markdown, so such a page loads nothing more.
 * What failed to load is not listed again (it stays plain).
 */
export function richNeeds(text: string, options: RichOptions = {}): RichNeed[] {
  const needs: RichNeed[] = codeNeeds(text);
  if (mathNeedsLoad() && hasMath(text, options.latexDelimiters ?? DEFAULT_LATEX_DELIMITERS)) needs.push("katex");
  return needs;
}

/** Loads what `richNeeds` listed, each its own chunk. Never rejects: what fails stays plain. */
export async function loadRich(needs: readonly RichNeed[]): Promise<void> {
  await Promise.all(needs.map((need) => (need === "katex" ? loadMath() : loadLanguage(need))));
}
