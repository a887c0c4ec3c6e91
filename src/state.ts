// gr.State: a per-session value that is never shown. Each session starts
// from its own copy of the initial value; it lives in the worker.

import { callable } from "./callable.ts";
import { defineComponent } from "./component.ts";
import { UsageError } from "./errors.ts";

export interface StateOptions {
  /** Seconds without an update after which the session's value is deleted. */
  timeToLive?: number | null;
  /** Called with the value when it is deleted (time to live, or the session ended). */
  deleteCallback?: ((value: unknown) => void) | null;
  render?: boolean;
}

const StateBase = defineComponent({ type: "state", events: ["change"] });

export class StateClass extends StateBase {
  /** The value each session starts from (copied with structuredClone). */
  readonly initial: unknown;
  readonly timeToLive: number | null;
  readonly deleteCallback: ((value: unknown) => void) | null;

  constructor(value?: unknown, options: StateOptions = {}) {
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
    const value = this.initial;
    if (value === null || typeof value !== "object") return value;
    try {
      const copy = structuredClone(value);
      // structuredClone turns class instances into plain objects: keep those
      // shared rather than broken (Gradio's deepcopy keeps the class).
      return Object.getPrototypeOf(copy) === Object.getPrototypeOf(value) ? copy : value;
    } catch {
      return value; // functions and the like cannot be copied
    }
  }
}

export type State = StateClass;
export const State = callable(StateClass);

export function isState(block: unknown): block is StateClass {
  return block instanceof StateClass;
}
