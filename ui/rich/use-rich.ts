import { useContext, useEffect, useState } from "preact/hooks";
import { RichDefaults } from "./defaults.ts";
import type { RichNeed, RichOptions } from "./sanitize.ts";

export type { LatexDelimiter, RichOptions } from "./sanitize.ts";

type Rich = typeof import("./sanitize.ts");
let loaded: Rich | null = null;
let loading: Promise<Rich> | null = null;

function load(): Promise<Rich> {
  loading ??= import("./sanitize.ts").then((m) => (loaded = m));
  return loading;
}

/**
 * Sanitized HTML for `text`, or null until the sanitizer has loaded. Markdown
 * renders at once with what has loaded (code plain, formulas as source) and
 * again when its code languages and KaTeX have.
 */
export function useRich(kind: "markdown" | "html", text: string, given?: RichOptions): string | null {
  const [, rerender] = useState(0);
  const defaults = useContext(RichDefaults);
  const options = defaults.remoteImages === false ? { ...given, remoteImages: false } : given;
  const rich = loaded;
  const needs: RichNeed[] = rich && kind === "markdown" ? rich.richNeeds(text, options) : [];
  // Keyed on what this render saw: the sanitizer (or a language, or KaTeX)
  // may finish loading between this render and its effect, and this block
  // must still render again.
  const missing = rich === null ? "sanitizer" : needs.join(" ");
  useEffect(() => {
    if (!missing) return;
    const again = () => rerender((n) => n + 1);
    if (rich === null) void load().then(again);
    else void rich.loadRich(needs).then(again);
  }, [missing]);
  if (rich === null) return null;
  return kind === "markdown" ? rich.renderMarkdown(text, options) : rich.sanitizeHtml(text, options);
}

/** Whether the renderer has loaded, and a way to load it (a view that waits for it before slicing work). */
export const rendererLoaded = (): boolean => loaded !== null;
export const loadRenderer = load;
