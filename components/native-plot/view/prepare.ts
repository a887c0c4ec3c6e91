// PlotData + a plot's options → what to draw: series (one per `color`
// value), binned and aggregated y values, categories in their sort order,
// stacked bars, and lines downsampled to a min/max per bin. Pure and
// DOM-free: test/node/plots.test.ts runs it. It runs on the page, not in
// the worker, because Gradio's updates change xBin, xLim or sort without
// sending the value again.
//
// A plain line (numbers or dates on x, no bins, a text colour or none) is
// all here. Categories, bins and aggregates, stacked bars and a numeric
// colour's gradient are kinds.ts, which loads only for plots that need it
// (issue #9's byte budget: most plot apps draw lines).

import type { PlotData, PlotDataType, PlotMark } from "../plot-data.ts";
import type { Aggregate, SortOption } from "./grouped.ts";
import type { PlotKinds } from "./kinds.ts";
import { binWidth, downsampleMinMax, range } from "./transforms.ts";

export { binWidth, downsampleMinMax, niceRange } from "./transforms.ts";
export type { Aggregate, SortOption } from "./grouped.ts";

export interface PlotSettings {
  x: string | null;
  y: string | null;
  color?: string | null;
  xBin?: number | string | null;
  yAggregate?: Aggregate | null;
  sort?: SortOption;
  /** As the app gives it: seconds for a date axis. */
  xLim?: readonly [number | null, number | null] | null;
  /** Bins for downsampling a long line: about one per pixel of width. */
  bins?: number;
  /** kinds.ts, once loaded: what plots other than a plain line need (see needsKinds). */
  kinds?: PlotKinds | null;
}

export interface Series {
  /** The `color` value it stands for, as text ("" for the one series of a plot without `color`). */
  key: string;
  /** 0…1 along the gradient, for a numeric `color`; null for categories. */
  shade: number | null;
  xs: number[];
  /** Stacked bars: the top of each bar; else the value. */
  ys: number[];
  /** Stacked bars: the bottom of each bar. */
  bases: number[] | null;
  /** The value before stacking (what a tooltip shows). */
  values: number[];
  /** The row each point comes from; -1 for an aggregate. */
  rows: number[];
}

export interface PreparedPlot {
  mark: PlotMark;
  xType: PlotDataType;
  colorType: PlotDataType | null;
  /** Nominal x: the categories in their order (x values are their indices). */
  categories: string[] | null;
  /** Binned x: the bin width (ms on a date axis); points sit at the bin start. */
  binWidth: number | null;
  /** Unbinned bars: a bar's width in x units. */
  barWidth: number | null;
  aggregate: Aggregate | null;
  stacked: boolean;
  /** "-x" on a numeric or date axis: the axis runs right to left. */
  reversed: boolean;
  series: Series[];
  xExtent: [number, number];
  yExtent: [number, number];
  /** A numeric `color`: its smallest and largest value (the gradient's ends). */
  colorExtent: [number, number] | null;
  /** Rows left out for an empty or non-numeric x or y. */
  skipped: number;
  /** The x limits in data units (ms on a date axis). */
  xLim: [number | null, number | null] | null;
}

/** "kinds": the plot needs kinds.ts (settings.kinds), which is not loaded yet. */
export type Prepared = { kind: "empty" } | { kind: "error"; message: string } | { kind: "kinds" } | { kind: "plot"; plot: PreparedPlot };

function columnError(role: string, name: string, columns: readonly string[]): string {
  return `${role} column "${name}" is not in the data; its columns are: ${columns.join(", ") || "(none)"}`;
}

