// The native plots' pure logic: the wire value (column types, dates), and
// what the page draws from it: series per colour, bins, aggregates, sort,
// stacking, x limits, downsampling, tooltips, colours and CSV.
import { describe, expect, it, vi } from "vitest";
import * as gr from "../../src/index.ts";
import { MAX_PLOT_ROWS, columnTypes, plotRows, toPlotData, type PlotData } from "../../components/native-plot/plot-data.ts";
import { PREVIEW_BINS, previewLine } from "../../components/native-plot/plot-preview.ts";
import { PREVIEW_FROM_ROWS } from "../../components/native-plot/native-plot.ts";
import { harness } from "./harness.ts";
import { SHOWN_WAIT_MS } from "../../worker/previews.ts";
import type { JobMessage } from "../../worker/protocol.ts";
import { CATEGORY_COLORS, seriesColors } from "../../components/native-plot/view/colors.ts";
import { gradientColor, parseColor } from "../../components/native-plot/view/gradient.ts";
import { toCsv } from "../../components/native-plot/view/export.ts";
import { groupDigits, plotSummary, selectedRange } from "../../components/native-plot/view/format.ts";
import { formatTick } from "../../components/native-plot/view/chart.ts";
import { aggregate, sortCategories } from "../../components/native-plot/view/grouped.ts";
import * as kinds from "../../components/native-plot/view/kinds.ts";
import { binWidth, checkColumns, downsampleMinMax, needsKinds, niceRange, preparePlot, type PlotSettings, type PreparedPlot } from "../../components/native-plot/view/prepare.ts";
import { tooltipRows } from "../../components/native-plot/view/tooltip.ts";

const rows = [
  { weight: 120, height: 60, age: 20, group: "a" },
  { weight: 125, height: 62, age: 30, group: "b" },
  { weight: 131, height: 58, age: 40, group: "a" },
  { weight: 140, height: 70, age: 50, group: "b" },
];

function data(value: unknown, mark: "line" | "point" | "bar" = "line"): PlotData {
  return toPlotData(value, mark, "LinePlot")!;
}

/** Prepared as the view does once kinds.ts has loaded (a plain line needs none of it: see "what a plain line needs"). */
function plot(value: PlotData, s: PlotSettings): PreparedPlot {
  const p = preparePlot(value, { kinds, ...s });
  if (p.kind !== "plot") throw new Error(`expected a plot, got ${JSON.stringify(p)}`);
  return p.plot;
}

describe("the wire value (Gradio's PlotData)", () => {
  it("types each column as pandas would: numbers, dates, text", () => {
    const v = data([{ n: 1, t: new Date("2024-01-01T00:00:00Z"), s: "x", mixed: 1 }, { n: null, t: "2024-01-02", s: "y", mixed: "two" }]);
    expect(v.datatypes).toEqual({ n: "quantitative", t: "temporal", s: "nominal", mixed: "nominal" });
    // Dates travel as epoch milliseconds (pandas' to_json(date_unit="ms")).
    expect(v.data[0]![1]).toBe(Date.UTC(2024, 0, 1));
    expect(v.mark).toBe("line");
    expect(columnTypes({ headers: ["e"], data: [[null]] })).toEqual({ e: "quantitative" });
  });

  it("takes every table form: row objects, rows with headers, { headers, data }, CSV", () => {
    const fromObjects = data(rows);
    expect(fromObjects.columns).toEqual(["weight", "height", "age", "group"]);
    expect(data({ headers: ["weight", "height"], data: [[1, 2]] }).data).toEqual([[1, 2]]);
    expect(data("x,y\n1,2\n3,4\n").data).toEqual([[1, 2], [3, 4]]);
    expect(toPlotData(null, "bar", "BarPlot")).toBeNull();
  });

  it("gives a handler row objects back, dates as ISO text", () => {
    const v = data([{ t: new Date("2024-01-01T00:00:00Z"), y: 3 }]);
    expect(plotRows(v)).toEqual([{ t: "2024-01-01T00:00:00.000Z", y: 3 }]);
  });

  it("refuses more rows than a tab can draw, with a message that says what to do", () => {
    const many = { headers: ["x", "y"], data: Array.from({ length: MAX_PLOT_ROWS + 1 }, (_, i) => [i, i]) };
    expect(() => toPlotData(many, "line", "LinePlot")).toThrow(/500,001 rows is more than the 500,000 a plot draws; aggregate them first \(xBin, yAggregate\)/);
  });

  it("is built by gr.LinePlot, gr.ScatterPlot and gr.BarPlot with Gradio's defaults", () => {
    gr.Blocks(() => {
      const line = gr.LinePlot(rows, { x: "weight", y: "height" });
      expect(line.type).toBe("lineplot");
      expect((line.value as PlotData).mark).toBe("line");
      expect(line.props).toMatchObject({ x: "weight", y: "height", xLabelAngle: 0, yLabelAngle: 0, tooltip: "axis", showFullscreenButton: false, showExportButton: false, minWidth: 160 });
      expect((gr.ScatterPlot(rows, { x: "weight", y: "height" }).value as PlotData).mark).toBe("point");
      // `{ headers, data }` alone is a value, not options.
      expect((gr.BarPlot({ headers: ["x", "y"], data: [[1, 2]] }).value as PlotData).mark).toBe("bar");
      expect(gr.BarPlot().value).toBeNull();
    });
  });

  it("warns loudly about a yAggregate or xBin it does not know", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const p = gr.BarPlot({ x: "a", y: "b", yAggregate: "avg" as never, xBin: "10 minutes" as never });
    expect(p.props.yAggregate).toBe("sum");
    expect(p.props.xBin).toBeNull();
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining("[gradio-lite] gr.BarPlot: yAggregate"), expect.stringContaining("[gradio-lite] gr.BarPlot: xBin")]);
    warn.mockRestore();
  });
});

