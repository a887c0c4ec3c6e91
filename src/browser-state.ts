// gr.BrowserState: like State, but kept in the browser (IndexedDB) across
// reloads and restarts; sealed with AES-GCM when a `secret` is given.

import { callable } from "./callable.ts";
import type { ComponentSpec } from "./component.ts";
import { StateClass, type StateOptions } from "./state.ts";

export interface BrowserStateOptions extends StateOptions {
  /** Where the value is kept; by default unique to this app and component. */
  storageKey?: string | null;
  /** Encrypts the stored value (AES-GCM); unreadable data gives the default back. */
  secret?: string | null;
}

const SPEC: ComponentSpec = { type: "browserstate", events: ["change"] };

class BrowserStateClass extends StateClass {
  override readonly spec = SPEC;
  readonly storageKey: string | null;
  readonly secret: string | null;

  constructor(defaultValue?: unknown, options: BrowserStateOptions = {}) {
    super(defaultValue, options);
    this.storageKey = options.storageKey ?? null;
    this.secret = options.secret ?? null;
  }
}

export type BrowserState = BrowserStateClass;
export const BrowserState = callable(BrowserStateClass);

export function isBrowserState(block: unknown): block is BrowserStateClass {
  return block instanceof BrowserStateClass;
}
