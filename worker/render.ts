// Runs a gr.render body for one session: the components and listeners it
// makes replace the previous run's, keyed ones keeping their ids (so the page
// keeps their value and DOM), and the page gets them as one RenderPatch.

import type { Block } from "../src/block.ts";
import type { Dependency } from "../src/dependency.ts";
import type { RenderScope } from "../src/render.ts";
import type * as Config from "./config.ts";
import type { BlockId, DependencyConfig, FnId, RenderPatch } from "./protocol.ts";

/** Dynamic listeners get ids far above any app's own, never reused. */
let nextDynamicId = 1_000_000;

/** What a session remembers of one render block's last run. */
interface LastRun {
  keyedBlocks: Map<string, BlockId>;
  keyedDeps: Map<string, FnId>;
  deps: FnId[];
}

/** The session's side of gr.render: its dynamic listeners, by id. */
export class Renders {
  private readonly last = new Map<BlockId, LastRun>();

  /**
   * What this lazily loaded module needs from the engine's own modules,
   * handed in so it shares their copy (and the bundle no extra chunk).
   */
  constructor(
    private readonly config: Pick<typeof Config, "componentConfig" | "dependencyConfig" | "walk"> & {
      Scope: new (props: Record<string, unknown>) => RenderScope;
      fail: (message: string) => Error;
    },
  ) {}
  readonly deps = new Map<FnId, { dep: Dependency; config: DependencyConfig }>();

  /** Runs the body; `blocks` are the blocks it made (the patch describes them for the page). */
  run(renderBlock: Block & { body: (...args: never[]) => void }, args: unknown[]): { patch: RenderPatch; blocks: Block[] } {
    const scope = new this.config.Scope({});
    scope.build(() => (renderBlock.body as (...a: unknown[]) => void)(...args));
    const previous = this.last.get(renderBlock.id);
    const blocks = new Map<number, Block>();
    const { componentConfig, dependencyConfig, walk } = this.config;
    for (const child of scope.children) walk(child, blocks);
    // Keyed blocks take their previous run's id: same DOM node, same value on the page.
    const keyedBlocks = new Map<string, BlockId>();
    for (const block of blocks.values()) {
      const key = block.props.key;
      if (key === undefined || key === null) continue;
      const k = String(key);
      if (keyedBlocks.has(k)) throw this.config.fail(`gr.render: two components have the key "${k}"`);
      const old = previous?.keyedBlocks.get(k);
      if (old !== undefined) block.id = old;
      keyedBlocks.set(k, block.id);
    }
    const relaid = scope.children.map((child) => walk(child, new Map()));
    // Listeners: keyed ones keep their id, so a run finishing after a re-render still lands.
    for (const id of previous?.deps ?? []) this.deps.delete(id);
    const keyedDeps = new Map<string, FnId>();
    const limits = new Map<string, number | null>();
    const configs = scope.deps.map((dep) => {
      const key = dep.options.key;
      const reused = key === undefined || key === null ? undefined : previous?.keyedDeps.get(String(key));
      dep.id = reused ?? nextDynamicId++;
      if (key !== undefined && key !== null) keyedDeps.set(String(key), dep.id);
      return dep;
    }).map((dep) => {
      const config = dependencyConfig(dep, null, 1, limits);
      this.deps.set(dep.id, { dep, config });
      return config;
    });
    const inputIds = new Set(configs.flatMap((c) => c.inputs));
    const outputIds = new Set(configs.flatMap((c) => c.outputs));
    this.last.set(renderBlock.id, { keyedBlocks, keyedDeps, deps: configs.map((c) => c.id) });
    return {
      patch: {
        id: renderBlock.id,
        children: relaid,
        components: [...blocks.values()].map((b) => componentConfig(b, inputIds, outputIds)),
        dependencies: configs,
      },
      blocks: [...blocks.values()],
    };
  }
}
