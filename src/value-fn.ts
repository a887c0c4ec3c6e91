// Function as value: `gr.Number({ value: (a, b) => a * b, inputs: [a, b] })`
// becomes a listener on load, on each input's change and on `every` ticks.

import { Block, currentParent, currentRoot } from "./block.ts";
import { Component, componentHooks } from "./component.ts";
import { listen, type DependencyOwner } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import { Timer } from "../components/timer/timer.ts";

componentHooks.push((component) => {
  const fn = component.valueFn;
  if (!fn) return;
  const root = currentRoot();
  if (!root || !("addDependency" in root)) {
    throw new UsageError(`A ${component.type} whose value is a function must be created inside a gr.Blocks body`);
  }
  const raw = component.props.inputs;
  const inputs = raw === undefined || raw === null ? [] : raw instanceof Block ? [raw] : [...(raw as Iterable<Block>)];
  delete component.props.inputs;
  const targets: Array<[Block, string]> = [[root, "load"]];
  for (const input of inputs) {
    if (input instanceof Component && input.spec.events.includes("change")) targets.push([input, "change"]);
  }
  const every = component.props.every;
  delete component.props.every;
  if (every !== undefined && every !== null) {
    const timer = every instanceof Component && every.type === "timer" ? every : typeof every === "number" ? makeTimer(every) : null;
    if (!timer) throw new UsageError(`every must be a number of seconds or a gr.Timer`);
    targets.push([timer, "tick"]);
  }
  listen(targets, [fn, inputs, component, { apiName: false, showProgress: "hidden", triggerMode: "once" }], root as unknown as DependencyOwner);
});

function makeTimer(seconds: number): Component {
  if (!currentParent()) throw new UsageError("every: a timer needs a gr.Blocks body to live in");
  return Timer(seconds);
}
