// gr.Dropdown's worker side as Gradio's: the first choice when no value is
// given, custom values only with allowCustomValue, Gradio's two option
// warnings, and an update that changes the choices without touching the value.
import { afterEach, describe, expect, it, vi } from "vitest";
import * as gr from "../../src/index.ts";
import { flushOptionWarnings } from "../../src/options-check.ts";
import { errorOf, harness, outputsOf, updatesOf } from "./harness.ts";

afterEach(() => vi.restoreAllMocks());

describe("gr.Dropdown's value", () => {
  it("starts at the first choice when none is given, as Gradio's; [] with multiselect; an explicit null stays", () => {
    gr.Blocks(() => {
      expect(gr.Dropdown(["DFW", "DAL"]).value).toBe("DFW");
      expect(gr.Dropdown([["One", 1], ["Two", 2]]).value).toBe(1);
      expect(gr.Dropdown(["DFW", "DAL"], { multiselect: true }).value).toEqual([]);
      expect(gr.Dropdown(["DFW", "DAL"], { value: null }).value).toBeNull();
      expect(gr.Dropdown([]).value).toBeNull();
      expect(gr.Dropdown().value).toBeNull();
    });
  });

  it("refuses a value that is not a choice, unless allowCustomValue", () => {
    gr.Blocks(() => {
      expect(() => gr.Dropdown(["a", "b"], { value: "zzz" })).toThrow(/Dropdown: the string "zzz" is not one of the choices \("a", "b"\)/);
      expect(gr.Dropdown(["a", "b"], { value: "zzz", allowCustomValue: true }).value).toBe("zzz");
      expect(gr.Dropdown(["a", "b"], { value: ["a", "mine"], multiselect: true, allowCustomValue: true }).value).toEqual(["a", "mine"]);
    });
  });

  it("gives a handler custom values as typed, and null for their index with type: index", async () => {
    let d!: gr.Dropdown<string[]>, i!: gr.Dropdown<Array<number | null>>, out!: gr.JSON;
    const demo = gr.Blocks(() => {
      d = gr.Dropdown(["a", "b"], { multiselect: true, allowCustomValue: true });
      i = gr.Dropdown(["a", "b"], { multiselect: true, allowCustomValue: true, type: "index" });
      out = gr.JSON();
      gr.Button().click((x, y) => [x, y], [d, i], out);
    });
    const h = await harness(demo);
    expect(outputsOf(await h.submit(0, [["b", "mine"], ["b", "mine"]]).done)).toEqual([[[["b", "mine"], [1, null]]]]);
    h.close();
  });

  it("a value from the page that is not a choice is an error the user sees, and the app goes on", async () => {
    let d!: gr.Dropdown, out!: gr.Textbox;
    const demo = gr.Blocks(() => {
      d = gr.Dropdown(["a", "b"]);
      out = gr.Textbox();
      d.change((v) => String(v), d, out);
    });
    const h = await harness(demo);
    expect((errorOf(await h.submit(0, ["nope"]).done) as { error: { message: string } } | undefined)?.error.message).toMatch(/"nope" is not one of the choices/);
    expect(outputsOf(await h.submit(0, ["b"]).done)).toEqual([["b"]]);
    h.close();
  });

  it("an update with new choices keeps the value unless it names one (no first-choice default there)", async () => {
    let d!: gr.Dropdown;
    const demo = gr.Blocks(() => {
      d = gr.Dropdown(["a", "b"], { value: "b", allowCustomValue: true });
      gr.Button().click(() => gr.Dropdown({ choices: ["x", "y"] }), null, d);
    });
    const h = await harness(demo);
    expect(updatesOf(await h.submit(0, []).done)).toEqual([[{ id: d.id, hasValue: false, props: { choices: [["x", "x"], ["y", "y"]] } }]]);
    h.close();
  });
});

describe("gr.Dropdown's options", () => {
  it("sends maxChoices and filterable to the page", () => {
    gr.Blocks(() => {
      const d = gr.Dropdown(["a", "b", "c"], { multiselect: true, maxChoices: 2, filterable: false });
      expect(d.props).toMatchObject({ maxChoices: 2, filterable: false });
    });
  });

  it("warns as Gradio does: maxChoices without multiselect, filterable: false with allowCustomValue (made true)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    gr.Blocks(() => {
      gr.Dropdown(["a"], { maxChoices: 2 });
      const d = gr.Dropdown(["a"], { filterable: false, allowCustomValue: true });
      expect(d.props.filterable).toBe(true);
      // Neither warns when it makes sense.
      gr.Dropdown(["a"], { multiselect: true, maxChoices: 2 });
      gr.Dropdown(["a"], { filterable: false });
    });
    await flushOptionWarnings();
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      '[gradio-lite] gr.Dropdown: option "maxChoices" is ignored without multiselect.',
      '[gradio-lite] gr.Dropdown: option "filterable" is ignored with allowCustomValue.',
    ]);
  });
});
