// Runs the app code of a `<gradio-lite>` element inside this worker, with
// `gr` in scope: as the body of an async function when it imports nothing,
// else as an ES module (./run-module.ts), so that app code may `import`
// absolute URLs. Either way it may use top-level await.

import type { ErrorInfo } from "./protocol.ts";

/** Where app code finds the API: a global the prelude reads. */
export const API_GLOBAL = "__gradioLite__";
/** Binds `gr` on the code's first line, so line numbers in errors stay the user's own. */
export const PRELUDE = `const gr = globalThis.${API_GLOBAL}; `;

/** Runs app code; its syntax and load errors come back with their line. */
export async function runModule(code: string, api: unknown, baseUrl = ""): Promise<ErrorInfo | null> {
  (globalThis as Record<string, unknown>)[API_GLOBAL] = api;
  // Modules the app imports (a custom component's class) see `gr` too: a
  // worker cannot map the bare "gradio-lite" specifier for them.
  (globalThis as Record<string, unknown>).gr = api;
  const body = asFunctionBody(code);
  if (!body) return (await import("./run-module.ts")).importModule(code, baseUrl);
  try {
    await body();
    return null;
  } catch (error) {
    // A function's body starts on its third line (ECMA-262 CreateDynamicFunction), and "use strict" has one more.
    return { code: "load", ...describeLoadError(error, { url: FUNCTION_URL, lines: 3, columns: PRELUDE.length }) };
  }
}

const AsyncFunction = (async () => {}).constructor as new (body: string) => () => Promise<unknown>;
/** The function's name for the code in stack traces (its sourceURL), where a load error's line is read. */
const FUNCTION_URL = "gradio-lite-app.js";

/**
 * Code that imports and exports nothing runs as the body of a strict async
 * function, which gives such code what a module does (strict mode,
 * top-level await, `this` undefined, a scope of its own). Importing it as a
 * module cost a blob: URL registered with the browser and then loaded from
 * it, two trips out of the worker before a cold start's first answer, and
 * the code that rewrites a module's imports (issue #14 item 7). Null when
 * the module path must run it: code that imports (its specifiers need a
 * module), code that does not parse (the module path locates the error), or
 * a CSP that forbids compiling it.
 */
function asFunctionBody(code: string): (() => Promise<unknown>) | null {
  if (/\b(?:import|export)\b/.test(code)) return null;
  try {
    return new AsyncFunction(`"use strict";\n${PRELUDE}${code}\n//# sourceURL=${FUNCTION_URL}`);
  } catch {
    return null;
  }
}

/** Where the app's code sits in the script a stack names: its URL, and the lines and columns (of its line 1) before it. */
export interface CodeSite {
  url: string;
  lines: number;
  columns: number;
}

/** The message and, from the stack frame in the app's code, its line. */
export function describeLoadError(error: unknown, { url, lines, columns }: CodeSite): { message: string; line?: number; column?: number } {
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
