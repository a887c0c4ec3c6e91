// Where BrowserState values live: IndexedDB (through `KeyValueStore`), one
// key per app and component unless the app names one, sealed when the app
// gives a secret. Tabs of the same app (and apps sharing a storageKey) hear
// each other's writes on a BroadcastChannel: the last write wins everywhere.

import type { BrowserStateClass } from "../components/browser-state/browser-state.ts";
import { describeWriteError, type KeyValueStore } from "./kv.ts";
import { seal, unseal } from "./sealed.ts";

export interface Loaded {
  value: unknown;
  /** Why the stored value could not be used (the default came back instead). */
  warning: string | null;
}

export interface BrowserStatesOptions {
  store: Promise<KeyValueStore>;
  /** Unique per app on this origin: the page path and the element's place. */
  appKey: string;
  /** Another tab wrote a new value for this state. */
  onRemoteChange?: (state: BrowserStateClass, value: unknown) => void;
}

export class BrowserStates {
  private readonly channel: BroadcastChannel | null;
  private readonly known = new Map<string, BrowserStateClass>();

  constructor(private readonly options: BrowserStatesOptions) {
    this.channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("gradio-lite:browser-state");
    if (this.channel) {
      this.channel.onmessage = (e: MessageEvent<{ key: string }>) => void this.heard(e.data.key);
    }
  }

  keyOf(state: BrowserStateClass): string {
    const key = state.storageKey ?? `gradio-lite:${this.options.appKey}:${state.id}`;
    this.known.set(key, state);
    return key;
  }

  private warnedVolatile = false;

  async load(state: BrowserStateClass): Promise<Loaded> {
    const key = this.keyOf(state);
    const fallback = { value: state.fresh(), warning: null };
    let stored: unknown;
    try {
      const store = await this.options.store;
      if (!store.persistent && !this.warnedVolatile) {
        this.warnedVolatile = true;
        return { ...fallback, warning: `Saving is off: ${store.reason}. What this app remembers will be lost when the page closes.` };
      }
      stored = await store.get(key);
    } catch (error) {
      return { ...fallback, warning: `Could not read saved data (${error instanceof Error ? error.message : String(error)}); starting from the default.` };
    }
    if (stored === undefined) return fallback;
    if (!state.secret) return { value: stored, warning: null };
    try {
      return { value: await unseal(stored, state.secret, key), warning: null };
    } catch {
      return { ...fallback, warning: "Saved data could not be read (it was changed, or saved with another secret); starting from the default." };
    }
  }

  /** Saves a value; resolves with a warning for the user when it could not be saved. */
  async save(state: BrowserStateClass, value: unknown): Promise<string | null> {
    const key = this.keyOf(state);
    try {
      const stored = state.secret ? await seal(value, state.secret, key) : value;
      await (await this.options.store).set(key, stored);
      this.channel?.postMessage({ key });
      return null;
    } catch (error) {
      return describeWriteError(error);
    }
  }

  private async heard(key: string): Promise<void> {
    const state = this.known.get(key);
    if (!state) return;
    const { value, warning } = await this.load(state);
    if (!warning) this.options.onRemoteChange?.(state, value);
  }

  close(): void {
    this.channel?.close();
  }
}
