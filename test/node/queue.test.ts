import { describe, expect, it } from "vitest";
import { admits, JobQueue, startable, type Waiting } from "../../worker/queue.ts";

const w = (item: number, concurrencyId: string, limit: number | null): Waiting<number> => ({ item, concurrencyId, limit });

describe("startable", () => {
  it("starts one job per listener by default and keeps FIFO order", () => {
    const waiting = [w(1, "a", 1), w(2, "a", 1), w(3, "b", 1)];
    expect(startable({ waiting, running: new Map() })).toEqual([0, 2]);
    expect(startable({ waiting, running: new Map([["a", 1]]) })).toEqual([2]);
  });

  it("honours higher limits and null (no limit)", () => {
    const waiting = [w(1, "a", 2), w(2, "a", 2), w(3, "a", 2), w(4, "n", null), w(5, "n", null)];
    expect(startable({ waiting, running: new Map() })).toEqual([0, 1, 3, 4]);
  });

  it("caps the queue size", () => {
    expect(admits(2, 3)).toBe(true);
    expect(admits(3, 3)).toBe(false);
    expect(admits(1e6, null)).toBe(true);
  });
});

describe("JobQueue", () => {
  it("runs later triggers after the current one (concurrencyLimit 1)", async () => {
    const log: string[] = [];
    const gates = new Map<number, () => void>();
    const q = new JobQueue<number>({
      run: (n) =>
        new Promise<void>((done) => {
          log.push(`start ${n}`);
          gates.set(n, () => (log.push(`end ${n}`), done()));
        }),
    });
    q.push(w(1, "a", 1));
    q.push(w(2, "a", 1));
    expect(log).toEqual(["start 1"]);
    gates.get(1)!();
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(["start 1", "end 1", "start 2"]);
    gates.get(2)!();
    await q.idle();
  });

  it("frees the slot when a job throws", async () => {
    const ran: number[] = [];
    const q = new JobQueue<number>({
      run: async (n) => {
        ran.push(n);
        if (n === 1) throw new Error("boom");
      },
    });
    q.push(w(1, "a", 1));
    q.push(w(2, "a", 1));
    await q.idle();
    expect(ran).toEqual([1, 2]);
  });

  it("randomized: 10,000 events never exceed a limit and each ends exactly once", async () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const limits: Record<string, number | null> = { a: 1, b: 2, c: 3, d: null, e: 1 };
    const ids = Object.keys(limits);
    const running = new Map<string, number>();
    const ended = new Map<number, number>();
    const pending: Array<() => void> = [];
    let violations = 0;
    const q = new JobQueue<{ n: number; id: string }>({
      run: ({ n, id }) =>
        new Promise<void>((done) => {
          const now = (running.get(id) ?? 0) + 1;
          running.set(id, now);
          if (limits[id] !== null && now > limits[id]!) violations++;
          pending.push(() => {
            running.set(id, running.get(id)! - 1);
            ended.set(n, (ended.get(n) ?? 0) + 1);
            done();
          });
        }),
    });
    const removed = new Set<number>();
    for (let n = 0; n < 10_000; n++) {
      const id = ids[Math.floor(rand() * ids.length)];
      const item = { n, id };
      q.push({ item, concurrencyId: id, limit: limits[id] });
      if (rand() < 0.05 && q.remove(item)) removed.add(n);
      // Finish a random running job now and then, in random order.
      while (pending.length && rand() < 0.6) {
        const i = Math.floor(rand() * pending.length);
        pending.splice(i, 1)[0]();
        await Promise.resolve();
      }
    }
    while (pending.length) {
      pending.splice(0, 1)[0]();
      await new Promise((r) => setTimeout(r, 0));
    }
    await q.idle();
    expect(violations).toBe(0);
    for (let n = 0; n < 10_000; n++) expect(ended.get(n) ?? 0, `job ${n}`).toBe(removed.has(n) ? 0 : 1);
  });

  it("runs a job that ends at once in its slot and frees it, with nothing left running", async () => {
    const ran: number[] = [];
    const q = new JobQueue<number>({ run: (n) => void ran.push(n) });
    q.push(w(1, "a", 1));
    q.push(w(2, "a", 1));
    expect(ran).toEqual([1, 2]);
    expect(q.size).toBe(0);
    await q.idle();
  });

  it("frees the slot when a job throws before it returns a promise", async () => {
    const ran: number[] = [];
    const q = new JobQueue<number>({
      run: (n) => {
        ran.push(n);
        if (n === 1) throw new Error("boom");
      },
    });
    q.push(w(1, "a", 1));
    q.push(w(2, "a", 1));
    expect(ran).toEqual([1, 2]);
    await q.idle();
  });

  it("drains 20,000 quick jobs queued behind a slow one in order, without nesting a call per job", async () => {
    const ran: number[] = [];
    let release!: () => void;
    const q = new JobQueue<number>({
      run: (n) => {
        if (n === 0) return new Promise<void>((done) => (release = done));
        ran.push(n);
      },
    });
    q.push(w(0, "a", 1));
    for (let n = 1; n <= 20_000; n++) q.push(w(n, "a", 1));
    expect([ran.length, q.size]).toEqual([0, 20_000]);
    release();
    await q.idle();
    expect(ran.length).toBe(20_000);
    expect(ran.every((n, i) => n === i + 1)).toBe(true);
  });
});
