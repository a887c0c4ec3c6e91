// Markdown and HTML from an app are data, never markup that runs: every
// string goes through DOMPurify before it reaches innerHTML. Loaded lazily
// (import()) so pages without Markdown or HTML never pay for it.

import DOMPurify from "dompurify";
import { Marked } from "marked";

const marked = new Marked({ gfm: true, breaks: false, async: false });

// Links from app content open in a new tab without handing over `opener`.
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A" && node.getAttribute("href")) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true, svg: true } });
}

export function renderMarkdown(text: string): string {
  return sanitizeHtml(marked.parse(text) as string);
}
