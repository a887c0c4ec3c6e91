import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";

import { errorOf, harness, outputsOf } from "./harness.ts";

describe("engine", () => {
  it("runs a listener and returns its outputs", async () => {
    const demo = gr.Blocks(() => {
      const a = gr.Number();
      const b = gr.Number();
      const s = gr.Number();
      gr.Button("Add").click((x: number, y: number) => x + y, [a, b], s, { apiName: "add" });
    });
    const h = await harness(demo);
    const ms = await h.submit(0, [1, 2]).done;
    expect(outputsOf(ms)).toEqual([[3]]);
    expect(ms.at(-1)).toMatchObject({ type: "job:done", ok: true });
    h.close();
  });

  it("passes ctx with session, event and page request after the inputs", async () => {
    let seen: gr.Context | null = null;
    let t!: gr.Textbox;
    const demo = gr.Blocks(() => {
      t = gr.Textbox();
      t.submit((v, ctx) => ((seen = ctx), v), t, t);
    });
    const h = await harness(demo);
    await h.submit(0, ["hi"], { target: t.id, type: "submit", data: { key: "Enter" } }).done;
    expect(seen!.session.id).toBe("s1");
    // Gradio's EventData: the target block itself, the event's fields, the raw data.
    expect(seen!.event).toEqual({ target: t, type: "submit", key: "Enter", _data: { key: "Enter" } });
    expect(seen!.event.target).toBe(t);
    expect(seen!.request.query).toEqual({ x: "1" });
    expect(seen!.signal.aborted).toBe(false);
    h.close();
  });

  it("refuses a Number or Slider value out of minimum/maximum as Gradio's preprocess does: a clear message, the handler not run", async () => {
    const runs: number[] = [];
    const demo = gr.Blocks(() => {
      const n = gr.Number({ label: "Count", minimum: 0, maximum: 10, precision: 0 });
      const s = gr.Slider(1, 5, { label: "Level" });
      const out = gr.Number();
      gr.Button("Go").click((a, b) => (runs.push(a), a + b), [n, s], out);
    });
    const h = await harness(demo);
    const over = await h.submit(0, [12, 3]).done;
    expect(errorOf(over)?.error.message).toBe("Input 1 (Count): Value 12 is greater than maximum value 10.");
    const under = await h.submit(0, [4, 0.5]).done;
    expect(errorOf(under)?.error.message).toBe("Input 2 (Level): Value 0.5 is less than minimum value 1.");
    expect(runs).toEqual([]);
    // The bounds themselves pass, and precision rounds after the check.
    expect(outputsOf(await h.submit(0, [9.6, 5]).done)).toEqual([[15]]);
    expect(outputsOf(await h.submit(0, [null, 1]).done)).toEqual([[1]]);
    h.close();
  });

  it("sends `data` only to an API client that asks: the page's own runs get `updates`, so a long string crosses once", async () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      const out = gr.Textbox();
      t.submit((v: string) => v.repeat(3), t, out);
    });
    const h = await harness(demo);
    const page = (await h.submit(0, ["ab"], null, "s1", false).done).at(-1)!;
    const api = (await h.submit(0, ["ab"], null, "s1", true).done).at(-1)!;
    expect(page).toMatchObject({ type: "job:done", ok: true, updates: [{ value: "ababab" }] });
    expect("data" in page).toBe(false);
    expect(api).toMatchObject({ type: "job:done", ok: true, updates: [{ value: "ababab" }], data: ["ababab"] });
    h.close();
  });

  it("answers a run that starts at once with one message, job:done carrying its outputs (issue #14 item 7: predict's round trip)", async () => {
    const demo = gr.Interface({ fn: (name: string) => `Hello, ${name}!`, inputs: "textbox", outputs: "textbox" });
    const h = await harness(demo);
    const fnId = h.config.dependencies.find((d) => d.apiName === "predict")!.id;
    for (const name of ["a", "b"]) {
      const ms = await h.submit(fnId, [name]).done;
      expect(ms).toEqual([expect.objectContaining({ type: "job:done", ok: true, data: [`Hello, ${name}!`] })]);
    }
    h.close();
  });

  it("shows gr.Error messages and keeps working", async () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit((v: string) => {
        if (v === "bad") throw new gr.Error("That input is not allowed", { title: "Nope" });
        return v.toUpperCase();
      }, t, t);
    });
    const h = await harness(demo);
    expect(errorOf(await h.submit(0, ["bad"]).done)).toMatchObject({
      error: { code: "app-error", message: "That input is not allowed", title: "Nope" },
    });
    expect(outputsOf(await h.submit(0, ["ok"]).done)).toEqual([["OK"]]);
    h.close();
  });

  it("hides unexpected error details unless showError is set", async () => {
    const make = () =>
      gr.Blocks(() => {
        const t = gr.Textbox();
        t.submit(() => {
          throw new TypeError("secret detail");
        }, t, t);
      });
    const hidden = await harness(make());
    const e1 = errorOf(await hidden.submit(0, ["x"]).done);
    expect(e1).toMatchObject({ error: { code: "handler" } });
    expect(JSON.stringify(e1)).not.toContain("secret detail");
    const shown = await harness(make(), { showError: true });
    expect(errorOf(await shown.submit(0, ["x"]).done)).toMatchObject({ error: { message: "TypeError: secret detail" } });
    hidden.close();
    shown.close();
  });

  it("reports a wrong number of outputs clearly", async () => {
    const demo = gr.Blocks(() => {
      const a = gr.Textbox();
      const b = gr.Textbox();
      // @ts-expect-error -- the wrong shape is the point: the runtime must explain it
      a.submit((v: string) => (v === "one" ? v : [v, v, v]), a, [a, b]);
    });
    const h = await harness(demo);
    expect(errorOf(await h.submit(0, ["one"]).done)).toMatchObject({
      error: { code: "bad-output", message: expect.stringMatching(/single value but the listener has 2 outputs/) },
    });
    expect(errorOf(await h.submit(0, ["three"]).done)).toMatchObject({
      error: { message: expect.stringMatching(/returned 3 values but the listener has 2 outputs/) },
    });
    h.close();
  });

  it("rejects inputs of the wrong type with the input named", async () => {
    const demo = gr.Blocks(() => {
      const n = gr.Number({ label: "Age" });
      n.submit((x: number) => x, n, n);
    });
    const h = await harness(demo);
    expect(errorOf(await h.submit(0, ["forty"]).done)).toMatchObject({
      error: { code: "bad-input", message: 'Input 1 (Age): Number expects a number, got the string "forty"' },
    });
    expect(errorOf(await h.submit(0, [1, 2]).done)).toMatchObject({ error: { code: "bad-input" } });
    expect(errorOf(await h.submit(7, [1]).done)).toMatchObject({ error: { code: "not-found" } });
    h.close();
  });

  it("queues a second run of the same listener until the first ends", async () => {
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit(async (v: string) => {
        order.push(`start ${v}`);
        if (v === "1") await gate;
        order.push(`end ${v}`);
        return v;
      }, t, t);
    });
    const h = await harness(demo);
    const first = h.submit(0, ["1"]);
    const second = h.submit(0, ["2"]);
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(["start 1"]);
    release();
    const ms2 = await second.done;
    await first.done;
    expect(order).toEqual(["start 1", "end 1", "start 2", "end 2"]);
    expect(ms2.find((m) => m.type === "job:queued")).toMatchObject({ position: 0 });
    h.close();
  });

  it("streams each yield of a generator in order", async () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit(async function* (v: string) {
        for (let i = 1; i <= 3; i++) yield v.repeat(i);
      }, t, t);
    });
    const h = await harness(demo);
    expect(outputsOf(await h.submit(0, ["a"]).done)).toEqual([["a"], ["aa"], ["aaa"]]);
    h.close();
  });
});

