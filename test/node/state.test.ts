import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { deepEqual } from "../../worker/deep-equal.ts";
import { harness, outputsOf, updatesOf } from "./harness.ts";

function cartApp(options: gr.StateOptions = {}) {
  let cart!: gr.State<string[]>;
  let count!: gr.Number;
  const demo = gr.Blocks(() => {
    cart = gr.State<string[]>([], options);
    const item = gr.Textbox();
    count = gr.Number();
    item.submit((name: string, items: string[]) => [...items, name], [item, cart], cart);
    cart.change((items: string[]) => items.length, cart, count);
    item.change((_: string, items: string[]) => items, [item, cart], cart);
  });
  return { demo, cart, count };
}

describe("gr.State", () => {
  it("gives each session its own copy of the initial value", async () => {
    const { demo } = cartApp();
    const h = await harness(demo);
    await h.submit(0, ["apple", null], null, "alice").done;
    await h.submit(0, ["pear", null], null, "alice").done;
    await h.submit(0, ["fig", null], null, "bob").done;
    expect(outputsOf(await h.submit(1, [null], null, "alice").done)).toEqual([[2]]);
    expect(outputsOf(await h.submit(1, [null], null, "bob").done)).toEqual([[1]]);
    h.close();
  });

  it("sends the page no value, only that it changed (deep comparison)", async () => {
    const { demo, cart } = cartApp();
    const h = await harness(demo);
    expect(updatesOf(await h.submit(0, ["apple", null]).done)).toEqual([[{ id: cart.id, hasValue: false, changed: true }]]);
    // Returning an equal (not identical) array is no change.
    expect(updatesOf(await h.submit(2, ["x", null]).done)).toEqual([[]]);
    h.close();
  });

  it("is deleted after timeToLive without an update, calling deleteCallback", async () => {
    const deleted: unknown[] = [];
    const { demo } = cartApp({ timeToLive: 0.05, deleteCallback: (v) => deleted.push(v) });
    const h = await harness(demo);
    await h.submit(0, ["apple", null]).done;
    await new Promise((r) => setTimeout(r, 120));
    expect(deleted).toEqual([["apple"]]);
    // The next read starts again from the initial value.
    expect(outputsOf(await h.submit(1, [null]).done)).toEqual([[0]]);
    h.close();
  });

  it("ends with the session: unload runs and every State is deleted", async () => {
    const log: string[] = [];
    const demo = gr.Blocks(() => {
      const s = gr.State({ n: 1 }, { deleteCallback: (v) => log.push(`deleted ${JSON.stringify(v)}`) });
      const t = gr.Textbox();
      t.submit((_: string, v: { n: number }) => ({ n: v.n + 1 }), [t, s], s);
    });
    demo.unload(() => log.push("unload"));
    const h = await harness(demo);
    await h.submit(0, ["x", null], null, "s9").done;
    await h.endSession("s9");
    expect(log).toEqual(["unload", 'deleted {"n":2}']);
    h.close();
  });

  it("refuses a function as its value with a pointer to demo.load", () => {
    gr.Blocks(() => {
      expect(() => gr.State(() => 1)).toThrow(/use demo.load/);
    });
  });
});

describe("deepEqual", () => {
  it("compares nested data, Maps, Sets, Dates and cycles", () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(deepEqual(new Map([["k", [1]]]), new Map([["k", [1]]]))).toBe(true);
    expect(deepEqual(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(deepEqual(new Date(5), new Date(5))).toBe(true);
    expect(deepEqual([1], { 0: 1, length: 1 })).toBe(false);
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    const b: Record<string, unknown> = { x: 1 };
    b.self = b;
    expect(deepEqual(a, b)).toBe(true);
  });
});

describe("gr.BrowserState without IndexedDB (Node)", () => {
  it("keeps working in memory and warns once that nothing will be saved", async () => {
    const demo = gr.Blocks(() => {
      const saved = gr.BrowserState("anonymous");
      const name = gr.Textbox();
      name.submit((n: string) => n, name, saved);
      name.change((_: string, s: string) => s, [name, saved], name);
    });
    const h = await harness(demo);
    const first = await h.submit(0, ["ada"]).done;
    expect(first.find((m) => m.type === "job:log")).toMatchObject({ level: "warning", message: expect.stringMatching(/Saving is off: this browser context has no IndexedDB/) });
    expect(outputsOf(await h.submit(1, ["x", null]).done)).toEqual([["ada"]]);
    h.close();
  });
});
