// Text for a plot's tooltip, axes and CSV export. Pure.

import type { PlotData, PlotDataType } from "../../../src/plot-data.ts";
import type { PreparedPlot, Series } from "./prepare.ts";

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

export interface TooltipRow {
  name: string;
  value: string;
}

export interface TooltipOptions {
  x: string;
  y: string;
  color: string | null;
  xTitle?: string | null;
  yTitle?: string | null;
  tooltip: "axis" | "none" | "all" | readonly string[];
}

const AGGREGATE_TITLES: Record<string, string> = { sum: "Sum of", mean: "Mean of", median: "Median of", min: "Min of", max: "Max of", count: "Count of" };

/**
 * Gradio's tooltip: y (aggregated: "Sum of y"), x (a bin as its range), the
 * colour, then the other columns `tooltip` names ("all": every column).
 */
export function tooltipRows(value: PlotData, plot: PreparedPlot, series: Series, i: number, o: TooltipOptions): TooltipRow[] {
  if (o.tooltip === "none") return [];
  const yName = o.yTitle || o.y;
  const rows: TooltipRow[] = [{ name: plot.aggregate ? `${AGGREGATE_TITLES[plot.aggregate]} ${yName}` : yName, value: formatNumber(series.values[i]!) }];
  const x = series.xs[i]!;
  let xText: string;
  if (plot.categories) xText = plot.categories[x] ?? "";
  else if (plot.binWidth !== null) xText = `${formatCell(x, plot.xType)} – ${formatCell(x + plot.binWidth, plot.xType)}`;
  else xText = formatCell(x, plot.xType);
  rows.push({ name: o.xTitle || o.x, value: xText });
  const row = series.rows[i]! >= 0 ? value.data[series.rows[i]!] : undefined;
  if (o.color) {
    const cell = row ? row[value.columns.indexOf(o.color)] : series.key;
    rows.push({ name: o.color, value: formatCell(cell, value.datatypes[o.color]) });
  }
  if (row && o.tooltip !== "axis") {
    value.columns.forEach((name, c) => {
      if (name === o.x || name === o.y || name === o.color) return;
      if (o.tooltip === "all" || (Array.isArray(o.tooltip) && o.tooltip.includes(name))) rows.push({ name, value: formatCell(row[c], value.datatypes[name]) });
    });
  }
  return rows;
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

/** The plot's data as CSV text (RFC 4180), dates as ISO strings. */
export function toCsv(value: PlotData): string {
  const quote = (t: string) => (/[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  const lines = [value.columns.map(quote).join(",")];
  for (const row of value.data) {
    lines.push(
      row
        .map((cell, c) => {
          if (cell === null || cell === undefined) return "";
          if (value.datatypes[value.columns[c]!] === "temporal" && typeof cell === "number") return new Date(cell).toISOString();
          return quote(String(cell));
        })
        .join(","),
    );
  }
  return lines.join("\n") + "\n";
}