describe("columns", () => {
  const v = data(rows);
  it("names a column that is not there and lists the ones that are", () => {
    expect(checkColumns(v, { x: "wieght", y: "height" })).toBe('x column "wieght" is not in the data; its columns are: weight, height, age, group');
    expect(checkColumns(v, { x: "weight", y: "height", color: "colour" })).toMatch(/^color column "colour" is not in the data/);
    expect(preparePlot(v, { x: "weight", y: "hieght" })).toEqual({ kind: "error", message: 'y column "hieght" is not in the data; its columns are: weight, height, age, group' });
  });

  it("asks for numbers on y", () => {
    expect(checkColumns(v, { x: "weight", y: "group" })).toBe('y column "group" must hold numbers, but row 1 holds "a"');
    expect(checkColumns(v, { x: null, y: "height" })).toMatch(/needs x and y/);
  });

  it("shows nothing (not an error) for no value or no rows", () => {
    expect(preparePlot(null, { x: "a", y: "b" })).toEqual({ kind: "empty" });
    expect(preparePlot(data([]), { x: "a", y: "b" })).toEqual({ kind: "empty" });
  });

  it("skips rows whose x or y is empty or not a number", () => {
    const p = plot(data([{ x: 1, y: 2 }, { x: 2, y: null }, { x: null, y: 3 }, { x: 3, y: Number.NaN }, { x: 4, y: 5 }]), { x: "x", y: "y" });
    expect(p.series[0]!.xs).toEqual([1, 4]);
    expect(p.skipped).toBe(3);
  });
});

describe("what a plain line needs (kinds.ts loads for the rest)", () => {
  it("draws a line of numbers or dates, by a text colour or none, without kinds.ts", () => {
    const p = preparePlot(data(rows), { x: "weight", y: "height", color: "group" });
    expect(p.kind).toBe("plot");
    if (p.kind === "plot") expect(p.plot.series.map((s) => s.key)).toEqual(["a", "b"]);
    const dates = data([{ t: new Date("2024-01-01T00:00:00Z"), v: 1 }, { t: new Date("2024-01-02T00:00:00Z"), v: 2 }]);
    expect(preparePlot(dates, { x: "t", y: "v" }).kind).toBe("plot");
  });

  it("asks for kinds.ts for points, bars, bins, categories and a numeric colour, and draws them with it", () => {
    const cases: Array<[PlotData, PlotSettings]> = [
      [data(rows, "point"), { x: "weight", y: "height" }],
      [data(rows, "bar"), { x: "group", y: "height" }],
      [data(rows), { x: "weight", y: "height", xBin: 10 }],
      [data(rows), { x: "group", y: "height" }],
      [data(rows), { x: "weight", y: "height", color: "age" }],
    ];
    for (const [v, s] of cases) {
      expect(needsKinds(v, s)).toBe(true);
      expect(preparePlot(v, s)).toEqual({ kind: "kinds" });
      expect(preparePlot(v, { ...s, kinds }).kind).toBe("plot");
    }
    expect(needsKinds(data(rows), { x: "weight", color: "group" })).toBe(false);
    // An xBin that is not a duration does not bin (the worker warns about it).
    expect(needsKinds(data(rows), { x: "weight", xBin: "soon" })).toBe(false);
  });
});