describe("cancelling", () => {
  it("aborts ctx.signal, stops a generator and frees the slot", async () => {
    let aborted = false;
    let yielded = 0;
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit(async function* (_v: string, ctx: gr.Context) {
        ctx.signal.addEventListener("abort", () => (aborted = true));
        for (;;) {
          yielded++;
          yield String(yielded);
          await new Promise((r) => setTimeout(r, 5));
        }
      }, t, t);
    });
    const h = await harness(demo);
    const first = h.submit(0, ["go"]);
    const second = h.submit(0, ["next"]);
    await new Promise((r) => setTimeout(r, 30));
    h.cancel(first.job);
    const ms = await first.done;
    expect(ms.at(-1)).toMatchObject({ type: "job:done", ok: false, cancelled: true });
    expect(aborted).toBe(true);
    const stoppedAt = yielded;
    // The second run got the slot; cancel it too, then check the first stayed stopped.
    await new Promise((r) => setTimeout(r, 30));
    h.cancel(second.job);
    await second.done;
    expect(ms.filter((m) => m.type === "job:output").length).toBeLessThanOrEqual(stoppedAt);
    h.close();
  });

  it("ends a handler that ignores the signal at once", async () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit(() => new Promise<string>((r) => setTimeout(() => r("late"), 300)), t, t);
    });
    const h = await harness(demo);
    const run = h.submit(0, ["x"]);
    await new Promise((r) => setTimeout(r, 10));
    h.cancel(run.job);
    const ms = await run.done;
    expect(outputsOf(ms)).toEqual([]);
    const next = await h.submit(0, ["y"]).done;
    expect(next.at(-1)).toMatchObject({ ok: true });
    h.close();
  });

  it("removes a waiting job from the queue", async () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit(() => new Promise<string>((r) => setTimeout(() => r("done"), 50)), t, t);
    });
    const h = await harness(demo);
    const first = h.submit(0, ["1"]);
    const second = h.submit(0, ["2"]);
    h.cancel(second.job);
    expect((await second.done).at(-1)).toMatchObject({ cancelled: true });
    expect(outputsOf(await first.done)).toEqual([["done"]]);
    h.close();
  });
});

