import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { errorOf, harness, outputsOf, updatesOf } from "./harness.ts";

describe("what a handler may return", () => {
  it("a Map updates only the outputs it names", async () => {
    let a!: gr.Textbox, b!: gr.Textbox;
    const demo = gr.Blocks(() => {
      a = gr.Textbox();
      b = gr.Textbox();
      gr.Button().click(() => new Map([[b, "only b"]]), null, [a, b]);
    });
    const h = await harness(demo);
    const ms = await h.submit(0, []).done;
    expect(updatesOf(ms)).toEqual([[{ id: b.id, hasValue: true, value: "only b" }]]);
    expect(outputsOf(ms)).toEqual([[null, "only b"]]);
    h.close();
  });

  it("a Map naming a component that is not an output is an error", async () => {
    const demo = gr.Blocks(() => {
      const a = gr.Textbox();
      const stray = gr.Textbox();
      gr.Button().click(() => new Map([[stray, "x"]]), null, a);
    });
    const h = await harness(demo);
    expect(errorOf(await h.submit(0, []).done)).toMatchObject({ error: { code: "bad-output", message: expect.stringMatching(/not an output/) } });
    h.close();
  });

  it("gr.update changes props with or without a value", async () => {
    let t!: gr.Component;
    const demo = gr.Blocks(() => {
      t = gr.Textbox();
      gr.Button().click(() => gr.update({ visible: false }), null, t);
      gr.Button().click(() => gr.update({ value: 5, label: "Five" }), null, t);
    });
    const h = await harness(demo);
    expect(updatesOf(await h.submit(0, []).done)).toEqual([[{ id: t.id, hasValue: false, props: { visible: false } }]]);
    expect(updatesOf(await h.submit(1, []).done)).toEqual([[{ id: t.id, hasValue: true, value: "5", props: { label: "Five" } }]]);
    h.close();
  });

  it("a returned component or layout instance updates the props it was given", async () => {
    let t!: gr.Component, col!: { id: number };
    const demo = gr.Blocks(() => {
      t = gr.Textbox({ label: "old" });
      col = gr.Column({ elemId: "c" }, () => {});
      gr.Button().click(() => [gr.Textbox({ label: "new", lines: 4 }), gr.Column({ visible: false })], null, [t, col as never]);
    });
    const h = await harness(demo);
    expect(updatesOf(await h.submit(0, []).done)).toEqual([
      [
        { id: t.id, hasValue: false, props: { label: "new", lines: 4 } },
        { id: col.id, hasValue: false, props: { visible: false } },
      ],
    ]);
    h.close();
  });

  it("gr.skip leaves one output, or alone all outputs, unchanged", async () => {
    let a!: gr.Textbox, b!: gr.Textbox;
    const demo = gr.Blocks(() => {
      a = gr.Textbox();
      b = gr.Textbox();
      gr.Button().click(() => [gr.skip(), "b"], null, [a, b]);
      gr.Button().click(() => gr.skip(), null, [a, b]);
    });
    const h = await harness(demo);
    expect(updatesOf(await h.submit(0, []).done)).toEqual([[{ id: b.id, hasValue: true, value: "b" }]]);
    expect(updatesOf(await h.submit(1, []).done)).toEqual([[]]);
    h.close();
  });

  it("updated choices are sent as pairs and accepted from then on, per session", async () => {
    let d!: gr.Dropdown<string | null>;
    const demo = gr.Blocks(() => {
      d = gr.Dropdown(["a", "b"], { value: "a" });
      gr.Button().click(() => gr.update({ choices: ["x", "y"], value: "y" }), null, d);
      d.change((v) => v, d, d);
    });
    const h = await harness(demo);
    expect(updatesOf(await h.submit(0, []).done)).toEqual([[{ id: d.id, hasValue: true, value: "y", props: { choices: [["x", "x"], ["y", "y"]] } }]]);
    expect(outputsOf(await h.submit(1, ["x"]).done)).toEqual([["x"]]);
    h.close();
  });
});
