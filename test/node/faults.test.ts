// Issue #13's faults in the engine: whatever a handler throws ends its run.
import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { errorOf, harness } from "./harness.ts";

const unprintable: Array<[string, () => unknown]> = [
  ["Object.create(null)", () => Object.create(null)],
  ["an object whose toString throws", () => ({ toString: () => { throw new Error("no text"); } })],
  [
    "an Error whose message getter throws",
    () => {
      const e = new Error("x");
      Object.defineProperty(e, "message", { get: () => { throw new Error("no message"); } });
      return e;
    },
  ],
  ["a Proxy that throws on every trap", () => new Proxy({}, { get: () => { throw new Error("trap"); }, getPrototypeOf: () => { throw new Error("trap"); } })],
];

describe("every throw ends its run", () => {
  for (const showError of [false, true]) {
    for (const [name, thrown] of unprintable) {
      it(`${name} (showError: ${showError})`, async () => {
        const demo = gr.Blocks(() => {
          const t = gr.Textbox();
          t.submit(() => {
            throw thrown();
          }, t, t);
        });
        const h = await harness(demo, { showError });
        const ms = await h.submit(0, ["x"]).done;
        expect(errorOf(ms)).toMatchObject({ error: { code: "handler" } });
        expect(ms.at(-1)).toMatchObject({ type: "job:done", ok: false });
        h.close();
      });
    }
  }
});
