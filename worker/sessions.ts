// What the worker remembers per page session: props changed by updates (so
// a Dropdown whose choices were updated accepts the new ones) and the values
// of gr.State, with their time to live.

import type { Block } from "../src/block.ts";
import { isBrowserState } from "../components/browser-state/browser-state.ts";
import { copyValue, isState, type StateClass } from "../components/state/state.ts";
import type { BrowserStates } from "./browser-states.ts";
import type { Renders } from "./render.ts";
/**
 * State's deep comparison (worker/deep-equal.ts) loads with the first app
 * that has a State, before any of its listeners can run.
 */
let deepEqual: (a: unknown, b: unknown) => boolean = Object.is;

export function setDeepEqual(fn: (a: unknown, b: unknown) => boolean): void {
  deepEqual = fn;
}
import type { AppMessage, BlockId, OutputUpdate, Props } from "./protocol.ts";

export interface SessionOptions {
  /** Where BrowserState values are kept (null: the app has none); loaded lazily. */
  browserStates?: () => Promise<BrowserStates | null>;
  /** Tells this session's page something outside any job. */
  notify?: (message: AppMessage) => void;
}

export class SessionState {
  /** This session's gr.render runs and the listeners they made (loaded with the first run). */
  renders: Renders | null = null;
  private readonly props = new Map<BlockId, Props>();
  private readonly states = new Map<BlockId, { state: StateClass; value: unknown; timer: ReturnType<typeof setTimeout> | null }>();

  /** Set by `prepare`, which every listener touching a BrowserState runs first. */
  private stored: BrowserStates | null = null;

  constructor(private readonly options: SessionOptions = {}) {}

  /**
   * Loads the BrowserState values among `blocks` that this session has not
   * read yet. Resolves with warnings for the user (unreadable saved data).
   */
  async prepare(blocks: Block[]): Promise<string[]> {
    const warnings: string[] = [];
    this.stored ??= (await this.options.browserStates?.()) ?? null;
    for (const block of blocks) {
      if (!isBrowserState(block) || this.states.has(block.id) || !this.stored) continue;
      const { value, warning } = await this.stored.load(block);
      if (warning) warnings.push(warning);
      if (!this.states.has(block.id)) {
        const entry = { state: block, value, timer: null };
        this.states.set(block.id, entry);
        this.arm(entry);
      }
    }
    return warnings;
  }

  /** Another tab saved a new value: take it and tell the page, if this session holds it. */
  remoteChange(state: StateClass, value: unknown): void {
    const entry = this.states.get(state.id);
    if (!entry || deepEqual(entry.value, value)) return;
    entry.value = value;
    this.options.notify?.({ type: "state:changed", id: state.id });
  }

  /** A block's props as this session sees them. */
  propsOf(block: Block): Props {
    const own = this.props.get(block.id);
    return own ? { ...block.props, ...own } : block.props;
  }

  record(updates: OutputUpdate[]): void {
    for (const u of updates) {
      if (u.props) this.props.set(u.id, { ...this.props.get(u.id), ...u.props });
    }
  }

  /** What a handler receives for an input: its own copy of a State's session value, else the page's value. */
  inputValue(block: Block, pageValue: unknown): unknown {
    return isState(block) ? copyValue(this.stateValue(block)) : pageValue;
  }

  stateValue(state: StateClass): unknown {
    let entry = this.states.get(state.id);
    if (!entry) {
      entry = { state, value: state.fresh(), timer: null };
      this.states.set(state.id, entry);
      this.arm(entry);
    }
    return entry.value;
  }

  /** Stores a State's new value; true when it differs from the old (its `change` fires). */
  setState(state: StateClass, value: unknown): boolean {
    const old = this.stateValue(state);
    const entry = this.states.get(state.id)!;
    entry.value = value;
    this.arm(entry);
    const changed = !deepEqual(old, value);
    if (changed && isBrowserState(state) && this.stored) {
      void this.stored.save(state, value).then((warning) => {
        if (warning) this.options.notify?.({ type: "app:log", level: "warning", message: warning });
      });
    }
    return changed;
  }

  /** The session ended: every State is deleted, calling its deleteCallback. */
  end(): void {
    for (const id of [...this.states.keys()]) this.delete(id);
  }

  private arm(entry: { state: StateClass; timer: ReturnType<typeof setTimeout> | null }): void {
    if (entry.timer) clearTimeout(entry.timer);
    const ttl = entry.state.timeToLive;
    entry.timer = ttl === null ? null : setTimeout(() => this.delete(entry.state.id), ttl * 1000);
  }

  private delete(id: BlockId): void {
    const entry = this.states.get(id);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    this.states.delete(id);
    try {
      entry.state.deleteCallback?.(entry.value);
    } catch (error) {
      console.error("[gradio-lite] a State's deleteCallback threw:", error);
    }
  }
}

export class Sessions {
  private readonly all = new Map<string, SessionState>();

  /** `options` makes the session on first sight (its page's port, the app's stores). */
  constructor(private readonly options: (id: string) => SessionOptions = () => ({})) {}

  get(id: string): SessionState {
    let state = this.all.get(id);
    if (!state) this.all.set(id, (state = new SessionState(this.options(id))));
    return state;
  }

  each(fn: (session: SessionState) => void): void {
    this.all.forEach(fn);
  }

  /** Ends a session: deletes its States (calling their callbacks) and forgets it. */
  end(id: string): void {
    this.all.get(id)?.end();
    this.all.delete(id);
  }
}
