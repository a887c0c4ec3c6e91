// The page-side state of one app: a signal per component value and per
// component's props, and one for its run status, so an update re-renders
// only the nodes that read it.

import { batch, signal, type Signal } from "@preact/signals";
import type { AppConfig, BlockId, ComponentConfig, ErrorInfo, JobId, LayoutNode, MediaChunk, OutputUpdate, Props, RenderPatch } from "../worker/protocol.ts";

export interface BlockStatus {
  state: "pending" | "error";
  /** 0-based place in the queue while waiting; null once running. */
  position: number | null;
  queueSize: number;
  startedAt: number;
  /** Output has started to stream in: the overlay moves aside so it stays readable. */
  streaming: boolean;
  /** When the run should end (performance.now() time), from past runs; null if unknown. */
  etaAt: number | null;
  progress: { fraction: number | null; index?: number; length?: number; desc?: string } | null;
  showProgress: "full" | "minimal" | "hidden";
  /** A first look at a large value on its way (a long table's first rows): a view may show it until the value lands. */
  preview?: unknown;
}

export interface Toast {
  id: number;
  level: "error" | "warning" | "info";
  title: string;
  message: string;
  /** A button beside the message (the PWA's "Reload"). */
  action?: { label: string; run: () => void };
}

export interface BlockState {
  config: ComponentConfig;
  value: Signal<unknown>;
  props: Signal<Props>;
  status: Signal<BlockStatus | null>;
  /**
   * The props of the latest update from a listener (a new object each time):
   * views whose own state a prop drives (Accordion's open, Tabs' selected)
   * follow it even when the value equals the previous one.
   */
  update: Signal<{ props: Props } | null>;
}

/**
 * One run's chunks for a streaming gr.Audio or gr.Video (issue #11), in
 * order: its player (components/media/view/stream-*.ts) plays them as one
 * stream and is told of each one that comes and of the end.
 */
export interface MediaFeed {
  job: JobId;
  chunks: MediaChunk[];
  end: "done" | "failed" | "cancelled" | null;
  /** All of it played (or it was stopped): the component shows its value again, even if its view is made anew. */
  played: boolean;
  /** The player's: called for each new chunk, and with null at the end. */
  listener: ((chunk: MediaChunk | null) => void) | null;
}

let nextToast = 1;

export class AppStore {
  readonly blocks = new Map<BlockId, BlockState>();
  readonly toasts = signal<Toast[]>([]);

  /** What gr.render put in each render block, for this session. */
  readonly rendered = new Map<BlockId, Signal<LayoutNode[]>>();

  /** Per streaming Audio/Video output, its latest run's chunks; made on the first chunk. */
  readonly feeds = new Map<BlockId, Signal<MediaFeed | null>>();

  constructor(readonly config: AppConfig) {
    for (const c of config.components) this.add(c);
  }

  private add(c: ComponentConfig): void {
    const { value, ...props } = c.props;
    this.blocks.set(c.id, {
      config: c,
      value: signal(value),
      props: signal({ ...props, interactive: c.interactive }),
      status: signal(null),
      update: signal(null),
    });
  }

  children(renderId: BlockId): Signal<LayoutNode[]> {
    let s = this.rendered.get(renderId);
    if (!s) this.rendered.set(renderId, (s = signal([])));
    return s;
  }

  /** Per block, the props (and "value") the user or a listener has changed: what a keyed re-render keeps. */
  private readonly changedBy = new Map<BlockId, Set<string>>();

  /** The user or a listener changed these props (or "value") of a block. */
  markChanged(id: BlockId, keys: Iterable<string>): void {
    let set = this.changedBy.get(id);
    if (!set) this.changedBy.set(id, (set = new Set()));
    for (const k of keys) set.add(k);
  }

  /**
   * A gr.render run: new blocks are added; a keyed block that stayed keeps
   * its `preservedByKey` props (Gradio's default: its value) only where the
   * user or a listener changed them, and takes the rest anew, as in Gradio.
   */
  applyRender(patch: RenderPatch): void {
    batch(() => {
      for (const c of patch.components) {
        const kept = this.blocks.get(c.id);
        if (!kept) {
          this.add(c);
          continue;
        }
        const { value, ...props } = c.props;
        const old = kept.props.peek();
        const given = old.preservedByKey === undefined ? "value" : old.preservedByKey;
        const preserved = new Set(given === null ? [] : ([given].flat() as string[]));
        const changed = this.changedBy.get(c.id);
        const keep = (key: string) => preserved.has(key) && changed?.has(key) === true;
        const next: Props = { ...props, interactive: c.interactive };
        for (const key of preserved) if (key !== "value" && key in old && keep(key)) next[key] = old[key];
        kept.props.value = next;
        if (!keep("value") && !sameValue(kept.value.peek(), value)) kept.value.value = value;
      }
      // Same blocks in the same places (a keyed re-run): leave the list alone, so
      // only the blocks whose props changed re-render, once each.
      const children = this.children(patch.id);
      if (!sameLayout(children.peek(), patch.children)) children.value = patch.children;
    });
  }

