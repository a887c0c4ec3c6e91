import { useEffect, useState } from "preact/hooks";

type Rich = typeof import("./sanitize.ts");
let loaded: Rich | null = null;
let loading: Promise<Rich> | null = null;

function load(): Promise<Rich> {
  loading ??= import("./sanitize.ts").then((m) => (loaded = m));
  return loading;
}

/** Sanitized HTML for `text`, or null until the sanitizer has loaded. */
export function useRich(kind: "markdown" | "html", text: string): string | null {
  const render = (m: Rich) => (kind === "markdown" ? m.renderMarkdown(text) : m.sanitizeHtml(text));
  const [, rerender] = useState(0);
  // Keyed on what this render saw: the sanitizer may finish loading between
  // this render and its effect, and this block must still render again.
  const ready = loaded !== null;
  useEffect(() => {
    if (!ready) void load().then(() => rerender((n) => n + 1));
  }, [ready]);
  return loaded ? render(loaded) : null;
}
