import css from "./styles.css?inline";

const added = new Set<string>();

/** Without a document (the build's prerenderer, in Node), the styles the views asked for, in order: inlined into the built page. */
const unplaced = new Map<string, string>();

export function collectedStyles(): Array<[name: string, css: string]> {
  return [...unplaced];
}

function add(name: string, text: string, first: boolean): void {
  if (added.has(name)) return;
  added.add(name);
  if (typeof document === "undefined") return void unplaced.set(name, text);
  const style = document.createElement("style");
  style.dataset.gradioLite = name;
  style.textContent = text;
  if (first) document.head.prepend(style);
  else document.head.append(style);
}

/** Adds the runtime's core CSS to the page once, before any app renders. */
export function injectStyles(): void {
  add("core", css, true);
}

/**
 * Adds a lazily loaded view's own CSS when the view first loads, so the
 * hello-world page carries only the core stylesheet (size-limits.json).
 */
export function addStyles(name: string, text: string): void {
  add(name, text, false);
}
