// Text for a plot's legend, axes and screen-reader summary. Pure. (The
// tooltip's text is tooltip.ts, the CSV export's export.ts: both load on first use.)

import type { PlotDataType } from "../plot-data.ts";
import type { PreparedPlot } from "./prepare.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** Vega's "%Y-%m-%d %H:%M:%S" in local time, the format Gradio gives a date in a tooltip. */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * `v` as toLocaleString("en-US", { maximumFractionDigits }) writes it
 * ("12,345.67"), without Intl: a page's first Intl.NumberFormat wakes ICU,
 * 10–40 ms on a plot's first render (its axis ticks and summary) here. One
 * difference: a negative number that rounds to zero is "0", not "-0".
 */
export function groupDigits(v: number, maxFractionDigits: number): string {
  if (!Number.isFinite(v)) return String(v);
  const [whole = "0", fraction = ""] = fixed(Math.abs(v), maxFractionDigits).split(".");
  const digits = fraction.replace(/0+$/, "");
  const text = whole.replace(/\B(?=(\d{3})+$)/g, ",") + (digits ? `.${digits}` : "");
  return v < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/** `a` (≥ 0) with `d` decimals, rounded half up from its shortest decimal form as Intl rounds (toFixed rounds the binary value: 1.005 → "1.00"). */
function fixed(a: number, d: number): string {
  const shortest = String(a);
  if (shortest.includes("e") || a * 10 ** d >= Number.MAX_SAFE_INTEGER) return a.toFixed(d);
  const n = String(Math.round(Number(`${shortest}e${d}`))).padStart(d + 1, "0");
  return d ? `${n.slice(0, -d)}.${n.slice(-d)}` : n;
}

/** A number as a tooltip shows it: grouped thousands, at most 4 decimals. */
export function formatNumber(v: number): string {
  return groupDigits(v, Math.abs(v) < 1 ? 4 : 2);
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
  return `${MARK_NAMES[plot.mark]} of ${what} against ${x}${by}: ${groupDigits(points, 0)} ${plot.mark === "bar" ? "bars" : "points"}.`;
}

/** A brushed x range as `select` gives it: on a date axis in seconds (Gradio's, ready for `xLim`). */
export function selectedRange(range: [number, number], xType: PlotDataType | undefined): [number, number] {
  return xType === "temporal" ? [range[0] / 1000, range[1] / 1000] : range;
}
