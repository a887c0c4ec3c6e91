// Turns what a handler returned into per-output updates for the page:
// plain values, arrays for several outputs, a Map for some of them,
// gr.update / a returned component for props, gr.skip for nothing.

import { Block } from "../src/block.ts";
import { Component } from "../src/component.ts";
import { isState, type StateClass } from "../components/state/state.ts";
import { isSkip, Update } from "../src/updates.ts";
import { wireProps } from "./config.ts";
import type { OutputUpdate, Props } from "./protocol.ts";

export class BadOutputError extends Error {
  override name = "BadOutputError";
}

export interface Postprocessed {
  updates: OutputUpdate[];
  /** Wire values in output order, for API clients (null where unchanged). */
  data: unknown[];
}

/** What postprocessing needs of the session: props after earlier updates, and State storage. */
export interface SessionView {
  propsOf(block: Block): Props;
  /** Stores a State's value; true when it changed. */
  setState(state: StateClass, value: unknown): boolean;
}

export function postprocess(outputs: Block[], result: unknown, view: SessionView): Postprocessed {
  if (outputs.length === 0) return { updates: [], data: [] };
  if (outputs.length === 1 && !(result instanceof Map)) {
    // The common case, without spread's Map: one output, its value.
    const update = toUpdate(outputs[0], result, 0, view);
    return { updates: update ? [update] : [], data: [update?.hasValue ? update.value : null] };
  }
  const values = spread(outputs, result);
  const updates: OutputUpdate[] = [];
  const data = outputs.map((block, i) => {
    if (!values.has(block)) return null;
    const update = toUpdate(block, values.get(block), i, view);
    if (update) updates.push(update);
    return update?.hasValue ? update.value : null;
  });
  return { updates, data };
}

/** Which output gets which returned value. */
export function spread(outputs: Block[], result: unknown): Map<Block, unknown> {
  if (result instanceof Map && [...result.keys()].every((k) => k instanceof Block)) {
    for (const key of result.keys()) {
      if (!outputs.includes(key)) {
        throw new BadOutputError(`The handler returned a value for ${name(key)}, which is not an output of this listener`);
      }
    }
    return result as Map<Block, unknown>;
  }
  if (outputs.length === 1) return new Map([[outputs[0], result]]);
  if (isSkip(result)) return new Map();
  if (!Array.isArray(result)) {
    throw new BadOutputError(
      `The handler returned ${result === undefined ? "nothing" : "a single value"} but the listener has ${outputs.length} outputs: return an array of ${outputs.length} values`,
    );
  }
  if (result.length !== outputs.length) {
    throw new BadOutputError(
      `The handler returned ${result.length} value${result.length === 1 ? "" : "s"} but the listener has ${outputs.length} outputs`,
    );
  }
  return new Map(outputs.map((b, i) => [b, result[i]]));
}

function toUpdate(block: Block, returned: unknown, index: number, view: SessionView): OutputUpdate | null {
  if (isState(block)) {
    // A State's value stays in the worker; the page only learns that it changed.
    if (isSkip(returned)) return null;
    return view.setState(block, returned) ? { id: block.id, hasValue: false, changed: true } : null;
  }
  let props: Props | null = null;
  let value: unknown = returned;
  let hasValue = true;
  if (returned instanceof Update) {
    if (isSkip(returned)) return null;
    props = returned.props;
  } else if (returned instanceof Block) {
    props = returned.given;
  }
  if (props) {
    const { value: newValue, render: _render, ...rest } = props;
    hasValue = "value" in props;
    value = newValue;
    props = rest;
  }
  const merged = props ? { ...view.propsOf(block), ...props } : view.propsOf(block);
  let normalized = props;
  // A bad prop in an update (gr.Code's language) is the handler's mistake too, named as such.
  try {
    if (hasValue && block instanceof Component) value = block.postprocess(value, merged);
    if (props && block instanceof Component) normalized = block.normalizeProps(props);
  } catch (error) {
    throw new BadOutputError(`Output ${index + 1} (${name(block)}): ${error instanceof Error ? error.message : String(error)}`);
  }
  const update: OutputUpdate = { id: block.id, hasValue };
  if (hasValue) update.value = value;
  if (normalized && Object.keys(normalized).length) update.props = wireProps(normalized);
  return update;
}

function name(block: Block): string {
  return typeof block.props.label === "string" ? block.props.label : block.type;
}