/** Checks the columns a plot names; a message for the first that is wrong. */
export function checkColumns(value: PlotData, s: Pick<PlotSettings, "x" | "y" | "color">): string | null {
  const { columns, datatypes } = value;
  if (!s.x || !s.y) return `a plot needs x and y: the names of the columns to draw (its columns are: ${columns.join(", ")})`;
  for (const [role, name] of [["x", s.x], ["y", s.y], ["color", s.color]] as const) {
    if (name && !columns.includes(name)) return columnError(role, name, columns);
  }
  if (datatypes[s.y] !== "quantitative") {
    const c = columns.indexOf(s.y);
    const at = value.data.findIndex((row) => row[c] !== null && typeof row[c] !== "number");
    const cell = at >= 0 ? value.data[at]![c] : null;
    const shown = datatypes[s.y] === "temporal" && typeof cell === "number" ? new Date(cell).toISOString() : JSON.stringify(cell);
    return `y column "${s.y}" must hold numbers, but row ${at + 1} holds ${shown}`;
  }
  return null;
}

/**
 * Whether drawing this value needs kinds.ts: anything but a plain line, as
 * Gradio's rules decide from the mark, the columns' types and xBin. Cheap:
 * it reads the types, not the rows.
 */
export function needsKinds(value: Pick<PlotData, "datatypes" | "mark">, s: Pick<PlotSettings, "x" | "color" | "xBin">): boolean {
  const xType = s.x ? value.datatypes[s.x] : undefined;
  const colorType = s.color ? value.datatypes[s.color] : undefined;
  return value.mark !== "line" || xType === "nominal" || binWidth(s.xBin) !== null || colorType === "quantitative" || colorType === "temporal";
}

/** What every step needs to know about the columns and options. */
export interface Plan {
  mark: PlotMark;
  xi: number;
  yi: number;
  /** The colour column's index; -1 without `color`. */
  ci: number;
  xType: PlotDataType;
  nominalX: boolean;
  /** The bin width, or null. */
  step: number | null;
  /** The aggregate, when values are aggregated. */
  op: Aggregate | null;
  /** A numeric colour's smallest and largest value. */
  colorExtent: [number, number] | null;
}

export interface Group {
  xs: number[];
  ys: number[];
  rows: number[];
}

const EMPTY: Prepared = { kind: "empty" };

/** Everything a plot draws, from its value and options. */
export function preparePlot(value: PlotData | null | undefined, s: PlotSettings): Prepared {
  if (!value || !value.data.length) return EMPTY;
  const problem = checkColumns(value, s);
  if (problem) return { kind: "error", message: problem };
  const kinds = s.kinds ?? null;
  if (!kinds && needsKinds(value, s)) return { kind: "kinds" };
  const plan = planOf(value, s);
  const { groups, categories: found, skipped } = splitRows(value, plan);
  if (!groups.size) return EMPTY;
  let series = plan.op ? kinds!.aggregateSeries(groups, plan) : lineSeries(groups, plan);
  // Lines and bars by a numeric colour: series from the smallest value up.
  if (plan.colorExtent && plan.mark !== "point") series.sort((a, b) => (a.shade ?? 0) - (b.shade ?? 0));
  let categories: string[] | null = null;
  if (plan.nominalX) ({ series, categories } = kinds!.orderCategories(series, found, s.sort));
  const scale = plan.xType === "temporal" ? 1000 : 1;
  const xLim: [number | null, number | null] | null = s.xLim ? [s.xLim[0] === null ? null : s.xLim[0] * scale, s.xLim[1] === null ? null : s.xLim[1] * scale] : null;
  if (plan.mark === "line" && !plan.op && !plan.nominalX) series = limitLine(series, xLim, s.bins ?? 250);
  const stacked = plan.mark === "bar" && plan.ci >= 0 && series.length > 1;
  if (stacked) series = kinds!.stackBars(series);
  const barWidth = plan.mark === "bar" && !plan.nominalX && plan.step === null ? kinds!.unbinnedBarWidth(series) : null;
  const { xExtent, yExtent } = extents(series, plan, categories, barWidth);
  return {
    kind: "plot",
    plot: {
      mark: plan.mark,
      xType: plan.xType,
      colorType: plan.ci >= 0 ? value.datatypes[s.color!]! : null,
      categories,
      binWidth: plan.step,
      barWidth,
      aggregate: plan.op,
      stacked,
      reversed: !plan.nominalX && s.sort === "-x",
      series,
      xExtent,
      yExtent,
      colorExtent: plan.colorExtent,
      skipped,
      xLim,
    },
  };
}

