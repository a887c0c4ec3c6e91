// Event listeners: what `comp.click(...)`, `demo.load(...)` and friends
// record. A dependency holds live objects (components, the handler); the
// engine turns it into the cloneable `DependencyConfig`.

import type { ShowProgress, TriggerMode } from "../worker/protocol.ts";
import { Block, currentRoot } from "./block.ts";
import { UsageError } from "./errors.ts";
import type { EventData } from "./event-data.ts";
import type { BatchHandler, ClientArgs, ClientData, Handler, InputValues, Inputs, Outputs, RawHandler } from "./handler.ts";

// Handlers are user code, typed at the API's edge (src/handler.ts); inside
// the engine a handler is any function.
export type AnyHandler = (...args: never[]) => unknown;

export interface ListenerOptions<I extends Inputs = Inputs> {
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
  /**
   * Runs on the page: a function (or its source) run before `fn`, whose
   * result becomes the inputs (with `fn: null`, the outputs); `true` runs
   * `fn` itself on the page, with no worker round trip (it must be self-contained).
   */
  js?: boolean | string | ((...values: InputValues<I>) => unknown) | null;
  batch?: boolean;
  maxBatchSize?: number;
  every?: number | null;
  cancels?: Dependency | Dependency[] | null;
  key?: string | number | null;
  /**
   * When a run ends, the page scrolls to this listener's outputs, as Gradio's
   * `scroll_to_output` (gr.Interface sets it for its Submit). For an embedded
   * app only with the element's `auto-scroll` attribute, as in Gradio.
   */
  scrollToOutput?: boolean;
  /**
   * False (Gradio's `preprocess=False`): the handler gets each input's value
   * as the page holds it, files as FileData, not converted by the component
   * (what a flagging callback's `flag` takes).
   */
  preprocess?: boolean;
  /** A `stream` listener: seconds between the frames or audio chunks its component sends (Gradio's default 0.5). */
  streamEvery?: number;
  /** A `stream` listener: seconds after which the stream ends, with a message (none by default). */
  timeLimit?: number | null;
}

/** A listener as one object: `btn.click({ fn, inputs, outputs, ...options })`. */
export interface ListenerSpec<I extends Inputs = Inputs, O extends Outputs = Outputs, D = EventData> extends ListenerOptions<I> {
  fn: Handler<I, O, D> | null;
  inputs?: I;
  outputs?: O;
}

/** The arguments of an event method, as the runtime reads them (untyped: the public signatures are EventListener's). */
export type ListenerArgs = [spec: object] | [fn: AnyHandler | null, inputs?: unknown, outputs?: unknown, options?: ListenerOptions];

/** The runtime's view of a listener. */
export interface RawSpec extends ListenerOptions {
  fn: AnyHandler | null;
  inputs?: unknown;
  outputs?: unknown;
}

/** Where dependencies are kept: the root Blocks. */
export interface DependencyOwner {
  addDependency(dep: Dependency): void;
}

/** When a chained listener runs after the one it is attached to. */
export type AfterOutcome = "any" | "success" | "failure";

declare const ENDPOINT: unique symbol;

/**
 * One listener. `N`, `A` and `R` exist only for the compiler: its endpoint
 * name (an `apiName` given as a literal), the arguments an API client passes
 * and the data it gets back, so `Client<typeof demo>` can type `predict`.
 */
export class Dependency<N extends string = string, A extends unknown[] = unknown[], R extends unknown[] = unknown[]> {
  declare readonly [ENDPOINT]?: { name: N; args: A; result: R };
  /** Index in the owner's list; set when added. */
  id = -1;
  /** The listener this one runs after (`.then`, `.success`, `.failure`). */
  after: { dep: Dependency; on: AfterOutcome } | null = null;
  owner: DependencyOwner | null = null;
  /** Set for a gr.render listener: the block its body's components go in. */
  render: (Block & { body: (...args: never[]) => void }) | null = null;
  /**
   * @internal A `load` listener the page runs once it is idle, not with the
   * app's first paint and first answers: the runtime's own housekeeping (an
   * Interface's flagged-rows viewer), never an app's.
   */
  whenIdle = false;
  readonly fn: AnyHandler | null;
  readonly inputs: Block[];
  readonly outputs: Block[];
  /** Inputs were given as a Set: the handler receives one Map. */
  readonly collectsMap: boolean;
  readonly options: ListenerOptions;

