// The `js` option: a function of the app author's, run on the page before
// (or instead of) the worker's handler. It is the author's own code, sent as
// source text, so it is compiled here once per listener.

import type { DependencyConfig, OutputUpdate } from "../worker/protocol.ts";

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

/** An update object a js function may return for an output, as Gradio's dict updates. */
function isUpdate(value: unknown): value is { __type__: "update" } & Record<string, unknown> {
  return !!value && typeof value === "object" && (value as { __type__?: unknown }).__type__ === "update";
}

const TEXT = new Set(["textbox", "markdown", "html", "button"]);
const NUMBER = new Set(["number", "slider"]);

/**
 * A js-only listener's result as output updates: values are checked against
 * their output's type (the worker does this for handlers; a js result never
 * reaches it), and `{ __type__: "update", visible: false }` changes props.
 */
export function jsResultAsUpdates(dep: DependencyConfig, result: unknown, typeOf: (id: number) => string, labelOf: (id: number) => string): OutputUpdate[] {
  const values = dep.outputs.length === 1 ? [result] : Array.isArray(result) ? result : null;
  if (!values || values.length !== dep.outputs.length) {
    throw new TypeError(`The js function must return ${dep.outputs.length} values (an array), one per output`);
  }
  return dep.outputs.map((id, i) => {
    const value = values[i];
    if (isUpdate(value)) {
      const { __type__: _t, value: v, ...props } = value;
      return { id, hasValue: "value" in value, ...("value" in value ? { value: v } : {}), props };
    }
    const type = typeOf(id);
    const bad = (what: string) => new TypeError(`Output ${labelOf(id)} (${type}) expects ${what}, but the js function returned ${typeof value === "object" ? JSON.stringify(value) : String(value)}`);
    if (TEXT.has(type) && value !== null && typeof value === "object") throw bad("text");
    if (NUMBER.has(type) && value !== null && typeof value !== "number" && !(typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))) throw bad("a number");
    if (type === "checkbox" && typeof value !== "boolean") throw bad("true or false");
    const normalized = TEXT.has(type) && value !== null && value !== undefined ? String(value) : NUMBER.has(type) && typeof value === "string" ? Number(value) : value;
    return { id, hasValue: true, value: normalized };
  });
}

/** The js result as the handler's inputs: one value, or one per input. */
export function jsResultAsInputs(dep: DependencyConfig, result: unknown): unknown[] {
  if (dep.inputs.length === 1) return [result];
  if (Array.isArray(result) && result.length === dep.inputs.length) return result;
  if (dep.inputs.length === 0) return [];
  throw new TypeError(`The js function must return ${dep.inputs.length} values (an array), one per input`);
}
