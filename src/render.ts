// gr.render: a body that runs again on load and whenever its inputs change
// (or its triggers fire), replacing the components and listeners of its
// previous run; a `key` keeps a component, its value and its DOM across runs.
// The engine runs it per session (worker/render.ts).

import { Layout, currentRoot, type Block } from "./block.ts";
import { Component, optionNames } from "./component.ts";
import { listen, type Dependency, type DependencyOwner, type EventMethod, type ListenerOptions } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import type { EventData } from "./event-data.ts";
import type { InputValues, Inputs } from "./handler.ts";
import { checkOptions } from "./options-check.ts";

export interface RenderOptions<I extends Inputs = Inputs> extends Pick<ListenerOptions, "queue" | "concurrencyLimit" | "concurrencyId" | "triggerMode"> {
  inputs?: I;
  /**
   * The events that run it. By default: app load and each input's change.
   * Given, only these (list `demo.load` to also run on load), as in Gradio.
   */
  triggers?: ReadonlyArray<EventMethod<EventData>> | null;
}
const RENDER_OPTIONS = optionNames<RenderOptions>()("inputs", "triggers", "queue", "concurrencyLimit", "concurrencyId", "triggerMode");

type RenderBody = (...values: never[]) => void;

export class RenderBlock extends Layout {
  readonly type = "render";
  constructor(readonly body: RenderBody) {
    super({});
  }
}

/** Where one run of a render body puts its blocks and listeners (worker/render.ts). */
export class RenderScope extends Layout implements DependencyOwner {
  readonly type = "render-scope";
  readonly deps: Dependency[] = [];
  addDependency(dep: Dependency): void {
    dep.owner = this;
    this.deps.push(dep);
  }
}

/** `gr.render(options?, body)`: the body gets the inputs' values, as a handler does (without `ctx`). */
export function render(body: () => void): RenderBlock;
export function render<const I extends Inputs = null>(options: RenderOptions<I>, body: (...values: InputValues<I>) => void): RenderBlock;
export function render(options: RenderOptions | RenderBody, body?: RenderBody): RenderBlock {
  const [opts, fn] = typeof options === "function" ? [{} as RenderOptions, options] : [options ?? {}, body];
  if (typeof fn !== "function") throw new UsageError("gr.render(options?, body): body must be a function");
  checkOptions("gr.render", opts, RENDER_OPTIONS);
  const root = currentRoot();
  if (!root || !("addDependency" in root)) throw new UsageError("gr.render must be called inside a gr.Blocks body");
  const block = new RenderBlock(fn);
  const { inputs, triggers, ...listener } = opts;
  const list = inputs === null || inputs === undefined ? [] : inputs instanceof Set || Array.isArray(inputs) ? [...inputs] : [inputs];
  const targets: Array<[Block, string]> = triggers?.length
    ? triggers.map((t): [Block, string] => [t.block, t.eventName])
    : [[root, "load"], ...list.filter((b) => b instanceof Component && b.spec.events.includes("change")).map((b): [Block, string] => [b, "change"])];
  const dep = listen(
    targets,
    [{ fn, inputs: inputs ?? null, outputs: null, apiName: false, showProgress: "hidden", triggerMode: "always_last", ...listener }],
    root as unknown as DependencyOwner,
  );
  dep.render = block;
  return block;
}