  constructor(
    readonly targets: Array<[Block, string]>,
    spec: RawSpec,
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
  then: EventListener = ((...args: ListenerArgs): Dependency => {
    if (isPromiseResolution(args)) {
      (args[0] as (v: unknown) => void)(undefined);
      return this;
    }
    return this.chain("any", args);
  }) as EventListener;

  /** Runs a listener after this one, only if it succeeded. */
  success: EventListener = ((...args: ListenerArgs) => this.chain("success", args)) as EventListener;

  /** Runs a listener after this one, only if it failed. */
  failure: EventListener = ((...args: ListenerArgs) => this.chain("failure", args)) as EventListener;

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

function toBlocks(arg: unknown, what: string): Block[] {
  if (arg === null || arg === undefined) return [];
  const list = arg instanceof Block ? [arg] : Array.isArray(arg) || arg instanceof Set ? [...(arg as Iterable<unknown>)] : null;
  if (!list) throw new UsageError(`Listener ${what} must be a component, an array or a Set of components, got ${describe(arg)}`);
  list.forEach((b, i) => {
    if (!(b instanceof Block)) throw new UsageError(`Listener ${what}[${i}] is not a component (got ${describe(b)})`);
  });
  return list as Block[];
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined: a variable not assigned yet?";
  if (typeof value === "string") return `the string "${value}"`;
  return typeof value;
}

/**
 * Reads either form of a listener's arguments. An inputs or outputs argument
 * given but `undefined` is almost always a variable assigned later in the
 * body: an error here (the app's load error names the line), never a
 * listener that silently has no outputs.
 */
export function toSpec(args: ListenerArgs): RawSpec {
  const [first] = args;
  if (first !== null && typeof first === "object" && !(first instanceof Block)) {
    const spec = { ...(first as RawSpec) };
    for (const what of ["inputs", "outputs"] as const) if (what in spec && spec[what] === undefined) notAssigned(what);
    return spec;
  }
  const [fn, inputs, outputs, options] = args as [AnyHandler | null, unknown, unknown, ListenerOptions?];
  if (args.length > 1 && inputs === undefined) notAssigned("inputs");
  if (args.length > 2 && outputs === undefined) notAssigned("outputs");
  const spec: RawSpec = { ...options, fn };
  if (args.length > 1) spec.inputs = inputs;
  if (args.length > 2) spec.outputs = outputs;
  return spec;
}

function notAssigned(what: string): never {
  throw new UsageError(`Listener ${what} is undefined (a variable not assigned yet?): pass null for no ${what}`);
}

/** Records a listener on `owner` (or the app being built, or the target's app). */
export function listen(targets: Array<[Block, string]>, args: ListenerArgs, owner?: DependencyOwner): Dependency {
  const dep = new Dependency(targets, toSpec(args));
  const home = owner ?? ownerOf(targets[0]?.[0]);
  home.addDependency(dep);
  for (const hook of listenerHooks) hook(dep);
  return dep;
}

/** Run on every new listener: live media's `stream` rules (src/live-api.ts), for an app that streams. */
export const listenerHooks: Array<(dep: Dependency) => void> = [];

function ownerOf(block: Block | undefined): DependencyOwner {
  const root = currentRoot() ?? block?.root ?? null;
  if (root && "addDependency" in root) return root as unknown as DependencyOwner;
  throw new UsageError(
    "Event listeners must be attached inside a gr.Blocks body, or on a component already placed in one",
  );
}

/**
 * An event method (`btn.click`, `demo.load`, `dep.then`): its handler is
 * typed from its inputs, outputs and event. It also knows its block and
 * event, so `gr.on([a.click, b.submit], …)` can take it uncalled.
 */
// The handler is its own type parameter `F`, checked against the handler
// its inputs and outputs call for: `I` and `O` are then inferred only from
// the inputs and outputs (never from what the handler returns), and a wrong
// return is reported at the handler.
export interface EventListener<D = EventData> {
  /** Batch mode: the handler gets a list per input and returns a list per output. */
  <const I extends Inputs = null, const O extends Outputs = null, F extends BatchHandler<I, O, D> = BatchHandler<I, O, D>, const N extends string = never>(
    fn: F,
    inputs: I,
    outputs: O,
    options: ListenerOptions<I> & { batch: true; apiName?: N | false | null },
  ): Dependency<N, ClientArgs<I>, ClientData<O>>;
  /** `preprocess: false`: the handler gets the values as the page holds them (files as FileData), typed `unknown`. */
  <const I extends Inputs = null, const O extends Outputs = null, F extends RawHandler<I, O, D> = RawHandler<I, O, D>, const N extends string = never>(
    fn: F,
    inputs: I,
    outputs: O,
    options: ListenerOptions<I> & { preprocess: false; apiName?: N | false | null },
  ): Dependency<N, ClientArgs<I>, ClientData<O>>;
  <const I extends Inputs = null, const O extends Outputs = null, F extends Handler<I, O, D> | null = Handler<I, O, D>, const N extends string = never>(
    fn: F,
    inputs?: I,
    outputs?: O,
    options?: ListenerOptions<I> & { preprocess?: true; apiName?: N | false | null },
  ): Dependency<N, ClientArgs<I>, ClientData<O>>;
  <const I extends Inputs = null, const O extends Outputs = null, F extends RawHandler<I, O, D> = RawHandler<I, O, D>, const N extends string = never>(
    spec: ListenerOptions<I> & { fn: F; inputs?: I; outputs?: O; preprocess: false; apiName?: N | false | null },
  ): Dependency<N, ClientArgs<I>, ClientData<O>>;
  <const I extends Inputs = null, const O extends Outputs = null, F extends Handler<I, O, D> | null = Handler<I, O, D>, const N extends string = never>(
    spec: ListenerOptions<I> & { fn: F; inputs?: I; outputs?: O; preprocess?: true; apiName?: N | false | null },
  ): Dependency<N, ClientArgs<I>, ClientData<O>>;
}

/** An event method bound to its block: what `gr.on` takes as a trigger. */
export interface EventMethod<D = EventData> extends EventListener<D> {
  readonly block: Block;
  readonly eventName: string;
}

export function eventMethod(block: Block, eventName: string): EventMethod {
  const method = (...args: ListenerArgs) => listen([[block, eventName]], args);
  return Object.assign(method, { block, eventName }) as unknown as EventMethod;
}