describe("series, bins and aggregates", () => {
  it("splits series by colour in order of first appearance, and sorts a line by x", () => {
    const p = plot(data([{ x: 3, y: 1, c: "b" }, { x: 1, y: 2, c: "a" }, { x: 2, y: 3, c: "b" }]), { x: "x", y: "y", color: "c" });
    expect(p.series.map((s) => s.key)).toEqual(["b", "a"]);
    expect(p.series[0]!.xs).toEqual([2, 3]);
    expect(p.series[0]!.ys).toEqual([3, 1]);
    expect(p.aggregate).toBeNull();
  });

  it("bins a numeric x (Gradio's aggregate_quantitative) and sums by default", () => {
    const p = plot(data(rows, "bar"), { x: "weight", y: "height", xBin: 10 });
    expect(p.binWidth).toBe(10);
    expect(p.aggregate).toBe("sum");
    expect(p.series[0]!.xs).toEqual([120, 130, 140]);
    expect(p.series[0]!.ys).toEqual([122, 58, 70]);
    expect(p.xExtent).toEqual([120, 150]);
    expect(p.yExtent[0]).toBe(0);
  });

  it("bins dates by a duration", () => {
    expect(binWidth("15m")).toBe(900_000);
    expect(binWidth("1h")).toBe(3_600_000);
    expect(binWidth("1d")).toBe(86_400_000);
    expect(binWidth("10s")).toBe(10_000);
    expect(binWidth(2.5)).toBe(2.5);
    expect(binWidth("soon")).toBeNull();
    const t0 = Date.UTC(2024, 0, 1, 10, 0);
    const v = data([0, 5, 16, 31].map((m) => ({ time: new Date(t0 + m * 60_000), price: 1 })), "bar");
    const p = plot(v, { x: "time", y: "price", xBin: "15m" });
    expect(p.series[0]!.xs).toEqual([t0, t0 + 15 * 60_000, t0 + 30 * 60_000]);
    expect(p.series[0]!.ys).toEqual([2, 1, 1]);
  });

  it("aggregates a text x as categories (Gradio's aggregate_nominal) with each yAggregate", () => {
    const v = data(rows, "bar");
    expect(plot(v, { x: "group", y: "height", yAggregate: "mean" }).series[0]!.ys).toEqual([59, 66]);
    expect(aggregate([3, 1, 2], "median")).toBe(2);
    expect(aggregate([4, 1, 2, 3], "median")).toBe(2.5);
    expect(aggregate([3, 1, 2], "min")).toBe(1);
    expect(aggregate([3, 1, 2], "max")).toBe(3);
    expect(aggregate([3, 1, 2], "count")).toBe(3);
    expect(aggregate([3, 1, 2], "sum")).toBe(6);
  });

  it("aggregates a scatter only when it is binned (Gradio's rule for the point mark)", () => {
    const v = data(rows, "point");
    expect(plot(v, { x: "group", y: "height" }).aggregate).toBeNull();
    expect(plot(v, { x: "group", y: "height" }).series[0]!.xs).toEqual([0, 0, 1, 1]);
    expect(plot(v, { x: "weight", y: "height", xBin: 10 }).aggregate).toBe("sum");
  });

  it("stacks a BarPlot's colours, and keeps each segment's own value for the tooltip", () => {
    const v = data([{ x: "p", y: 2, c: "a" }, { x: "p", y: 3, c: "b" }, { x: "q", y: 1, c: "b" }], "bar");
    const p = plot(v, { x: "x", y: "y", color: "c" });
    expect(p.stacked).toBe(true);
    const [a, b] = p.series;
    expect(a!.bases).toEqual([0]);
    expect(a!.ys).toEqual([2]);
    expect(b!.xs).toEqual([0, 1]);
    expect(b!.bases).toEqual([2, 0]);
    expect(b!.ys).toEqual([5, 1]);
    expect(b!.values).toEqual([3, 1]);
    expect(p.yExtent).toEqual([0, 5]);
  });

  it("gives a numeric colour a gradient: scatter points in nine shades, lines one per value", () => {
    const v = data(rows, "point");
    const p = plot(v, { x: "weight", y: "height", color: "age" });
    expect(p.colorExtent).toEqual([20, 50]);
    expect(p.series.map((s) => s.key)).toEqual(["0", "3", "6", "8"]);
    const line = plot(data(rows), { x: "weight", y: "height", color: "age" });
    expect(line.series.map((s) => s.shade)).toEqual([0, 1 / 3, 2 / 3, 1]);
  });
});

