// The types that make a listener's handler checked: its arguments come from
// its inputs (a Textbox gives a string, a Set gives a typed Map), its trailing
// `ctx` from its event, and its return is checked against its outputs.
// Types only: the runtime that applies them is src/dependency.ts.

import type { Block } from "./block.ts";
import type { Component, ReturnOf as ComponentReturn } from "./component.ts";
import type { EventData } from "./event-data.ts";
import type { Update } from "./updates.ts";

/** The argument every handler receives after its input values. */
export interface Context<D = EventData> {
  /** This page's session: one element instance per page load. */
  session: { id: string };
  /** The trigger's event data: `target`, and what the event carried (`index`, `value`, … for `select`). */
  event: D;
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

/** A component as an input or output: any value types. */
export type AnyComponent = Component<unknown, unknown>;

/** A listener's inputs: one component, an array (positional values) or a Set (one Map). */
export type Inputs = AnyComponent | readonly AnyComponent[] | ReadonlySet<AnyComponent> | null;

/** A listener's outputs: components, or layouts whose props a handler updates. */
export type Outputs = Block | readonly Block[] | ReadonlySet<Block> | null;

/** What a handler receives for a component. */
export type ValueOf<C> = C extends Component<infer V, unknown> ? V : never;

/** What a handler may return for a component (its value in any form the component accepts). */
export type ReturnOf<C> = ComponentReturn<C>;

/** A `Map` keyed by the components of a `Set` of inputs: `get` knows each key's type. */
export interface ValueMap<C> extends Map<C, ValueOf<C>> {
  get<K extends C>(key: K): ValueOf<K>;
}

/** The handler's arguments before `ctx`. */
export type InputValues<I> = [I] extends [null | undefined]
  ? []
  : I extends AnyComponent
    ? [ValueOf<I>]
    : I extends ReadonlySet<infer C>
      ? [ValueMap<C>]
      : I extends readonly unknown[]
        ? { -readonly [K in keyof I]: ValueOf<I[K]> }
        : never;

/**
 * One output's return: its value, `gr.update(...)`, `gr.skip()`, or a new
 * block of its kind (`gr.Textbox({ visible: false })`).
 */
export type OutputValue<C> = ComponentReturn<C> | Update | Block;

/** A `Map` return: some outputs, each with its own value. */
export type OutputMap<C> = Map<C, OutputValue<C>>;

/** What a handler may return for its outputs. */
export type Returns<O> = [O] extends [null | undefined]
  ? unknown
  : O extends Block
    ? OutputValue<O> | OutputMap<O>
    : O extends ReadonlySet<infer C>
      ? OutputMap<C> | Update
      : O extends readonly []
        ? unknown
        : O extends readonly [infer C]
          ? OutputValue<C> | OutputMap<C>
          : O extends readonly unknown[]
            ? // A tuple is checked per output; an array built elsewhere (typed `T[]`) per element.
              { -readonly [K in keyof O]: OutputValue<O[K]> } | Array<OutputValue<O[number]>> | OutputMap<O[number]> | Update
            : never;

/** A handler returns a value, a promise of one, or streams them from a generator. */
export type HandlerResult<R> =
  | R
  | Promise<R>
  | Generator<R, unknown, undefined>
  | AsyncGenerator<R, unknown, undefined>;

/**
 * A handler: its input values, then `ctx`. A handler whose parameters are a
 * rest parameter (`(...args) => …`) receives the values only, as Python's
 * `*args` does; `ctx` is also its `this` (for `function` handlers).
 */
export type Handler<I extends Inputs = Inputs, O extends Outputs = Outputs, D = EventData> = (
  this: Context<D>,
  ...args: [...InputValues<I>, Context<D>]
) => HandlerResult<Returns<O>>;

/**
 * A `preprocess: false` handler (Gradio's): each input's value as the page
 * holds it, not converted by its component (a file is a FileData), so each
 * is `unknown` to the compiler; then `ctx`.
 */
export type RawHandler<I extends Inputs = Inputs, O extends Outputs = Outputs, D = EventData> = (
  this: Context<D>,
  ...args: [...Unknowns<InputValues<I>>, Context<D>]
) => HandlerResult<Returns<O>>;
type Unknowns<T> = T extends readonly unknown[] ? { [K in keyof T]: unknown } : never;

/** Marks gr.State for the compiler: its values never cross to an API client. */
export interface StateMarker {
  readonly stateful: true;
}

/** Values of components, without States (an API client neither passes nor gets them). */
type ClientValues<T> = T extends readonly [infer H, ...infer Rest]
  ? H extends StateMarker
    ? ClientValues<Rest>
    : [H extends AnyComponent ? ValueOf<H> : null, ...ClientValues<Rest>]
  : T extends readonly []
    ? []
    : T extends readonly (infer E)[]
      ? Array<E extends AnyComponent ? ValueOf<E> : null>
      : [];

/** What an API client passes to a listener with these inputs. */
export type ClientArgs<I> = [I] extends [null | undefined] ? [] : I extends ReadonlySet<unknown> ? unknown[] : I extends readonly unknown[] ? ClientValues<I> : ClientValues<[I]>;

/** What an API client gets back from a listener with these outputs. */
export type ClientData<O> = [O] extends [null | undefined] ? [] : O extends ReadonlySet<unknown> ? unknown[] : O extends readonly unknown[] ? ClientValues<O> : ClientValues<[O]>;

/** Lists of each input's values, one item per queued call (batch mode). */
export type BatchValues<I> = Lists<InputValues<I>>;
type Lists<T> = { [K in keyof T]: Array<T[K]> };

/** What a batch handler returns: one list per output, one item per call. */
export type BatchReturns<O> = [O] extends [null | undefined]
  ? unknown
  : O extends Block
    ? [Array<OutputValue<O>>]
    : O extends readonly unknown[]
      ? { -readonly [K in keyof O]: Array<OutputValue<O[K]>> } | Array<Array<OutputValue<O[number]>>>
      : never;

/** A batch handler (`batch: true`): lists in, one list per output out. */
export type BatchHandler<I extends Inputs = Inputs, O extends Outputs = Outputs, D = EventData> = (
  this: Context<D>,
  ...args: [...BatchValues<I>, Context<D>]
) => BatchReturns<O> | Promise<BatchReturns<O>>;
