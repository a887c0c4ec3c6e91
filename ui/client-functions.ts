// The `js` option: a function of the app author's, run on the page before
// (or instead of) the worker's handler. It is the author's own code, sent as
// source text, so it is compiled here once per listener.

import type { DependencyConfig } from "../worker/protocol.ts";

type ClientFunction = (...args: unknown[]) => unknown;
const compiled = new Map<string, ClientFunction>();

function compile(source: string): ClientFunction {
  let fn = compiled.get(source);
  if (!fn) {
    // Indirect eval: global scope, none of this module's bindings.
    const value: unknown = (0, eval)(`(${source})`);
    if (typeof value !== "function") throw new TypeError("js must be a function");
    fn = value as ClientFunction;
    compiled.set(source, fn);
  }
  return fn;
}

export async function runClientFunction(dep: DependencyConfig, inputs: unknown[]): Promise<unknown> {
  return compile(dep.js!)(...inputs);
}

/** The js result as the handler's inputs: one value, or one per input. */
export function jsResultAsInputs(dep: DependencyConfig, result: unknown): unknown[] {
  if (dep.inputs.length === 1) return [result];
  if (Array.isArray(result) && result.length === dep.inputs.length) return result;
  if (dep.inputs.length === 0) return [];
  throw new TypeError(`The js function must return ${dep.inputs.length} values (an array), one per input`);
}