describe("sort", () => {
  const totals = new Map([["a", 5], ["b", 1], ["c", 3]]);
  it("orders categories ascending by default, as Vega-Lite does", () => {
    expect(sortCategories(["c", "a", "b"], null, totals)).toEqual(["a", "b", "c"]);
    expect(sortCategories(["c", "a", "b"], "x", totals)).toEqual(["a", "b", "c"]);
    expect(sortCategories(["c", "a", "b"], "-x", totals)).toEqual(["c", "b", "a"]);
  });
  it("orders by y, or by a list (the rest after it)", () => {
    expect(sortCategories(["c", "a", "b"], "y", totals)).toEqual(["b", "c", "a"]);
    expect(sortCategories(["c", "a", "b"], "-y", totals)).toEqual(["a", "c", "b"]);
    expect(sortCategories(["c", "a", "b"], ["c", "zz"], totals)).toEqual(["c", "a", "b"]);
  });
  it("renumbers the points to the sorted categories", () => {
    const p = plot(data(rows, "bar"), { x: "group", y: "height", sort: "-y" });
    expect(p.categories).toEqual(["b", "a"]);
    expect(p.series[0]!.ys).toEqual([132, 118]);
    expect(p.xExtent).toEqual([-0.5, 1.5]);
  });
  it('reverses a numeric axis for "-x"', () => {
    expect(plot(data(rows), { x: "weight", y: "height", sort: "-x" }).reversed).toBe(true);
  });
});

describe("x limits and downsampling", () => {
  const long = data(Array.from({ length: 10_000 }, (_, i) => ({ x: i, y: Math.sin(i / 50) * 100 + (i % 7), c: i % 2 ? "odd" : "even" })));

  it("keeps a min and a max per bin of a long line (Gradio's downsampling)", () => {
    expect(downsampleMinMax([0, 1, 2, 3, 4, 5], [5, 1, 9, 2, 2, 2], { lo: 0, hi: 6, bins: 2 })).toEqual([1, 2, 3]);
    // A part of the points (a zoomed line's), by index: the indices kept are the whole arrays'.
    expect(downsampleMinMax([0, 1, 2, 3, 4, 5], [5, 1, 9, 2, 2, 2], { lo: 1, hi: 4, bins: 1, first: 1, last: 4 })).toEqual([1, 2]);
    const p = plot(long, { x: "x", y: "y", color: "c", bins: 200 });
    for (const s of p.series) expect(s.xs.length).toBeLessThanOrEqual(400);
    // The extremes survive.
    const all = long.data.filter((r) => r[2] === "even").map((r) => r[1] as number);
    expect(Math.max(...p.series[0]!.ys)).toBe(Math.max(...all));
    expect(Math.min(...p.series[0]!.ys)).toBe(Math.min(...all));
  });

  it("leaves short lines and other marks alone", () => {
    expect(plot(data(rows), { x: "weight", y: "height", bins: 1 }).series[0]!.xs).toHaveLength(4);
    expect(plot(toPlotData(long.data.map((r) => ({ x: r[0], y: r[1] })), "point", "ScatterPlot")!, { x: "x", y: "y", bins: 10 }).series[0]!.xs).toHaveLength(10_000);
  });

  it("draws a line within xLim plus one point beyond each end", () => {
    const p = plot(data(rows), { x: "weight", y: "height", xLim: [124, 132] });
    expect(p.series[0]!.xs).toEqual([120, 125, 131, 140]);
    expect(p.xLim).toEqual([124, 132]);
    const q = plot(long, { x: "x", y: "y", xLim: [1000, 2000], bins: 100 });
    expect(q.series[0]!.xs[0]).toBe(999);
    expect(q.series[0]!.xs.at(-1)).toBe(2001);
    expect(q.series[0]!.xs.length).toBeLessThanOrEqual(203);
  });

  it("takes a date axis' xLim in seconds, as Gradio does", () => {
    const t0 = Date.UTC(2024, 0, 1);
    const v = data([{ t: new Date(t0), y: 1 }, { t: new Date(t0 + 60_000), y: 2 }]);
    expect(plot(v, { x: "t", y: "y", xLim: [t0 / 1000, null] }).xLim).toEqual([t0, null]);
  });

  it("gives a brushed date range in seconds, as xLim takes it", () => {
    expect(selectedRange([1_700_000_000_000, 1_700_000_060_000], "temporal")).toEqual([1_700_000_000, 1_700_000_060]);
    expect(selectedRange([120, 180], "quantitative")).toEqual([120, 180]);
  });

  it("pads axis ranges to round numbers", () => {
    expect(niceRange(3, 97)).toEqual([0, 100]);
    expect(niceRange(5, 5)).toEqual([4.5, 5.5]);
  });
});

