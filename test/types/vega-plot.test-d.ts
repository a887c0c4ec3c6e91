// gr.Plot's types: a handler returns a spec (or its JSON, or a chart object)
// and receives Gradio's PlotData; its only event is change.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";

describe("gr.Plot", () => {
  test("a handler returns a spec and receives PlotData", () => {
    gr.Blocks(() => {
      const plot = gr.Plot({ label: "Chart" });
      const b = gr.Button();
      b.click(() => ({ mark: "bar", data: { values: [] } }), null, plot);
      b.click(() => '{"mark": "bar"}', null, plot);
      b.click(() => null, null, plot);
      b.click((p) => {
        expectTypeOf(p).toEqualTypeOf<gr.PlotValue | null>();
        return p;
      }, plot, plot);
      // @ts-expect-error: a number is no spec
      b.click(() => 3, null, plot);
      plot.change(() => null, null, null);
      // @ts-expect-error: a Plot has no select event
      plot.select(() => null, null, null);
      // @ts-expect-error: a typo in an option
      gr.Plot({ lable: "x" });
    });
  });
});
