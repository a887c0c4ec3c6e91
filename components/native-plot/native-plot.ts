// gr.LinePlot, gr.ScatterPlot and gr.BarPlot: Gradio's native plots. The
// value is a table (any form src/table.ts takes); on the wire it is Gradio's
// PlotData (components/native-plot/plot-data.ts). Binning, aggregation, series and sorting run
// on the page (components/native-plot/view/prepare.ts), because Gradio's
// updates change them without a new value: `gr.BarPlot({ xBin: "1h" })`,
// `gr.LinePlot({ xLim })`.

import { optionNames, type Component, type EventMethods, type Text } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { plotRows, toPlotData, type PlotMark } from "./plot-data.ts";
import type { TableLike, TableRow } from "../../src/table.ts";

/** How y values that share an x (a bin, a category) combine. */
export type PlotAggregate = "sum" | "mean" | "median" | "min" | "max" | "count";

/** A bin width: a number for a numeric x; for a date x, a duration such as "10s", "15m", "1h", "1d". */
export type PlotBin = number | `${number}${"s" | "m" | "h" | "d"}`;

/** Axis limits `[min, max]`; null leaves that end to the data. Seconds since the epoch for a date axis. */
export type PlotLimits = readonly [number | null, number | null];

export interface NativePlotOwnOptions {
  /** The column on the x axis: numbers, dates (a time axis) or text (categories). */
  x?: string | null;
  /** The column on the y axis: numbers. */
  y?: string | null;
  /** A column that splits the data into series, one colour each (a gradient for a numeric column). */
  color?: string | null;
  title?: string | null;
  /** The x axis' title; default: the `x` column's name. */
  xTitle?: string | null;
  /** The y axis' title; default: the `y` column's name. */
  yTitle?: string | null;
  /** The legend's title; default: the `color` column's name. */
  colorTitle?: string | null;
  /** Groups x values into bins of this width; y values in a bin are aggregated. */
  xBin?: PlotBin | null;
  /** How y values of one bin or category combine; default "sum" where values are aggregated. */
  yAggregate?: PlotAggregate | null;
  /** A colour per series: `{ success: "green", fail: "#FF8888" }`. */
  colorMap?: Readonly<Record<string, string>> | null;
  xLim?: PlotLimits | null;
  yLim?: PlotLimits | null;
  /** Degrees, clockwise. */
  xLabelAngle?: number;
  yLabelAngle?: number;
  xAxisLabelsVisible?: boolean;
  caption?: Text | null;
  /** The order of categories on x: "x", "-x", by their y ("y", "-y"), or an explicit list. */
  sort?: "x" | "y" | "-x" | "-y" | readonly string[] | null;
  /** What hovering shows: the axis columns ("axis"), every column ("all"), none, or the axis columns and these. */
  tooltip?: "axis" | "none" | "all" | readonly string[];
  showFullscreenButton?: boolean;
  /** Buttons that download the plot as a PNG and its data as CSV. */
  showExportButton?: boolean;
}

const PLOT_OPTIONS = optionNames<NativePlotOwnOptions>()(
  "x", "y", "color", "title", "xTitle", "yTitle", "colorTitle", "xBin", "yAggregate", "colorMap", "xLim", "yLim",
  "xLabelAngle", "yLabelAngle", "xAxisLabelsVisible", "caption", "sort", "tooltip", "showFullscreenButton", "showExportButton",
);

/** A plot's events: a brushed x range or a clicked category (`select`), and `doubleClick`. */
export type NativePlotEvent = "select" | "doubleClick";

/** What a handler may return to a plot: a table (row objects, rows, `{ headers, data }`, CSV text) or null. */
export type PlotValueLike = TableLike | null;

export interface LinePlot extends Component<TableRow[] | null, PlotValueLike>, EventMethods<NativePlotEvent> {}
export interface ScatterPlot extends Component<TableRow[] | null, PlotValueLike>, EventMethods<NativePlotEvent> {}
export interface BarPlot extends Component<TableRow[] | null, PlotValueLike>, EventMethods<NativePlotEvent> {}

/**
 * Lines this long cross in two steps: their downsampled first look, then the
 * whole value. Shorter ones (a realtime plot's 10k points) cross in a few ms:
 * a preview would only draw them twice.
 */
export const PREVIEW_FROM_ROWS = 20_000;

const rowCount = (v: unknown): number => (Array.isArray(v) ? v.length : Array.isArray((v as { data?: unknown } | null)?.data) ? (v as { data: unknown[] }).data.length : 0);

const loadPreview = () => import("./plot-preview.ts");

const AGGREGATES = new Set(["sum", "mean", "median", "min", "max", "count"]);

function plotSpec(type: string, name: string, mark: PlotMark) {
  return {
    type,
    name,
    events: ["select", "doubleClick"] as const,
    options: PLOT_OPTIONS,
    // `{ headers, data }` is a value, not options.
    objectValue: true,
    defaults: { xLabelAngle: 0, yLabelAngle: 0, xAxisLabelsVisible: true, tooltip: "axis", showFullscreenButton: false, showExportButton: false, minWidth: 160 },
    isInput: false,
    normalizeProps: (p: Record<string, unknown>) => {
      if (p.yAggregate !== undefined && p.yAggregate !== null && !AGGREGATES.has(p.yAggregate as string)) {
        console.warn(`[gradio-lite] gr.${name}: yAggregate ${JSON.stringify(p.yAggregate)} is not one of sum, mean, median, min, max, count; using "sum".`);
        p.yAggregate = "sum";
      }
      if (typeof p.xBin === "string" && !/^\d+(\.\d+)?[smhd]$/.test(p.xBin)) {
        console.warn(`[gradio-lite] gr.${name}: xBin ${JSON.stringify(p.xBin)} is not a duration such as "10s", "15m", "1h" or "1d"; not binning.`);
        p.xBin = null;
      }
    },
    preprocess: (v: unknown) => plotRows(v),
    postprocess: (v: unknown) => toPlotData(v, mark, name),
    // A long line's first look crosses first (./plot-preview.ts, loaded as the first run that
    // writes a line starts, beside its handler: plot apps that only show lines never load it, and it
    // is a quarter of this group's bytes).
    preview:
      mark === "line"
        ? async (v: unknown, props: Record<string, unknown>) => (rowCount(v) >= PREVIEW_FROM_ROWS ? (await loadPreview()).previewLine(v, props) : undefined)
        : undefined,
    loadPreview: mark === "line" ? loadPreview : undefined,
  };
}

export const LinePlot = define<ValueFactory<LinePlot, PlotValueLike, NativePlotOwnOptions>>(plotSpec("lineplot", "LinePlot", "line"));
export const ScatterPlot = define<ValueFactory<ScatterPlot, PlotValueLike, NativePlotOwnOptions>>(plotSpec("scatterplot", "ScatterPlot", "point"));
export const BarPlot = define<ValueFactory<BarPlot, PlotValueLike, NativePlotOwnOptions>>(plotSpec("barplot", "BarPlot", "bar"));