describe("demo.call", () => {
  it("runs an endpoint like a function, including another app's", async () => {
    const adder = gr.Blocks(() => {
      const a = gr.Number();
      const b = gr.Number();
      const s = gr.Number();
      gr.Button().click((x: number, y: number) => x + y, [a, b], s, { apiName: "add" });
    });
    const twice = gr.Blocks(() => {
      const n = gr.Number();
      const out = gr.Number();
      const pair = gr.JSON();
      n.submit(async (x: number) => (await adder.call("/add", [x, x])) as number, n, out, { apiName: "twice" });
      n.change(function* both(x: number) {
        yield [x, 0];
        yield [x, x];
      }, n, [out, pair]);
    });
    expect(await adder.call("/add", [1, 2])).toBe(3);
    expect(await twice.call("twice", [21])).toBe(42);
    expect(await twice.call("/both", [2])).toEqual([2, 2]);
    await expect(adder.call("/sub", [1, 2])).rejects.toThrow('No endpoint named "/sub" in this app. Its endpoints: /add');
    await expect(adder.call("/add", ["x", 2])).rejects.toThrow(/Number expects a number/);
  });
});

describe("batch", () => {
  it("gathers queued calls into one handler call and splits the results", async () => {
    const calls: string[][] = [];
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      const n = gr.Number();
      t.submit(
        async (words: string[]) => {
          calls.push(words);
          await new Promise((r) => setTimeout(r, 10));
          return [words.map((w) => w.toUpperCase()), words.map((w) => w.length)];
        },
        t,
        [t, n],
        { batch: true, maxBatchSize: 3 },
      );
    });
    const h = await harness(demo);
    const runs = ["a", "bb", "ccc", "dddd", "eeeee"].map((w) => h.submit(0, [w]));
    const results = await Promise.all(runs.map((r) => r.done));
    expect(results.map(outputsOf)).toEqual([[["A", 1]], [["BB", 2]], [["CCC", 3]], [["DDDD", 4]], [["EEEEE", 5]]]);
    // The first call starts alone; the next four wait and are taken 3, then 1.
    expect(calls).toEqual([["a"], ["bb", "ccc", "dddd"], ["eeeee"]]);
    h.close();
  });

  it("explains the shape a batch handler must return", async () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      // @ts-expect-error -- a batch handler must return one list per output: the runtime explains it
      t.submit((words: string[]) => words, t, t, { batch: true });
    });
    const h = await harness(demo);
    expect(errorOf(await h.submit(0, ["x"]).done)).toMatchObject({ error: { code: "bad-output", message: expect.stringMatching(/must return 1 list/) } });
    h.close();
  });
});

describe("queue options", () => {
  it("listeners sharing a concurrencyId share one limit, the first one's", async () => {
    let running = 0;
    let peak = 0;
    const slow = async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 10));
      running--;
      return "ok";
    };
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit(slow, null, t, { concurrencyId: "gpu", concurrencyLimit: 1 });
      t.change(slow, null, t, { concurrencyId: "gpu", concurrencyLimit: 5 });
    });
    const h = await harness(demo);
    expect(h.config.dependencies.map((d) => d.concurrencyLimit)).toEqual([1, 1]);
    await Promise.all([0, 1, 0, 1, 0, 1].map((fn) => h.submit(fn, []).done));
    expect(peak).toBe(1);
    h.close();
  });

  it("concurrencyLimit null runs everything at once", async () => {
    let running = 0;
    let peak = 0;
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 10));
        running--;
        return "";
      }, null, t, { concurrencyLimit: null });
    });
    const h = await harness(demo);
    await Promise.all([1, 2, 3, 4].map(() => h.submit(0, []).done));
    expect(peak).toBe(4);
    h.close();
  });

  it("a full queue refuses with a clear error", async () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit(() => new Promise<string>((r) => setTimeout(() => r("x"), 30)), null, t);
    }).queue({ maxSize: 1 });
    const h = await harness(demo);
    const runs = [h.submit(0, []), h.submit(0, []), h.submit(0, [])];
    const [a, b, c] = await Promise.all(runs.map((r) => r.done));
    expect(outputsOf(a)).toEqual([["x"]]);
    expect(outputsOf(b)).toEqual([["x"]]);
    expect(errorOf(c)).toMatchObject({ error: { code: "queue-full", message: expect.stringMatching(/queue is full/) } });
    h.close();
  });

  it("defaultConcurrencyLimit applies to listeners without their own", async () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit(() => 1, null, t);
      t.change(() => 1, null, t, { concurrencyLimit: 2 });
    }).queue({ defaultConcurrencyLimit: 3 });
    const h = await harness(demo);
    expect(h.config.dependencies.map((d) => d.concurrencyLimit)).toEqual([3, 2]);
    h.close();
  });
});
