// gr.Plot's value: a Vega-Lite spec in any of the forms a handler may give,
// always crossing as JSON text; and what a wrong value says.
import { describe, expect, it } from "vitest";
import { toPlotData } from "../../components/vega-plot/vega-plot.ts";
import { prepareSpec } from "../../components/vega-plot/view/spec.ts";

const bar = { data: { values: [{ a: 1 }] }, mark: "bar", encoding: { x: { field: "a", type: "quantitative" } } };

describe("gr.Plot values", () => {
  it("takes a spec, its JSON text, a chart with toSpec() or toJSON(), and Gradio's PlotData", () => {
    const want = { type: "altair", plot: JSON.stringify(bar) };
    expect(toPlotData(bar)).toEqual(want);
    expect(toPlotData(JSON.stringify(bar))).toEqual(want);
    expect(toPlotData({ toSpec: () => bar })).toEqual(want);
    expect(toPlotData({ toJSON: () => bar })).toEqual(want);
    expect(toPlotData(want)).toEqual(want);
    expect(toPlotData({ layer: [bar] })?.plot).toContain('"layer"');
    expect(toPlotData(null)).toBeNull();
  });

  it("names what is wrong", () => {
    expect(() => toPlotData("{not json")).toThrow(/the text given is not JSON/);
    expect(() => toPlotData(42)).toThrow(/Plot expects a Vega-Lite spec/);
    expect(() => toPlotData({ data: [{ x: [1] }], layout: {} })).toThrow(/looks like a Plotly figure/);
    expect(() => toPlotData({ type: "matplotlib", plot: "data:image/png;base64," })).toThrow(/a "matplotlib" plot is not supported/);
    expect(() => toPlotData({ data: { values: [] } })).toThrow(/it has none of "mark"/);
    const loop: Record<string, unknown> = { mark: "bar" };
    loop.self = loop;
    expect(() => toPlotData(loop)).toThrow(/the spec is not JSON data/);
  });

  it("the page draws a single view as wide as its block and drops the spec's own embed options", () => {
    const spec = prepareSpec(JSON.stringify({ ...bar, usermeta: { embedOptions: { actions: true }, note: 1 } }));
    expect(spec.width).toBe("container");
    expect(spec.usermeta).toEqual({ note: 1 });
    expect(prepareSpec(JSON.stringify({ ...bar, width: 300 })).width).toBe(300);
    expect(prepareSpec(JSON.stringify({ hconcat: [bar, bar] })).width).toBeUndefined();
  });
});
