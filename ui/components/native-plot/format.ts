// Text for a plot's legend, axes and screen-reader summary. Pure. (The
// tooltip's text is tooltip.ts, the CSV export's export.ts: both load on first use.)

import type { PlotDataType } from "../../../src/plot-data.ts";
import type { PreparedPlot } from "./prepare.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** Vega's "%Y-%m-%d %H:%M:%S" in local time, the format Gradio gives a date in a tooltip. */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A number as a tooltip shows it: grouped thousands, at most 4 decimals. */
export function formatNumber(v: number): string {
  return v.toLocaleString("en-US", { maximumFractionDigits: Math.abs(v) < 1 ? 4 : 2 });
}

export function formatCell(cell: unknown, type: PlotDataType | undefined): string {
  if (cell === null || cell === undefined) return "null";
  if (type === "temporal" && typeof cell === "number") return formatDate(cell);
  if (typeof cell === "number") return formatNumber(cell);
  return String(cell);
}

const MARK_NAMES = { line: "Line plot", point: "Scatter plot", bar: "Bar plot" } as const;

/** What a screen reader hears for the canvas: the kind of plot, its axes and how much it shows. */
export function plotSummary(plot: PreparedPlot, x: string, y: string, color: string | null): string {
  const points = plot.series.reduce((n, s) => n + s.xs.length, 0);
  const by = color ? `, one series per ${color} (${plot.series.map((s) => s.key).join(", ")})` : "";
  const what = plot.aggregate ? `${plot.aggregate} of ${y}` : y;
  return `${MARK_NAMES[plot.mark]} of ${what} against ${x}${by}: ${points.toLocaleString("en-US")} ${plot.mark === "bar" ? "bars" : "points"}.`;
}

/** A brushed x range as `select` gives it: on a date axis in seconds (Gradio's, ready for `xLim`). */
export function selectedRange(range: [number, number], xType: PlotDataType | undefined): [number, number] {
  return xType === "temporal" ? [range[0] / 1000, range[1] / 1000] : range;
}
