// The `js` option: a function of the app author's, run on the page before
// (or instead of) the worker's handler; with `js: true` the handler itself
// (Gradio's client-side functions). It is the author's own code, sent as
// source text, so it is compiled here once per listener.

import type { DependencyConfig, OutputUpdate } from "../worker/protocol.ts";

type ClientFunction = (...args: unknown[]) => unknown;
const compiled = new Map<string, ClientFunction>();

type Marker = Record<string, unknown> & { __type__: "update" | "skip" };
const update = (props: Record<string, unknown> = {}): Marker => ({ ...props, __type__: "update" });
const SKIP: Marker = { __type__: "skip" };
const CHOICES_FIRST = new Set(["Dropdown", "Radio", "CheckboxGroup"]);
const LABEL_FIRST = new Set(["Tab", "TabItem", "Accordion", "Step"]);

/**
 * `gr` as a page-side function sees it: `gr.update(...)`, `gr.skip()`, and
 * any component or layout called for its props (`gr.Row({ visible: false })`,
 * `gr.Textbox({ lines: 4 })`), each an update of its output, as Gradio's
 * client-side functions allow.
 */
const pageGr: Record<string, unknown> = new Proxy({ update, skip: () => SKIP } as Record<string, unknown>, {
  get(target, key) {
    if (typeof key !== "string") return undefined;
    if (key in target) return target[key];
    if (!/^[A-Z]/.test(key)) return undefined;
    return (first?: unknown, options?: Record<string, unknown>) => {
      if (first !== null && typeof first === "object" && !Array.isArray(first) && options === undefined) return update(first as Record<string, unknown>);
      const slot = CHOICES_FIRST.has(key) ? "choices" : LABEL_FIRST.has(key) ? "label" : "value";
      return update(first === undefined ? { ...options } : { ...options, [slot]: first });
    };
  },
});

function compile(source: string): ClientFunction {
  let fn = compiled.get(source);
  if (!fn) {
    // The author's own code, with only `gr` in scope besides the page's globals.
    const value: unknown = new Function("gr", `"use strict"; return (${source});`)(pageGr);
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

function isSkip(value: unknown): boolean {
  return !!value && typeof value === "object" && (value as { __type__?: unknown }).__type__ === "skip";
}

const TEXT = new Set(["textbox", "markdown", "html", "button"]);
const NUMBER = new Set(["number", "slider"]);

/**
 * A js-only listener's result as output updates: values are checked against
 * their output's type (the worker does this for handlers; a js result never
 * reaches it), and `{ __type__: "update", visible: false }` changes props.
 */
export function jsResultAsUpdates(dep: DependencyConfig, result: unknown, typeOf: (id: number) => string, labelOf: (id: number) => string): OutputUpdate[] {
  if (isSkip(result) || dep.outputs.length === 0) return [];
  const values = dep.outputs.length === 1 ? [result] : Array.isArray(result) ? result : null;
  if (!values || values.length !== dep.outputs.length) {
    throw new TypeError(`The js function must return ${dep.outputs.length} values (an array), one per output`);
  }
  return dep.outputs.flatMap((id, i): OutputUpdate[] => {
    const value = values[i];
    if (isSkip(value)) return [];
    if (isUpdate(value)) {
      const { __type__: _t, value: v, ...props } = value;
      return [{ id, hasValue: "value" in value, ...("value" in value ? { value: v } : {}), props }];
    }
    const type = typeOf(id);
    const bad = (what: string) => new TypeError(`Output ${labelOf(id)} (${type}) expects ${what}, but the js function returned ${typeof value === "object" ? JSON.stringify(value) : String(value)}`);
    if (TEXT.has(type) && value !== null && typeof value === "object") throw bad("text");
    if (NUMBER.has(type) && value !== null && typeof value !== "number" && !(typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))) throw bad("a number");
    if (type === "checkbox" && typeof value !== "boolean") throw bad("true or false");
    const normalized = TEXT.has(type) && value !== null && value !== undefined ? String(value) : NUMBER.has(type) && typeof value === "string" ? Number(value) : value;
    return [{ id, hasValue: true, value: normalized }];
  });
}

/** The js result as the handler's inputs: one value, or one per input. */
export function jsResultAsInputs(dep: DependencyConfig, result: unknown): unknown[] {
  if (dep.inputs.length === 1) return [result];
  if (Array.isArray(result) && result.length === dep.inputs.length) return result;
  if (dep.inputs.length === 0) return [];
  throw new TypeError(`The js function must return ${dep.inputs.length} values (an array), one per input`);
}
