// gr.on: one listener for several triggers, or for every `change` of its
// inputs when no trigger is given.

import { currentRoot, type Block } from "./block.ts";
import { Component } from "./component.ts";
import { listen, toSpec, type Dependency, type EventMethod, type ListenerArgs, type ListenerSpec } from "./dependency.ts";
import { UsageError } from "./errors.ts";

type Triggers = EventMethod | EventMethod[] | null | undefined;

export interface OnSpec extends ListenerSpec {
  triggers?: Triggers;
}

export function on(spec: OnSpec): Dependency;
export function on(triggers: Triggers, ...args: ListenerArgs): Dependency;
export function on(first: Triggers | OnSpec, ...rest: unknown[]): Dependency {
  const isSpec = first !== null && typeof first === "object" && !Array.isArray(first) && typeof first !== "function";
  const triggers = isSpec ? (first as OnSpec).triggers : (first as Triggers);
  const spec: ListenerSpec = isSpec ? { ...(first as OnSpec) } : toSpec(rest as ListenerArgs);
  delete (spec as OnSpec).triggers;
  const list = triggers === null || triggers === undefined ? [] : Array.isArray(triggers) ? triggers : [triggers];
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