describe("a long line's preview (its downsampled first look, sent first)", () => {
  // Three noisy walks, 40k rows in all, in row order a, b, c, a, b, c, …
  const walks = (n: number) => {
    const at = { a: 0, b: 50, c: -50 };
    return Array.from({ length: n }, (_, i) => {
      const series = "abc"[i % 3] as "a" | "b" | "c";
      at[series] += Math.sin(i * 12.9898) * 2;
      return { step: Math.floor(i / 3), value: at[series], series };
    });
  };
  const settings = { x: "step", y: "value", color: "series" };

  it("keeps each series' ends and its lowest and highest point per slice of x", () => {
    const value = walks(40_000);
    const preview = previewLine(value, settings)!;
    expect(preview.total).toBe(40_000);
    expect(preview.data.length).toBeLessThanOrEqual(3 * (2 * PREVIEW_BINS + 2));
    expect(preview.columns).toEqual(["step", "value", "series"]);
    // Drawn at a chart's width, it has the same series, extents and colours as the whole value.
    const whole = preparePlot(data(value), { ...settings, bins: 800 });
    const first = preparePlot(preview, { ...settings, bins: 800 });
    if (whole.kind !== "plot" || first.kind !== "plot") throw new Error("no plot");
    expect(first.plot.series.map((se) => se.key)).toEqual(["a", "b", "c"]);
    expect(first.plot.xExtent).toEqual(whole.plot.xExtent);
    expect(first.plot.yExtent).toEqual(whole.plot.yExtent);
    // Each pixel column's lowest and highest point: within a preview slice of the whole value's.
    for (let k = 0; k < 3; k++) {
      const a = whole.plot.series[k]!;
      const b = first.plot.series[k]!;
      expect(Math.abs(a.xs.length - b.xs.length)).toBeLessThan(a.xs.length * 0.05);
      expect(Math.max(...b.ys)).toBe(Math.max(...a.ys));
      expect(Math.min(...b.ys)).toBe(Math.min(...a.ys));
    }
  });

  it("reads { headers, data } and Dates as the whole value does", () => {
    const value = walks(30_000);
    const table = { headers: ["step", "value", "series"], data: value.map((r) => [new Date(Date.UTC(2024, 0, 1) + r.step * 60_000), r.value, r.series]) };
    const preview = previewLine(table, settings)!;
    expect(preview.datatypes.step).toBe("temporal");
    expect(typeof preview.data[0]![0]).toBe("number");
    expect(preview.data[0]![0]).toBe(Date.UTC(2024, 0, 1));
  });

  it("makes none where the page draws every row, or the value needs converting to read", () => {
    const value = walks(30_000);
    expect(previewLine(value, { ...settings, xBin: 10 })).toBeUndefined();
    expect(previewLine(value, { ...settings, xLim: [0, 100] })).toBeUndefined();
    // A numeric colour shades by every row; text y is an error the whole value names.
    expect(previewLine(value.map((r) => ({ ...r, series: r.step % 7 })), settings)).toBeUndefined();
    expect(previewLine(value.map((r, i) => (i === 9_000 ? { ...r, value: "n/a" } : r)), settings)).toBeUndefined();
    // Text x (a category axis), dates as text, rows as arrays and CSV cross whole.
    expect(previewLine(value.map((r) => ({ ...r, step: `s${r.step}` })), settings)).toBeUndefined();
    expect(previewLine(value.map((r) => [r.step, r.value, r.series]), settings)).toBeUndefined();
    expect(previewLine("step,value\n1,2\n", settings)).toBeUndefined();
  });

  it("crosses ahead of a long line's value only (scatter plots and short lines cross whole)", async () => {
    let line!: gr.LinePlot;
    const demo = gr.Blocks(() => {
      line = gr.LinePlot({ x: "step", y: "value", color: "series" });
      const short = gr.LinePlot({ x: "step", y: "value", color: "series" });
      const scatter = gr.ScatterPlot({ x: "step", y: "value", color: "series" });
      gr.Button("go").click(() => [walks(PREVIEW_FROM_ROWS), walks(PREVIEW_FROM_ROWS - 1), walks(PREVIEW_FROM_ROWS)], null, [line, short, scatter]);
    });
    const h = await harness(demo);
    try {
      const messages = await h.submit(h.config.dependencies[0]!.id, []).done;
      const previews = messages.flatMap((m) => (m.type === "job:preview" ? m.previews : []));
      expect(previews.map((p) => p.id)).toEqual([line.id]);
      expect(messages.findIndex((m) => m.type === "job:preview")).toBeLessThan(messages.findIndex((m) => m.type === "job:done"));
    } finally {
      h.close();
    }
  });
});

