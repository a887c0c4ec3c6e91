// App code that imports, or does not parse, runs as an ES module at a blob:
// URL (./run-code.ts runs the rest as a function body): its `gradio-lite`
// imports become reads of the API, its relative specifiers absolute.

import { API_GLOBAL, describeLoadError, PRELUDE } from "./run-code.ts";
import type { ErrorInfo } from "./protocol.ts";

const GRADIO_IMPORT = /import\s+\*\s+as\s+([A-Za-z_$][\w$]*)\s+from\s+["']gradio-lite["'];?/g;
const RELATIVE_IMPORT = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(\.{0,2}\/[^"']*)\2/g;
const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s+["']gradio-lite["'];?/g;

/**
 * Rewrites the `gradio-lite` imports into reads of the global, on the same
 * line, so line numbers in errors stay the user's own.
 */
export function toModuleSource(code: string, baseUrl = ""): string {
  let declaresGr = false;
  let body = code.replace(GRADIO_IMPORT, (_m, name: string) => {
    if (name === "gr") declaresGr = true;
    return `const ${name} = globalThis.${API_GLOBAL};`;
  });
  body = body.replace(NAMED_IMPORT, (_m, names: string) => {
    const spec = names.replace(/\bas\b/g, ":");
    return `const {${spec}} = globalThis.${API_GLOBAL};`;
  });
  // The module lives at a blob: URL, against which "./x.js" means nothing:
  // resolve relative and root-relative specifiers against the page (or the app's src) instead.
  if (baseUrl) {
    // `new URL("./view.js", import.meta.url)` (a custom component's view) means the same as in a module file.
    body = body.replace(/\bimport\.meta\.url\b/g, JSON.stringify(baseUrl));
    body = body.replace(RELATIVE_IMPORT, (_m, head: string, quote: string, spec: string) => `${head}${quote}${new URL(spec, baseUrl).href}${quote}`);
  }
  return (declaresGr ? "" : PRELUDE) + body;
}

/** Where app code is imported from: a Blob URL in a browser; the build's prerenderer (Node, which imports no blob:) sets a data: URL. */
let moduleUrl = (source: string): string => URL.createObjectURL(new Blob([source], { type: "text/javascript" }));

export function setModuleUrl(make: (source: string) => string): void {
  moduleUrl = make;
}

/** Imports app code as a module; its syntax and load errors come back with their line. */
export async function importModule(code: string, baseUrl: string): Promise<ErrorInfo | null> {
  const source = toModuleSource(code, baseUrl);
  const url = moduleUrl(source);
  try {
    await import(/* @vite-ignore */ url);
    return null;
  } catch (error) {
    // A SyntaxError may also be thrown while running (JSON.parse): only a
    // parse failure of the code itself is reported as a syntax error.
    const located = error instanceof SyntaxError ? await locateSyntaxError(code) : null;
    return located ?? { code: "load", ...describeLoadError(error, { url, lines: 0, columns: source.length - code.length }) };
  } finally {
    if (url.startsWith("blob:")) URL.revokeObjectURL(url);
  }
}

/**
 * V8 reports a module's syntax error without its position, so on that (rare)
 * path we parse the code again with acorn, loaded only then.
 */
async function locateSyntaxError(code: string): Promise<ErrorInfo | null> {
  const { parse } = await import("acorn");
  try {
    parse(code, { ecmaVersion: "latest", sourceType: "module", allowAwaitOutsideFunction: true });
    return null;
  } catch (error) {
    const e = error as SyntaxError & { loc?: { line: number; column: number } };
    if (!e.loc) return null;
    const message = e.message.replace(/\s*\(\d+:\d+\)$/, "");
    return { code: "syntax", message: `SyntaxError: ${message}`, line: e.loc.line, column: e.loc.column + 1 };
  }
}
