// gr.State: a per-session value that is never shown. Each session starts
// from its own copy of the initial value; it lives in the worker.

import { callable } from "../../src/callable.ts";
import { defineComponent, type Component, type EventMethods } from "../../src/component.ts";
import { UsageError } from "../../src/errors.ts";
import type { StateMarker } from "../../src/handler.ts";
import { checkOptions } from "../../src/options-check.ts";

export interface StateOptions<T = unknown> {
  /** Seconds without an update after which the session's value is deleted. */
  timeToLive?: number | null;
  /** Called with the value when it is deleted (time to live, or the session ended). */
  deleteCallback?: ((value: T) => void) | null;
  render?: boolean;
}

/** A per-session value of type `T`: handlers receive it and return its next value. */
export interface State<T = unknown> extends Component<T, T>, EventMethods<"change">, StateMarker {}

export interface StateFactory {
  <T = unknown>(value?: T, options?: StateOptions<NoInfer<T>>): State<T>;
  new <T = unknown>(value?: T, options?: StateOptions<NoInfer<T>>): State<T>;
}

const StateBase = defineComponent({ type: "state", name: "State", events: ["change"], options: [] });

export class StateClass extends StateBase {
  /** Gradio's flag for values kept per session in the worker. */
  readonly stateful = true as const;
  /** The value each session starts from (copied with structuredClone). */
  readonly initial: unknown;
  readonly timeToLive: number | null;
  readonly deleteCallback: ((value: unknown) => void) | null;

  constructor(value?: unknown, options: StateOptions = {}, name = "State", extraOptions: readonly string[] = []) {
    checkOptions(`gr.${name}`, options, ["timeToLive", "deleteCallback", "render"], extraOptions);
    if (typeof value === "function") {
      throw new UsageError("gr.State(value): to compute a value per session, use demo.load with the State as output");
    }
    super({ render: options.render });
    this.initial = value === undefined ? null : value;
    this.timeToLive = options.timeToLive ?? null;
    this.deleteCallback = options.deleteCallback ?? null;
    // The value stays in the worker: nothing of it goes to the page.
    this.props.value = null;
  }

  /** A fresh copy of the initial value for a new session. */
  fresh(): unknown {
    return copyValue(this.initial);
  }
}

/**
 * A deep copy, as Gradio's deepcopy gives: each session starts from its own
 * copy, and each handler gets its own, so changing it in place and returning
 * it is a change. Values structuredClone cannot copy faithfully (functions,
 * class instances) stay shared rather than broken.
 */
export function copyValue<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  try {
    const copy = structuredClone(value);
    return Object.getPrototypeOf(copy) === Object.getPrototypeOf(value) ? copy : value;
  } catch {
    return value;
  }
}

export const State = callable(StateClass) as unknown as StateFactory;

export function isState(block: unknown): block is StateClass {
  return block instanceof StateClass;
}