describe("the whole value after its preview", () => {
  const walks = (n: number) => Array.from({ length: n }, (_, i) => ({ step: Math.floor(i / 3), value: Math.sin(i), series: "abc"[i % 3] }));
  const app = () => {
    let button!: gr.Button;
    const demo = gr.Blocks(() => {
      const line = gr.LinePlot({ x: "step", y: "value", color: "series" });
      button = gr.Button("go");
      button.click(() => walks(PREVIEW_FROM_ROWS), null, line);
    });
    return { demo, button: () => button };
  };

  it("waits for the page to paint a preview of its own run before converting the whole value", async () => {
    const { demo, button } = app();
    const h = await harness(demo);
    try {
      let answered = 0;
      // The page answers a while after the preview (it paints it first); job:done must come after that.
      const { job, done } = h.submit(h.config.dependencies[0]!.id, [], { target: button().id, type: "click", data: null });
      const preview = await new Promise<JobMessage & { type: "job:preview" }>((resolve) => {
        const watch = setInterval(() => {
          const m = h.messages(job).find((x) => x.type === "job:preview");
          if (m && m.type === "job:preview") (clearInterval(watch), resolve(m));
        }, 1);
      });
      expect(preview.shown).toBeDefined();
      setTimeout(() => ((answered = performance.now()), preview.shown!.postMessage(0)), 60);
      await done;
      expect(answered).toBeGreaterThan(0);
    } finally {
      h.close();
    }
  });

  it("holds an API client's result for no preview (it paints none)", async () => {
    const h = await harness(app().demo);
    try {
      const started = performance.now();
      const messages = await h.submit(h.config.dependencies[0]!.id, []).done;
      const preview = messages.find((m) => m.type === "job:preview");
      expect(preview && preview.type === "job:preview" && preview.shown).toBeFalsy();
      expect(performance.now() - started).toBeLessThan(SHOWN_WAIT_MS + 2000);
    } finally {
      h.close();
    }
  });
});

