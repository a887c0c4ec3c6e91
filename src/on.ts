// gr.on: one listener for several triggers, or for every `change` of its
// inputs when no trigger is given.

import { currentRoot, type Block } from "./block.ts";
import { Component } from "./component.ts";
import { listen, toSpec, type Dependency, type EventMethod, type ListenerArgs, type ListenerOptions, type ListenerSpec } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import type { EventData } from "./event-data.ts";
import type { Handler, Inputs, Outputs } from "./handler.ts";

/** One trigger (an event method, uncalled: `btn.click`, `demo.load`) or several. */
export type Triggers = EventMethod<EventData> | readonly EventMethod<EventData>[] | null | undefined;

/** The event data a handler gets from its triggers: the union of theirs. */
export type TriggerData<T> = T extends EventMethod<infer D>
  ? D
  : T extends readonly (infer M)[]
    ? M extends EventMethod<infer D>
      ? D
      : never
    : EventData;

export interface OnSpec<T extends Triggers = Triggers, I extends Inputs = Inputs, O extends Outputs = Outputs> extends ListenerSpec<I, O, TriggerData<T>> {
  triggers?: T;
}

export function on<
  const T extends Triggers = null,
  const I extends Inputs = null,
  const O extends Outputs = null,
  F extends Handler<I, O, TriggerData<T>> | null = Handler<I, O, TriggerData<T>>,
>(spec: ListenerOptions<I> & { triggers?: T; fn: F; inputs?: I; outputs?: O }): Dependency;
export function on<
  const T extends Triggers,
  const I extends Inputs = null,
  const O extends Outputs = null,
  F extends Handler<I, O, TriggerData<T>> | null = Handler<I, O, TriggerData<T>>,
>(
  triggers: T,
  fn: F,
  inputs?: I,
  outputs?: O,
  options?: ListenerOptions<I>,
): Dependency;
export function on(first: unknown, ...rest: unknown[]): Dependency {
  const isSpec = first !== null && typeof first === "object" && !Array.isArray(first) && typeof first !== "function";
  const triggers = (isSpec ? (first as OnSpec).triggers : first) as Triggers;
  const spec = isSpec ? toSpec([first as object]) : toSpec(rest as ListenerArgs);
  delete (spec as { triggers?: unknown }).triggers;
  const list: readonly EventMethod<EventData>[] = triggers === null || triggers === undefined ? [] : Array.isArray(triggers) ? triggers : [triggers as EventMethod<EventData>];
  const targets: Array<[Block, string]> = list.map((t, i) => {
    if (typeof t !== "function" || !("block" in t) || !("eventName" in t)) {
      throw new UsageError(`gr.on: triggers[${i}] must be an event method such as btn.click (uncalled)`);
    }
    return [t.block, t.eventName];
  });
  if (!targets.length) {
    // Gradio: with no triggers, run on app load and on every change of the inputs.
    const root = currentRoot();
    if (root) targets.push([root, "load"]);
    const inputs = spec.inputs instanceof Set ? [...spec.inputs] : Array.isArray(spec.inputs) ? spec.inputs : spec.inputs ? [spec.inputs] : [];
    for (const input of inputs) {
      if (input instanceof Component && input.spec.events.includes("change")) targets.push([input, "change"]);
    }
    if (targets.length < (root ? 2 : 1)) throw new UsageError("gr.on with no triggers needs inputs that have a change event");
  }
  return listen(targets, [spec]);
}