/** Gradio's rules: a text x is never binned; lines and bars aggregate when binned or over categories, scatter plots only when binned. */
function planOf(value: PlotData, s: PlotSettings): Plan {
  const { columns, datatypes, data, mark } = value;
  const ci = s.color ? columns.indexOf(s.color) : -1;
  const xType = datatypes[s.x!]!;
  const nominalX = xType === "nominal";
  const step = nominalX ? null : binWidth(s.xBin);
  const aggregating = mark === "point" ? step !== null : step !== null || nominalX;
  let colorExtent: [number, number] | null = null;
  const colorType = ci >= 0 ? datatypes[s.color!] : null;
  if (colorType === "quantitative" || colorType === "temporal") {
    let lo = Infinity;
    let hi = -Infinity;
    for (const row of data) {
      const c = row[ci];
      if (typeof c === "number") (lo = Math.min(lo, c)), (hi = Math.max(hi, c));
    }
    if (lo <= hi) colorExtent = [lo, hi];
  }
  return { mark, xi: columns.indexOf(s.x!), yi: columns.indexOf(s.y!), ci, xType, nominalX, step, op: aggregating ? (s.yAggregate ?? "sum") : null, colorExtent };
}

/** 0…1 along a numeric colour's gradient. */
export function shadeOf(plan: Plan, c: unknown): number | null {
  if (!plan.colorExtent || typeof c !== "number") return null;
  const [lo, hi] = plan.colorExtent;
  return hi > lo ? (c - lo) / (hi - lo) : 0.5;
}

/** A row's series: its colour value; scatter points by a numeric colour take one of nine shades (Gradio's --primary-100…900). */
function seriesKey(plan: Plan, c: unknown): string {
  if (plan.ci < 0) return "";
  if (plan.mark === "point" && plan.colorExtent) {
    const f = shadeOf(plan, c);
    return f === null ? "null" : String(Math.min(8, Math.floor(f * 9)));
  }
  return c === null || c === undefined ? "null" : String(c);
}

/** Rows → a group per series, in order of first appearance (Gradio's legend order); x binned, categories numbered. */
function splitRows(value: PlotData, plan: Plan): { groups: Map<string, Group>; categories: string[]; skipped: number } {
  const groups = new Map<string, Group>();
  const categoryIndex = new Map<string, number>();
  const categories: string[] = [];
  let skipped = 0;
  const { data } = value;
  for (let r = 0; r < data.length; r++) {
    const row = data[r]!;
    const xc = row[plan.xi];
    const yc = row[plan.yi];
    if (xc === null || xc === undefined || typeof yc !== "number" || !Number.isFinite(yc) || (!plan.nominalX && (typeof xc !== "number" || !Number.isFinite(xc)))) {
      skipped++;
      continue;
    }
    let x: number;
    if (plan.nominalX) {
      const name = String(xc);
      let k = categoryIndex.get(name);
      if (k === undefined) categoryIndex.set(name, (k = categories.push(name) - 1));
      x = k;
    } else x = plan.step !== null ? Math.floor((xc as number) / plan.step) * plan.step : (xc as number);
    const key = seriesKey(plan, row[plan.ci]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { xs: [], ys: [], rows: [] }));
    g.xs.push(x);
    g.ys.push(yc);
    g.rows.push(r);
  }
  return { groups, categories, skipped };
}

/** A series' shade along a numeric colour's gradient (null without one). */
export function seriesShade(plan: Plan, key: string): number | null {
  if (!plan.colorExtent) return null;
  if (plan.mark === "point") return key === "null" ? null : (Number(key) + 0.5) / 9;
  return shadeOf(plan, Number(key));
}

