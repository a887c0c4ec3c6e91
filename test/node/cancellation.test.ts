// A job's cancellation makes its AbortSignal only when a handler reads it.
import { describe, expect, it } from "vitest";
import { Cancellation } from "../../worker/cancellation.ts";

describe("Cancellation", () => {
  it("aborts a signal read before the cancel, and resolves `cancelled`", async () => {
    const c = new Cancellation();
    const signal = c.signal;
    let heard = 0;
    signal.addEventListener("abort", () => heard++);
    expect(signal.aborted).toBe(false);
    c.abort();
    c.abort();
    expect([signal.aborted, heard, c.aborted]).toEqual([true, 1, true]);
    await expect(c.cancelled).resolves.toBe("cancelled");
  });

  it("resolves `cancelled` when first read after the cancel", async () => {
    const c = new Cancellation();
    c.abort();
    await expect(c.cancelled).resolves.toBe("cancelled");
  });

  it("gives an aborted signal when read only after the cancel, and the same signal every time", () => {
    const c = new Cancellation();
    c.abort();
    expect(c.signal.aborted).toBe(true);
    expect(c.signal).toBe(c.signal);
  });

  it("makes no AbortController for a job whose handler never reads the signal", () => {
    const made = AbortController;
    let count = 0;
    globalThis.AbortController = class extends made {
      constructor() {
        super();
        count++;
      }
    };
    try {
      const c = new Cancellation();
      c.abort();
      expect(count).toBe(0);
      void c.signal;
      expect(count).toBe(1);
    } finally {
      globalThis.AbortController = made;
    }
  });
});
