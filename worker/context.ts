// What a handler is called with: its input values, then `ctx` (also its
// `this`). `ctx.event` is the trigger's data with `target` resolved to the
// block itself, so a handler can compare it with a component or key a Map.

import type { Block } from "../src/block.ts";
import type { AnyHandler, Dependency } from "../src/dependency.ts";
import type { EventData } from "../src/event-data.ts";
import type { Context } from "../src/handler.ts";
import { hasRestParameter } from "../src/param-names.ts";
import type { JobId, JobMessage, TriggerEvent } from "./protocol.ts";

/** `ctx.event` for a trigger: its data's fields, then `target`, `type` and the raw `_data`. */
export function eventData(dep: Dependency, trigger: TriggerEvent | null | undefined, blockOf: (id: number) => Block | null): EventData {
  if (!trigger) return { target: null, type: "api", _data: null };
  const { target: id, type, data } = trigger;
  const target = id === null ? null : (dep.targets.find(([b]) => b.id === id)?.[0] ?? blockOf(id));
  const fields = data !== null && typeof data === "object" && !Array.isArray(data) ? data : {};
  return { ...fields, target, type, _data: data };
}

export interface ContextParts {
  job: JobId;
  post: (message: JobMessage) => void;
  session: string;
  event: EventData;
  /** Read as `ctx.signal`, its AbortSignal is made only for a handler that reads it. */
  cancellation: { readonly signal: AbortSignal };
  request: { url: string; query: Record<string, string> };
}

/**
 * The context of one job: progress and toasts become its messages. A class,
 * not an object literal: a literal with a getter is built by the runtime on
 * every call, the costliest step of a predict's own code (issue #14 item 7).
 * The methods stay own closures, so a handler may pass `ctx.progress` on.
 */
class JobContext implements Context {
  readonly session: { id: string };
  readonly event: EventData;
  readonly request: { url: string; query: Record<string, string> };
  readonly progress: Context["progress"];
  readonly info: Context["info"];
  readonly warning: Context["warning"];
  readonly #cancellation: ContextParts["cancellation"];

  constructor({ job, post, session, event, cancellation, request }: ContextParts) {
    this.session = { id: session };
    this.event = event;
    this.request = request;
    this.#cancellation = cancellation;
    this.progress = (value, desc) => {
      if (Array.isArray(value)) {
        const [index, length] = value;
        post({ type: "job:progress", job, progress: length ? index / length : null, index, length, desc });
      } else {
        post({ type: "job:progress", job, progress: value, desc });
      }
    };
    this.info = (message) => post({ type: "job:log", job, level: "info", message: String(message) });
    this.warning = (message) => post({ type: "job:log", job, level: "warning", message: String(message) });
  }

  get signal(): AbortSignal {
    return this.#cancellation.signal;
  }
}

export function jobContext(parts: ContextParts): Context {
  return new JobContext(parts);
}

const restHandlers = new WeakMap<AnyHandler, boolean>();

/**
 * Calls a handler as Gradio does: the values, then ctx, which is also its
 * `this`. A handler with a rest parameter (Python's `*args`) gets the values
 * only, so `(...args) => args.join(" ")` sees no ctx among them. `values` is
 * the caller's own array: ctx goes on its end.
 */
export function invoke(fn: AnyHandler, values: unknown[], ctx: Context): unknown {
  let rest = restHandlers.get(fn);
  if (rest === undefined) restHandlers.set(fn, (rest = hasRestParameter(fn)));
  const call = fn as (this: Context, ...args: unknown[]) => unknown;
  if (!rest) values.push(ctx);
  return call.apply(ctx, values);
}

/** What a generator handler returns: its values stream to the outputs. */
export type AnyIterator = Iterator<unknown> | AsyncIterator<unknown>;

export function isIterator(value: unknown): value is AnyIterator {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<PropertyKey, unknown>;
  return typeof v.next === "function" && (Symbol.iterator in v || Symbol.asyncIterator in v);
}