/** Groups → series sorted by x, one point per row (kinds.ts's aggregateSeries makes one per x). */
function lineSeries(groups: Map<string, Group>, plan: Plan): Series[] {
  return [...groups].map(([key, g]): Series => {
    const shade = seriesShade(plan, key);
    // Time series usually come in x order: then there is nothing to sort (a third of a 100k-row line's time).
    if (ascending(g.xs)) return { key, shade, xs: g.xs, ys: g.ys, bases: null, values: g.ys, rows: g.rows };
    const order = g.xs.map((_, i) => i).sort((a, b) => g.xs[a]! - g.xs[b]!);
    const ys = order.map((i) => g.ys[i]!);
    return { key, shade, xs: order.map((i) => g.xs[i]!), ys, bases: null, values: ys, rows: order.map((i) => g.rows[i]!) };
  });
}

function ascending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return false;
  return true;
}

/**
 * A line within xLim plus one point beyond each end (so it runs to the
 * edge), downsampled to a min and a max per bin from 1,000 rows on (Gradio's rule).
 */
function limitLine(series: Series[], xLim: [number | null, number | null] | null, bins: number): Series[] {
  const lo = xLim?.[0] ?? null;
  const hi = xLim?.[1] ?? null;
  const total = series.reduce((n, se) => n + se.xs.length, 0);
  return series.map((se) => {
    const n = se.xs.length;
    let first = 0;
    let last = n - 1;
    if (lo !== null) while (first < n && se.xs[first]! < lo) first++;
    if (hi !== null) while (last >= 0 && se.xs[last]! > hi) last--;
    const from = Math.max(0, first - 1);
    const to = Math.min(n - 1, last + 1);
    // Indices read in place: a line's first look is prepared by cold code, where copying the points
    // in view, shifting the indices kept and spreading them were half its preparing (bench/data.mjs, 3).
    let keep: number[];
    if (total >= 1000 && last >= first) {
      keep = downsampleMinMax(se.xs, se.ys, { lo: lo ?? se.xs[first]!, hi: hi ?? se.xs[last]!, bins: Math.max(1, bins), first, last });
      if (from < first) keep.unshift(from);
      if (to > last) keep.push(to);
    } else keep = range(from, to);
    if (keep.length === n) return se;
    const ys = keep.map((i) => se.ys[i]!);
    return { ...se, xs: keep.map((i) => se.xs[i]!), ys, values: ys, rows: keep.map((i) => se.rows[i]!) };
  });
}

function extents(series: Series[], plan: Plan, categories: string[] | null, barWidth: number | null): { xExtent: [number, number]; yExtent: [number, number] } {
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (const se of series) {
    for (let i = 0; i < se.xs.length; i++) {
      const x = se.xs[i]!;
      const y = se.ys[i]!;
      if (x < xMin) xMin = x;
      if (x > xMax) xMax = x;
      if (y < yMin) yMin = y;
      if (y > yMax) yMax = y;
      if (se.bases && se.bases[i]! < yMin) yMin = se.bases[i]!;
    }
  }
  // Bars grow from zero.
  if (plan.mark === "bar") (yMin = Math.min(0, yMin)), (yMax = Math.max(0, yMax));
  let xExtent: [number, number] = [xMin, xMax];
  if (categories) xExtent = [-0.5, categories.length - 0.5];
  else if (plan.step !== null && plan.mark === "bar") xExtent = [xMin, xMax + plan.step];
  else if (barWidth !== null) xExtent = [xMin - barWidth, xMax + barWidth];
  return { xExtent, yExtent: [yMin, yMax] };
}

/** A bar's left and right edges in x units. */
export function barSpan(plot: PreparedPlot, x: number): [number, number] {
  if (plot.categories) return [x - 0.4, x + 0.4];
  if (plot.binWidth !== null) return [x, x + plot.binWidth];
  const w = plot.barWidth ?? 1;
  return [x - w / 2, x + w / 2];
}