  block(id: BlockId): BlockState | undefined {
    return this.blocks.get(id);
  }

  values(ids: BlockId[]): unknown[] {
    return ids.map((id) => this.blocks.get(id)?.value.peek() ?? null);
  }

  /**
   * Applies output updates in one batch (several for one block merge, the
   * last value winning); returns the ids whose value changed.
   */
  apply(updates: OutputUpdate[]): BlockId[] {
    const changed: BlockId[] = [];
    batch(() => {
      for (const u of mergeUpdates(updates)) {
        const b = this.blocks.get(u.id);
        if (!b) continue;
        if (u.props) {
          b.props.value = { ...b.props.peek(), ...u.props };
          b.update.value = { props: u.props };
          this.markChanged(u.id, Object.keys(u.props));
        }
        if (u.changed) changed.push(u.id);
        if (u.hasValue) this.markChanged(u.id, ["value"]);
        if (u.hasValue && !sameValue(b.value.peek(), u.value)) {
          b.value.value = u.value;
          changed.push(u.id);
        }
      }
    });
    return changed;
  }

  feed(id: BlockId): Signal<MediaFeed | null> {
    let s = this.feeds.get(id);
    if (!s) this.feeds.set(id, (s = signal(null)));
    return s;
  }

  /** A run's next chunk; its first replaces the last run's stream and value (a new run, a new stream). */
  chunk(id: BlockId, job: JobId, chunk: MediaChunk): void {
    const s = this.feed(id);
    let f = s.peek();
    if (f?.job !== job) {
      f = { job, chunks: [], end: null, played: false, listener: null };
      batch(() => {
        s.value = f;
        const b = this.blocks.get(id);
        if (b) b.value.value = null;
      });
    }
    f.chunks.push(chunk);
    f.listener?.(chunk);
  }

  /** A run ended: its streams get no more chunks. */
  endFeeds(ids: BlockId[], job: JobId, end: NonNullable<MediaFeed["end"]>): void {
    for (const id of ids) {
      const f = this.feeds.get(id)?.peek();
      if (f?.job === job && !f.end) {
        f.end = end;
        f.listener?.(null);
      }
    }
  }

  setStatus(ids: BlockId[], status: BlockStatus | null): void {
    batch(() => {
      for (const id of ids) {
        const b = this.blocks.get(id);
        if (b) b.status.value = status;
      }
    });
  }

  /** Shows a toast; it closes itself after `duration` seconds (null: when dismissed). */
  toast(level: Toast["level"], message: string, title?: string, duration: number | null = 10): void {
    const fallback = level === "error" ? "Error" : level === "warning" ? "Warning" : "Info";
    const id = nextToast++;
    this.toasts.value = [...this.toasts.peek(), { id, level, message, title: title ?? fallback }];
    if (duration !== null && duration > 0) setTimeout(() => this.dismiss(id), duration * 1000);
  }

  error(error: ErrorInfo): void {
    this.toast("error", error.message, error.title, error.duration === undefined ? 10 : error.duration);
  }

  dismiss(id: number): void {
    this.toasts.value = this.toasts.peek().filter((t) => t.id !== id);
  }
}

/** Deep equality for cloneable values: what makes a `change` event fire. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  // Only plain objects and arrays compare by content: two frames (ImageBitmaps) have no keys, yet differ.
  if (!Array.isArray(a) && (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype)) return false;
  // Arrays by index, lengths first: a 100k-row table compares without a key list.
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], bb[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function mergeUpdates(updates: OutputUpdate[]): OutputUpdate[] {
  if (updates.length < 2) return updates;
  const byId = new Map<BlockId, OutputUpdate>();
  for (const u of updates) {
    const prev = byId.get(u.id);
    if (!prev) {
      byId.set(u.id, u);
      continue;
    }
    byId.set(u.id, {
      id: u.id,
      hasValue: prev.hasValue || u.hasValue,
      changed: prev.changed || u.changed,
      value: u.hasValue ? u.value : prev.value,
      props: prev.props || u.props ? { ...prev.props, ...u.props } : undefined,
    });
  }
  return [...byId.values()];
}

function sameLayout(a: LayoutNode[], b: LayoutNode[]): boolean {
  return a.length === b.length && a.every((n, i) => n.id === b[i].id && sameLayout(n.children ?? [], b[i].children ?? []));
}
