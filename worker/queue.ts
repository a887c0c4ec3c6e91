// The queue: which waiting job starts next. The policy is pure functions of
// the queue's state (Node-tested, including a randomized run); `JobQueue`
// applies their decisions, one change at a time.

export interface Waiting<T> {
  item: T;
  concurrencyId: string;
  /** Runs allowed at once for this concurrencyId; null for no limit. */
  limit: number | null;
}

export interface QueueState<T> {
  waiting: Array<Waiting<T>>;
  /** Running count per concurrencyId. */
  running: ReadonlyMap<string, number>;
}

/**
 * Indexes of waiting jobs that may start now, in order. FIFO per
 * concurrencyId; a full group never blocks jobs of another group.
 */
export function startable<T>(state: QueueState<T>): number[] {
  const counts = new Map(state.running);
  const picked: number[] = [];
  state.waiting.forEach((w, index) => {
    const busy = counts.get(w.concurrencyId) ?? 0;
    if (w.limit !== null && busy >= w.limit) return;
    counts.set(w.concurrencyId, busy + 1);
    picked.push(index);
  });
  return picked;
}

/** Whether one more job fits in a queue capped at `maxSize` (null: no cap). */
export function admits(waitingCount: number, maxSize: number | null): boolean {
  return maxSize === null || waitingCount < maxSize;
}

export interface JobQueueOptions<T> {
  /** Starts a job; the returned promise settles when it ends, and nothing is returned when it ended already. */
  run: (item: T) => Promise<void> | void;
  /**
   * Called with each waiting item's 0-based position, at most once a frame
   * after changes: sent on every change, 1,000 queued calls cost ~n²/2 =
   * 500k messages and starved the page (issue #13).
   */
  onPositions?: (positions: Array<{ item: T; position: number }>, size: number) => void;
}

/** How often positions go out at most: the page shows one frame at a time anyway. */
const POSITIONS_MS = 16;

export class JobQueue<T> {
  private waiting: Array<Waiting<T>> = [];
  private running = new Map<string, number>();
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: JobQueueOptions<T>) {}

  get size(): number {
    return this.waiting.length;
  }

  /**
   * What `startable` decides, kept up to date one change at a time: after
   * each step every waiting job waits for a full group. So a new job starts
   * at once when its group has room, and a freed slot goes to the first job
   * of its group that fits. A full pass per change cost n²/2 steps: 10,000
   * queued calls took seconds (issue #13).
   */
  push(entry: Waiting<T>): void {
    if (!this.hasRoom(entry)) {
      this.waiting.push(entry);
      return this.report();
    }
    if (this.start(entry)) this.settled();
  }

  private hasRoom(w: Waiting<T>): boolean {
    return w.limit === null || (this.running.get(w.concurrencyId) ?? 0) < w.limit;
  }

  /** Drops a waiting item; true when it was still waiting. */
  remove(item: T): boolean {
    const before = this.waiting.length;
    this.waiting = this.waiting.filter((w) => w.item !== item);
    if (this.waiting.length === before) return false;
    this.report();
    return true;
  }

  /** Takes up to `max` waiting items that match, in order (batching). */
  take(match: (item: T) => boolean, max: number): T[] {
    const taken: T[] = [];
    this.waiting = this.waiting.filter((w) => {
      if (taken.length >= max || !match(w.item)) return true;
      taken.push(w.item);
      return false;
    });
    if (taken.length) this.report();
    return taken;
  }

  /** Resolves when nothing waits or runs: tests wait on this, never on sleeps. */
  idle(): Promise<void> {
    if (!this.waiting.length && !this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * A slot of group `id` is free: the next job of the group that fits takes
   * it, and the one after, for as long as each ends at once (in a loop: 10,000
   * quick calls queued behind a slow one must not nest 10,000 deep).
   */
  private pump(id: string): void {
    for (;;) {
      const next = this.waiting.findIndex((w) => w.concurrencyId === id && this.hasRoom(w));
      if (next < 0) break;
      const [entry] = this.waiting.splice(next, 1);
      this.report();
      if (!this.start(entry)) break;
    }
    this.settled();
  }

  private settled(): void {
    if (!this.waiting.length && !this.busy && this.idleWaiters.length) this.idleWaiters.splice(0).forEach((f) => f());
  }

  /** Runs a job in its slot; true when it ended at once (a handler that returns a value) and freed the slot. */
  private start(entry: Waiting<T>): boolean {
    const id = entry.concurrencyId;
    this.running.set(id, (this.running.get(id) ?? 0) + 1);
    this.busy++;
    let running: Promise<void> | void = undefined;
    try {
      running = this.options.run(entry.item);
    } catch {
      // A job must never take its slot with it: it is freed below.
    }
    if (!running) {
      this.release(id);
      return true;
    }
    const finish = () => {
      this.release(id);
      this.pump(id);
    };
    running.then(finish, finish);
    return false;
  }

  /** Jobs running in all groups. A group's count stays in `running` at 0: deleting and adding it on every call churned the Map. */
  private busy = 0;

  private release(id: string): void {
    this.running.set(id, this.running.get(id)! - 1);
    this.busy--;
  }

  private reportDue = false;

  private report(): void {
    const { onPositions } = this.options;
    if (!onPositions || this.reportDue) return;
    this.reportDue = true;
    setTimeout(() => {
      this.reportDue = false;
      onPositions(
        this.waiting.map((w, position) => ({ item: w.item, position })),
        this.waiting.length,
      );
    }, POSITIONS_MS);
  }
}
