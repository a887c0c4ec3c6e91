// Runs the app code of a `<gradio-lite>` element as an ES module inside this
// worker, with `gr` in scope. A module (not `new Function`) so that app code
// may `import` absolute URLs and use top-level await.

import type { ErrorInfo } from "./protocol.ts";

/** Where app code finds the API: a global the prelude reads. */
export const API_GLOBAL = "__gradioLite__";

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
  const prelude = declaresGr ? "" : `const gr = globalThis.${API_GLOBAL}; `;
  return prelude + body;
}

/** Where app code is imported from: a Blob URL in a browser; the build's prerenderer (Node, which imports no blob:) sets a data: URL. */
let moduleUrl = (source: string): string => URL.createObjectURL(new Blob([source], { type: "text/javascript" }));

export function setModuleUrl(make: (source: string) => string): void {
  moduleUrl = make;
}

/** Imports app code; its syntax and load errors come back with their line. */
export async function runModule(code: string, api: unknown, baseUrl = ""): Promise<ErrorInfo | null> {
  (globalThis as Record<string, unknown>)[API_GLOBAL] = api;
  // Modules the app imports (a custom component's class) see `gr` too: a
  // worker cannot map the bare "gradio-lite" specifier for them.
  (globalThis as Record<string, unknown>).gr = api;
  const source = toModuleSource(code, baseUrl);
  const body = asFunctionBody(code, source);
  if (body) {
    try {
      await body.run();
      return null;
    } catch (error) {
      return { code: "load", ...describeLoadError(error, body.where) };
    }
  }
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

/** Where the app's code sits in the script an error's stack names: its URL, and the lines and columns (of line 1) before it. */
interface CodeSite {
  url: string;
  lines: number;
  columns: number;
}

const AsyncFunction = (async () => {}).constructor as new (body: string) => () => Promise<unknown>;
let bodies = 0;

/**
 * Code that imports and exports nothing runs as the body of a strict async
 * function, which has what a module gives such code (strict mode, top-level
 * await, `this` undefined, its own scope). Importing it as a module cost a
 * blob: URL registered with the browser and then loaded from it, two trips
 * out of the worker on every cold start before the app could answer
 * (issue #14 item 7). Null when the module path must run it: code that
 * imports (its specifiers need a module), code that does not parse (the
 * module path locates the error), or a page whose CSP forbids compiling it.
 */
function asFunctionBody(code: string, source: string): { run: () => Promise<unknown>; where: CodeSite } | null {
  if (/\b(?:import|export)\b/.test(code)) return null;
  const strict = '"use strict";';
  const url = `gradio-lite-app-${++bodies}.js`;
  try {
    // The Function constructor puts its body after two lines of its own (ECMA-262 CreateDynamicFunction).
    const run = new AsyncFunction(`${strict}${source}\n//# sourceURL=${url}`);
    return { run: () => run.call(undefined), where: { url, lines: 2, columns: strict.length + source.length - code.length } };
  } catch {
    return null;
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

/** The message and, from the stack frame in the app's code, its line. */
function describeLoadError(error: unknown, { url, lines, columns }: CodeSite): { message: string; line?: number; column?: number } {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : `Error: ${String(error)}`;
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const at = stack.indexOf(url);
  if (at < 0) return { message };
  const match = /^:(\d+):(\d+)/.exec(stack.slice(at + url.length));
  if (!match) return { message };
  const line = Number(match[1]) - lines;
  const column = Number(match[2]) - (line === 1 ? columns : 0);
  return { message, line, column };
}
