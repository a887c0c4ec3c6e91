// gr.BrowserState: like State, but kept in the browser (IndexedDB) across
// reloads and restarts; sealed with AES-GCM when a `secret` is given.

import { callable } from "../../src/callable.ts";
import type { ComponentSpec } from "../../src/component.ts";
import { StateClass, type State, type StateOptions } from "../state/state.ts";

export interface BrowserStateOptions<T = unknown> extends StateOptions<T> {
  /** Where the value is kept; by default unique to this app and component. */
  storageKey?: string | null;
  /** Encrypts the stored value (AES-GCM); unreadable data gives the default back. */
  secret?: string | null;
}

const SPEC: ComponentSpec = { type: "browserstate", name: "BrowserState", events: ["change"], options: [] };

/** Like State, but kept in the browser across reloads (IndexedDB). */
export type BrowserState<T = unknown> = State<T>;

export interface BrowserStateFactory {
  <T = unknown>(defaultValue?: T, options?: BrowserStateOptions<NoInfer<T>>): BrowserState<T>;
  new <T = unknown>(defaultValue?: T, options?: BrowserStateOptions<NoInfer<T>>): BrowserState<T>;
}

export class BrowserStateClass extends StateClass {
  override readonly spec = SPEC;
  readonly storageKey: string | null;
  readonly secret: string | null;

  constructor(defaultValue?: unknown, options: BrowserStateOptions = {}) {
    super(defaultValue, options as StateOptions, "BrowserState", ["storageKey", "secret"]);
    this.storageKey = options.storageKey ?? null;
    this.secret = options.secret ?? null;
  }
}

export const BrowserState = callable(BrowserStateClass) as unknown as BrowserStateFactory;

export function isBrowserState(block: unknown): block is BrowserStateClass {
  return block instanceof BrowserStateClass;
}