describe("tooltip, colours and CSV", () => {
  it("shows y, x and the colour, then the columns `tooltip` names", () => {
    const v = data(rows, "point");
    const p = plot(v, { x: "weight", y: "height", color: "group" });
    const s = p.series[0]!;
    expect(tooltipRows(v, p, s, 0, { x: "weight", y: "height", color: "group", tooltip: "axis" })).toEqual([
      { name: "height", value: "60" },
      { name: "weight", value: "120" },
      { name: "group", value: "a" },
    ]);
    expect(tooltipRows(v, p, s, 0, { x: "weight", y: "height", color: "group", tooltip: "all" }).map((r) => r.name)).toEqual(["height", "weight", "group", "age"]);
    expect(tooltipRows(v, p, s, 0, { x: "weight", y: "height", color: null, tooltip: ["age"] }).at(-1)).toEqual({ name: "age", value: "20" });
    expect(tooltipRows(v, p, s, 0, { x: "weight", y: "height", color: null, tooltip: "none" })).toEqual([]);
  });

  it("names an aggregate and shows a bin as its range", () => {
    const v = data(rows, "bar");
    const p = plot(v, { x: "weight", y: "height", xBin: 10 });
    expect(tooltipRows(v, p, p.series[0]!, 0, { x: "weight", y: "height", color: null, tooltip: "axis", yTitle: "Height" })).toEqual([
      { name: "Sum of Height", value: "122" },
      { name: "weight", value: "120 – 130" },
    ]);
  });

  it("shows the other columns of an aggregate of one row", () => {
    const v = data([{ region: "W", units: 3, manager: "Ann" }, { region: "E", units: 1, manager: "Bo" }, { region: "E", units: 2, manager: "Cy" }], "bar");
    const p = plot(v, { x: "region", y: "units" });
    const o = { x: "region", y: "units", color: null, tooltip: "all" } as const;
    expect(tooltipRows(v, p, p.series[0]!, 1, o).at(-1)).toEqual({ name: "manager", value: "Ann" });
    expect(tooltipRows(v, p, p.series[0]!, 0, o).map((r) => r.name)).toEqual(["Sum of units", "region"]);
  });

  it("colours: colorMap first, Vega's tableau10 for categories, the accent for one series, a gradient for numbers", () => {
    const series = [{ key: "a", shade: null }, { key: "b", shade: null }];
    expect(seriesColors(series, { colorMap: { b: "green" }, accent: "#f97316", hasColor: true })).toEqual([CATEGORY_COLORS[0], "green"]);
    expect(seriesColors([{ key: "", shade: null }], { accent: "#f97316", hasColor: false })).toEqual(["#f97316"]);
    expect(seriesColors([{ key: "1", shade: 0.5 }], { accent: "#f97316", hasColor: true, gradient: gradientColor })).toEqual(["#f97316"]);
    expect(gradientColor("#f97316", 0.5)).toBe("#f97316");
    expect(parseColor("rgb(1, 2, 3)")).toEqual([1, 2, 3]);
    expect(parseColor("#abc")).toEqual([170, 187, 204]);
  });

  it("summarises the plot for a screen reader", () => {
    const v = data(rows, "bar");
    expect(plotSummary(plot(v, { x: "group", y: "height", yAggregate: "mean" }), "group", "height", null)).toBe("Bar plot of mean of height against group: 2 bars.");
    expect(plotSummary(plot(data(rows, "point"), { x: "weight", y: "height", color: "group" }), "weight", "height", "group")).toBe("Scatter plot of height against weight, one series per group (a, b): 4 points.");
  });

  it("exports the data as CSV, dates as ISO text", () => {
    const v = data([{ t: new Date("2024-01-01T00:00:00Z"), name: 'say "hi", ok', y: null }]);
    expect(toCsv(v)).toBe('t,name,y\n2024-01-01T00:00:00.000Z,"say ""hi"", ok",\n');
  });
});

describe("numbers on axes and in tooltips", () => {
  it("are written as toLocaleString('en-US') writes them, without Intl", () => {
    const cases: Array<[number, number]> = [
      [0, 2], [1, 0], [-1, 0], [999, 2], [1000, 2], [12345.678, 2], [-12345.678, 2], [1234567.891, 6], [0.12345, 4],
      [0.00001, 4], [0.5, 0], [2.5, 0], [0.999, 2], [9.995, 2], [1234.5, 0], [0.0005, 3], [1e20, 0], [123456789012, 2], [42.1, 6], [1.005, 2],
    ];
    for (const [v, digits] of cases) expect(groupDigits(v, digits), `${v}, ${digits}`).toBe(v.toLocaleString("en-US", { maximumFractionDigits: digits }));
    // Where Intl writes "-0" (a negative that rounds to zero), this writes "0".
    expect(groupDigits(-0.00001, 4)).toBe("0");
    expect(groupDigits(-0, 2)).toBe("0");
    expect(formatTick(1234.5)).toBe("1,234.5");
    expect(formatTick(0.1 + 0.2)).toBe("0.3");
  });
});
