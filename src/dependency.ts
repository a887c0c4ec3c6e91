// Event listeners: what `comp.click(...)`, `demo.load(...)` and friends
// record. A dependency holds live objects (components, the handler); the
// engine turns it into the cloneable `DependencyConfig`.

import type { ShowProgress, TriggerMode } from "../worker/protocol.ts";
import { Block, currentRoot } from "./block.ts";
import { UsageError } from "./errors.ts";

export interface Context {
  /** This page's session: one element instance per page load. */
  session: { id: string };
  /** The trigger's event data (e.g. what a `select` carried). */
  event: unknown;
  /** Aborted when the run is cancelled. */
  signal: AbortSignal;
  /** The page that runs the app. */
  request: { url: string; query: Record<string, string> };
  /** Reports progress: a fraction in [0, 1] or `[index, length]`. */
  progress(value: number | [number, number] | null, description?: string): void;
  /** Shows an info toast. */
  info(message: string): void;
  /** Shows a warning toast. */
  warning(message: string): void;
}

// Handlers are user code: any arguments, any return.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handler = (...args: any[]) => unknown;

export type ComponentsArg = Block | Block[] | Set<Block> | null | undefined;

export interface ListenerOptions {
  /** Endpoint name for the API; `false` hides it. Defaults to the handler's name. */
  apiName?: string | false | null;
  /** Run through the queue (default true). */
  queue?: boolean;
  /** Runs of this listener at once; null for no limit. Default 1. */
  concurrencyLimit?: number | null | "default";
  /** Listeners sharing an id share one queue slot pool. */
  concurrencyId?: string | null;
  triggerMode?: TriggerMode;
  showProgress?: ShowProgress;
  /** Runs on the main thread first (issue #3). */
  js?: string | ((...args: unknown[]) => unknown) | null;
  batch?: boolean;
  maxBatchSize?: number;
  every?: number | null;
  cancels?: Dependency | Dependency[] | null;
  key?: string | number | null;
}

export interface ListenerSpec extends ListenerOptions {
  fn: Handler | null;
  inputs?: ComponentsArg;
  outputs?: ComponentsArg;
}

export type ListenerArgs =
  | [spec: ListenerSpec]
  | [fn: Handler | null, inputs?: ComponentsArg, outputs?: ComponentsArg, options?: ListenerOptions];

/** Where dependencies are kept: the root Blocks. */
export interface DependencyOwner {
  addDependency(dep: Dependency): void;
}

/** When a chained listener runs after the one it is attached to. */
export type AfterOutcome = "any" | "success" | "failure";

export class Dependency {
  /** Index in the owner's list; set when added. */
  id = -1;
  /** The listener this one runs after (`.then`, `.success`, `.failure`). */
  after: { dep: Dependency; on: AfterOutcome } | null = null;
  owner: DependencyOwner | null = null;
  /** Set for a gr.render listener: the block its body's components go in. */
  render: (Block & { body: (...args: never[]) => void }) | null = null;
  readonly fn: Handler | null;
  readonly inputs: Block[];
  readonly outputs: Block[];
  /** Inputs were given as a Set: the handler receives one Map. */
  readonly collectsMap: boolean;
  readonly options: ListenerOptions;

  constructor(
    readonly targets: Array<[Block, string]>,
    spec: ListenerSpec,
  ) {
    if (spec.fn !== null && spec.fn !== undefined && typeof spec.fn !== "function") {
      throw new UsageError(`An event listener needs a function (or null), got ${typeof spec.fn}`);
    }
    this.fn = spec.fn ?? null;
    this.collectsMap = spec.inputs instanceof Set;
    this.inputs = toBlocks(spec.inputs, "inputs");
    this.outputs = toBlocks(spec.outputs, "outputs");
    const { fn: _fn, inputs: _in, outputs: _out, ...options } = spec;
    this.options = options;
  }

  /**
   * Runs a listener after this one, whatever happened. Not a promise: when
   * `await` or an async return calls `then(resolve, reject)` with the
   * engine's native functions, no listener is registered.
   */
  then(...args: ListenerArgs): Dependency {
    if (isPromiseResolution(args)) {
      (args[0] as (v: unknown) => void)(undefined);
      return this;
    }
    return this.chain("any", args);
  }

  /** Runs a listener after this one, only if it succeeded. */
  success(...args: ListenerArgs): Dependency {
    return this.chain("success", args);
  }

  /** Runs a listener after this one, only if it failed. */
  failure(...args: ListenerArgs): Dependency {
    return this.chain("failure", args);
  }

  private chain(on: AfterOutcome, args: ListenerArgs): Dependency {
    const next = new Dependency([], toSpec(args));
    next.after = { dep: this, on };
    (this.owner ?? ownerOf(undefined)).addDependency(next);
    return next;
  }
}

function isNative(fn: unknown): boolean {
  return typeof fn === "function" && /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(fn));
}

/** `await dep` calls `dep.then(resolve, reject)` with two native functions. */
function isPromiseResolution(args: unknown[]): boolean {
  return args.length === 2 && isNative(args[0]) && isNative(args[1]);
}

function toBlocks(arg: ComponentsArg, what: string): Block[] {
  if (arg === null || arg === undefined) return [];
  const list = arg instanceof Block ? [arg] : Array.isArray(arg) || arg instanceof Set ? [...arg] : null;
  if (!list) throw new UsageError(`Listener ${what} must be a component, an array or a Set of components`);
  list.forEach((b, i) => {
    if (!(b instanceof Block)) throw new UsageError(`Listener ${what}[${i}] is not a component (got ${describe(b)})`);
  });
  return list;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return `the string "${value}"`;
  return typeof value;
}

export function toSpec(args: ListenerArgs): ListenerSpec {
  const [first] = args;
  if (first !== null && typeof first === "object" && !(first instanceof Block)) return first as ListenerSpec;
  const [fn, inputs, outputs, options] = args as [Handler | null, ComponentsArg, ComponentsArg, ListenerOptions?];
  return { ...options, fn, inputs, outputs };
}

/** Records a listener on `owner` (or the app being built, or the target's app). */
export function listen(targets: Array<[Block, string]>, args: ListenerArgs, owner?: DependencyOwner): Dependency {
  const dep = new Dependency(targets, toSpec(args));
  const home = owner ?? ownerOf(targets[0]?.[0]);
  home.addDependency(dep);
  return dep;
}

function ownerOf(block: Block | undefined): DependencyOwner {
  const root = currentRoot() ?? block?.root ?? null;
  if (root && "addDependency" in root) return root as unknown as DependencyOwner;
  throw new UsageError(
    "Event listeners must be attached inside a gr.Blocks body, or on a component already placed in one",
  );
}

/** An event method that knows its component and event, for `gr.on` (issue #3). */
export interface EventMethod {
  (...args: ListenerArgs): Dependency;
  readonly block: Block;
  readonly eventName: string;
}

export function eventMethod(block: Block, eventName: string): EventMethod {
  const method = (...args: ListenerArgs) => listen([[block, eventName]], args);
  return Object.assign(method, { block, eventName });
}
