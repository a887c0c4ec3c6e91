// What the native plots' types promise a TypeScript author: a table value in
// any form, Gradio's options camelCased, a function value of `inputs`, and
// only `select` (with its SelectData) and `doubleClick` as events.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";
import type { TableRow } from "../../src/table.ts";

const rows = [
  { weight: 120, height: 60, when: new Date(), group: "a" },
  { weight: 130, height: 62, when: new Date(), group: "b" },
];

describe("gr.LinePlot, gr.ScatterPlot, gr.BarPlot", () => {
  test("take a table in any form with Gradio's options", () => {
    gr.LinePlot(rows, { x: "weight", y: "height", color: "group", title: "Weight x Height", xTitle: "Weight", yTitle: "Height", colorMap: { a: "green", b: "#FF8888" } });
    gr.ScatterPlot({ value: [[1, 2]], x: "1", y: "2", tooltip: ["group"], xLim: [0, null], yLim: [null, 100], xLabelAngle: 45, yLabelAngle: -30 });
    gr.BarPlot({ headers: ["x", "y"], data: [[1, 2]] }, { x: "x", y: "y", xBin: 10, yAggregate: "mean", sort: ["b", "a"], height: 400, caption: "Bars" });
    gr.BarPlot("x,y\n1,2\n", { x: "x", y: "y", xBin: "15m", sort: "-y", showFullscreenButton: true, showExportButton: true });
    gr.LinePlot(null, { x: "x", y: "y" });
    // @ts-expect-error: yAggregate is sum, mean, median, min, max or count
    gr.BarPlot(rows, { x: "weight", y: "height", yAggregate: "average" });
    // @ts-expect-error: a date bin is a number with s, m, h or d
    gr.BarPlot(rows, { x: "when", y: "height", xBin: "10 minutes" });
    // @ts-expect-error: sort is "x", "y", "-x", "-y" or a list of categories
    gr.BarPlot(rows, { x: "group", y: "height", sort: "z" });
    // @ts-expect-error: tooltip is "axis", "all", "none" or a list of columns
    gr.LinePlot(rows, { x: "weight", y: "height", tooltip: "some" });
    // @ts-expect-error: a typo in an option
    gr.LinePlot(rows, { x: "weight", y: "height", xlim: [0, 1] });
    // @ts-expect-error: limits are [min, max]
    gr.LinePlot(rows, { x: "weight", y: "height", xLim: 5 });
    // @ts-expect-error: a Map is not a table
    gr.LinePlot(new Map(), { x: "weight", y: "height" });
  });

  test("a function value gets its inputs' values and returns a table", () => {
    gr.Blocks(() => {
      const group = gr.Textbox("a");
      const age = gr.Slider(18, 65);
      gr.ScatterPlot((g, a) => {
        expectTypeOf(g).toEqualTypeOf<string>();
        expectTypeOf(a).toEqualTypeOf<number>();
        return rows.filter((r) => r.group === g);
      }, { inputs: [group, age], x: "weight", y: "height", every: 5 });
      // @ts-expect-error: a plot's value is a table, not a number
      gr.LinePlot(() => 5, { x: "x", y: "y" });
    });
  });

  test("select carries SelectData (a range or a category), doubleClick plain EventData; no other events", () => {
    gr.Blocks(() => {
      const plot = gr.LinePlot(rows, { x: "weight", y: "height" });
      const total = gr.Number();
      plot.select((ctx) => {
        expectTypeOf(ctx.event).toEqualTypeOf<gr.SelectData>();
        const index = ctx.event.index;
        return Array.isArray(index) ? index[1] - index[0] : index;
      }, null, total);
      plot.select(() => gr.LinePlot({ xLim: [1, 2] }), null, plot);
      plot.doubleClick(() => gr.LinePlot({ xLim: null }), null, plot);
      // A handler gets the rows back.
      plot.doubleClick((value) => expectTypeOf(value).toEqualTypeOf<TableRow[] | null>(), plot, null);
      // @ts-expect-error: a plot has no change event (Gradio 5's NativePlot: select, double_click)
      plot.change(() => null, null, null);
      // @ts-expect-error: nor click
      plot.click(() => null, null, null);
    });
  });
});
