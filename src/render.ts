// gr.render: a body that runs again on load and whenever its inputs change
// (or its triggers fire), replacing the components and listeners of its
// previous run; a `key` keeps a component, its value and its DOM across runs.
// The engine runs it per session (worker/render.ts).

import { Layout, currentRoot, type Block } from "./block.ts";
import { Component } from "./component.ts";
import { listen, type ComponentsArg, type Dependency, type DependencyOwner, type EventMethod, type ListenerOptions } from "./dependency.ts";
import { UsageError } from "./errors.ts";

export interface RenderOptions extends Pick<ListenerOptions, "queue" | "concurrencyLimit" | "concurrencyId" | "triggerMode"> {
  inputs?: ComponentsArg;
  /** Event methods that re-run it (besides load); by default each input's change. */
  triggers?: EventMethod[] | null;
}

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

export function render(options: RenderOptions | RenderBody, body?: RenderBody): RenderBlock {
  const [opts, fn] = typeof options === "function" ? [{} as RenderOptions, options] : [options ?? {}, body];
  if (typeof fn !== "function") throw new UsageError("gr.render(options?, body): body must be a function");
  const root = currentRoot();
  if (!root || !("addDependency" in root)) throw new UsageError("gr.render must be called inside a gr.Blocks body");
  const block = new RenderBlock(fn);
  const { inputs, triggers, ...listener } = opts;
  const list = inputs === null || inputs === undefined ? [] : inputs instanceof Set || Array.isArray(inputs) ? [...inputs] : [inputs];
  // It always runs on load (as Gradio's does), then on its triggers or its inputs' changes.
  const targets: Array<[Block, string]> = [
    [root, "load"],
    ...(triggers?.length
      ? triggers.map((t): [Block, string] => [t.block, t.eventName])
      : list.filter((b) => b instanceof Component && b.spec.events.includes("change")).map((b): [Block, string] => [b, "change"])),
  ];
  const dep = listen(
    targets,
    [{ fn, inputs: inputs ?? null, outputs: null, apiName: false, showProgress: "hidden", triggerMode: "always_last", ...listener }],
    root as unknown as DependencyOwner,
  );
  dep.render = block;
  return block;
}
