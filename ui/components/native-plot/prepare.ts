// PlotData + a plot's options → what to draw: series (one per `color`
// value), binned and aggregated y values, categories in their sort order,
// stacked bars, and lines downsampled to a min/max per bin. Pure and
// DOM-free: test/node/plots.test.ts runs it. It runs on the page, not in
// the worker, because Gradio's updates change xBin, xLim or sort without
// sending the value again.

import type { PlotData, PlotDataType, PlotMark } from "../../../src/plot-data.ts";

export type Aggregate = "sum" | "mean" | "median" | "min" | "max" | "count";
export type SortOption = "x" | "y" | "-x" | "-y" | readonly string[] | null;

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

export type Prepared = { kind: "empty" } | { kind: "error"; message: string } | { kind: "plot"; plot: PreparedPlot };

const DURATION: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "15m" → 900000 ms; a number stays as it is. Gradio's `x_bin`. */
export function binWidth(xBin: number | string | null | undefined): number | null {
  if (typeof xBin === "number") return xBin > 0 && Number.isFinite(xBin) ? xBin : null;
  if (typeof xBin !== "string") return null;
  const m = /^(\d+(?:\.\d+)?)([smhd])$/.exec(xBin.trim());
  return m ? Number(m[1]) * DURATION[m[2]!]! : null;
}

/** The aggregate of `values` (not empty). */
export function aggregate(values: readonly number[], op: Aggregate): number {
  switch (op) {
    case "count":
      return values.length;
    case "sum":
      return values.reduce((a, b) => a + b, 0);
    case "mean":
      return values.reduce((a, b) => a + b, 0) / values.length;
    case "min":
      return values.reduce((a, b) => Math.min(a, b), Infinity);
    case "max":
      return values.reduce((a, b) => Math.max(a, b), -Infinity);
    case "median": {
      const s = [...values].sort((a, b) => a - b);
      const mid = s.length >> 1;
      return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    }
  }
}

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

/** Category order per Gradio's `sort` (a list puts its values first; the rest follow in ascending order). */
export function sortCategories(categories: readonly string[], sort: SortOption | undefined, totals: ReadonlyMap<string, number>): string[] {
  const asc = [...categories].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (Array.isArray(sort)) {
    const listed = sort.filter((c) => categories.includes(c));
    return [...listed, ...asc.filter((c) => !listed.includes(c))];
  }
  if (sort === "-x") return asc.reverse();
  if (sort === "y" || sort === "-y") {
    const dir = sort === "y" ? 1 : -1;
    return asc.sort((a, b) => dir * ((totals.get(a) ?? 0) - (totals.get(b) ?? 0)));
  }
  return asc;
}

/**
 * Gradio's downsampling of a long line: per bin of x, the points with the
 * smallest and the largest y, in x order. Returns the indices kept.
 */
export function downsampleMinMax(xs: readonly number[], ys: readonly number[], lo: number, hi: number, bins: number): number[] {
  const size = (hi - lo) / bins || 1;
  const kept: number[] = [];
  let bin = NaN;
  let minI = -1;
  let maxI = -1;
  const flush = () => {
    if (minI < 0) return;
    if (minI === maxI) kept.push(minI);
    else kept.push(Math.min(minI, maxI), Math.max(minI, maxI));
  };
  for (let i = 0; i < xs.length; i++) {
    const b = Math.min(bins - 1, Math.floor((xs[i]! - lo) / size));
    if (b !== bin) {
      flush();
      bin = b;
      minI = maxI = i;
    } else {
      if (ys[i]! < ys[minI]!) minI = i;
      if (ys[i]! > ys[maxI]!) maxI = i;
    }
  }
  flush();
  return kept;
}

interface Group {
  xs: number[];
  ys: number[];
  rows: number[];
}

/** Everything a plot draws, from its value and options. */
export function preparePlot(value: PlotData | null | undefined, s: PlotSettings): Prepared {
  if (!value || !value.data.length) return { kind: "empty" };
  const problem = checkColumns(value, s);
  if (problem) return { kind: "error", message: problem };
  const { columns, datatypes, data, mark } = value;
  const xi = columns.indexOf(s.x!);
  const yi = columns.indexOf(s.y!);
  const ci = s.color ? columns.indexOf(s.color) : -1;
  const xType = datatypes[s.x!]!;
  const colorType = ci >= 0 ? datatypes[s.color!]! : null;
  const nominalX = xType === "nominal";
  let step = binWidth(s.xBin);
  if (nominalX) step = null;
  const aggregating = mark === "point" ? step !== null : step !== null || nominalX;
  const op: Aggregate | null = aggregating ? (s.yAggregate ?? "sum") : null;

  // A numeric colour: a gradient from its smallest to its largest value.
  let colorExtent: [number, number] | null = null;
  if (colorType === "quantitative" || colorType === "temporal") {
    let lo = Infinity;
    let hi = -Infinity;
    for (const row of data) {
      const c = row[ci];
      if (typeof c === "number") (lo = Math.min(lo, c)), (hi = Math.max(hi, c));
    }
    if (lo <= hi) colorExtent = [lo, hi];
  }
  const shadeOf = (c: unknown): number | null => {
    if (!colorExtent || typeof c !== "number") return null;
    const span = colorExtent[1] - colorExtent[0];
    return span ? (c - colorExtent[0]) / span : 0.5;
  };
  // Scatter points take one of nine shades (Gradio's --primary-100…900); lines and bars one per value.
  const seriesKey = (c: unknown): string => {
    if (ci < 0) return "";
    if (mark === "point" && colorExtent) {
      const f = shadeOf(c);
      return f === null ? "null" : String(Math.min(8, Math.floor(f * 9)));
    }
    return c === null || c === undefined ? "null" : String(c);
  };

  // Split rows into series, in order of first appearance (Gradio's legend order).
  const groups = new Map<string, Group>();
  const categoryIndex = new Map<string, number>();
  const categoryList: string[] = [];
  let skipped = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r]!;
    const xc = row[xi];
    const yc = row[yi];
    if (xc === null || xc === undefined || typeof yc !== "number" || !Number.isFinite(yc)) {
      skipped++;
      continue;
    }
    let x: number;
    if (nominalX) {
      const name = String(xc);
      let k = categoryIndex.get(name);
      if (k === undefined) categoryIndex.set(name, (k = categoryList.push(name) - 1));
      x = k;
    } else {
      if (typeof xc !== "number" || !Number.isFinite(xc)) {
        skipped++;
        continue;
      }
      x = step !== null ? Math.floor(xc / step) * step : xc;
    }
    const key = seriesKey(row[ci]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { xs: [], ys: [], rows: [] }));
    g.xs.push(x);
    g.ys.push(yc);
    g.rows.push(r);
  }
  if (!groups.size) return { kind: "empty" };

  // Aggregate: one point per (series, x).
  let series: Series[] = [...groups].map(([key, g]) => {
    const shade = colorExtent ? (mark === "point" ? (key === "null" ? null : (Number(key) + 0.5) / 9) : shadeOf(Number(key))) : null;
    if (!op) {
      const order = g.xs.map((_, i) => i).sort((a, b) => g.xs[a]! - g.xs[b]!);
      const xs = order.map((i) => g.xs[i]!);
      const ys = order.map((i) => g.ys[i]!);
      return { key, shade, xs, ys, bases: null, values: ys, rows: order.map((i) => g.rows[i]!) };
    }
    const byX = new Map<number, { ys: number[]; row: number }>();
    g.xs.forEach((x, i) => {
      const bin = byX.get(x);
      if (bin) bin.ys.push(g.ys[i]!);
      else byX.set(x, { ys: [g.ys[i]!], row: g.rows[i]! });
    });
    const xs = [...byX.keys()].sort((a, b) => a - b);
    const ys = xs.map((x) => aggregate(byX.get(x)!.ys, op));
    // An aggregate of one row keeps it, so a tooltip can show that row's other columns.
    const rows = xs.map((x) => (byX.get(x)!.ys.length === 1 ? byX.get(x)!.row : -1));
    return { key, shade, xs, ys, bases: null, values: ys, rows };
  });
  // Lines and bars by a numeric colour: series from the smallest value up.
  if (colorExtent && mark !== "point") series.sort((a, b) => (a.shade ?? 0) - (b.shade ?? 0));

  // Categories: sort them, then renumber every point's x.
  let categories: string[] | null = null;
  if (nominalX) {
    const totals = new Map<string, number>();
    for (const se of series) se.xs.forEach((x, i) => totals.set(categoryList[x]!, (totals.get(categoryList[x]!) ?? 0) + se.values[i]!));
    categories = sortCategories(categoryList, s.sort, totals);
    const place = new Map(categories.map((c, i) => [c, i]));
    series = series.map((se) => {
      const order = se.xs.map((_, i) => i).sort((a, b) => place.get(categoryList[se.xs[a]!]!)! - place.get(categoryList[se.xs[b]!]!)!);
      const ys = order.map((i) => se.ys[i]!);
      return { ...se, xs: order.map((i) => place.get(categoryList[se.xs[i]!]!)!), ys, values: ys, rows: order.map((i) => se.rows[i]!) };
    });
  }

  // x limits in data units; a line keeps one point beyond each limit so it runs to the edge.
  const scale = xType === "temporal" ? 1000 : 1;
  const xLim: [number | null, number | null] | null = s.xLim ? [s.xLim[0] === null ? null : s.xLim[0] * scale, s.xLim[1] === null ? null : s.xLim[1] * scale] : null;
  if (mark === "line" && !op && !nominalX) {
    const lo = xLim?.[0] ?? null;
    const hi = xLim?.[1] ?? null;
    const total = series.reduce((n, se) => n + se.xs.length, 0);
    series = series.map((se) => {
      let first = 0;
      let last = se.xs.length - 1;
      if (lo !== null) while (first < se.xs.length && se.xs[first]! < lo) first++;
      if (hi !== null) while (last >= 0 && se.xs[last]! > hi) last--;
      const from = Math.max(0, first - 1);
      const to = Math.min(se.xs.length - 1, last + 1);
      let keep = range(from, to);
      if (total >= 1000 && last >= first) {
        const inner = downsampleMinMax(se.xs.slice(first, last + 1), se.ys.slice(first, last + 1), lo ?? se.xs[first]!, hi ?? se.xs[last]!, Math.max(1, s.bins ?? 250)).map((i) => i + first);
        keep = [...(from < first ? [from] : []), ...inner, ...(to > last ? [to] : [])];
      }
      if (keep.length === se.xs.length) return se;
      const ys = keep.map((i) => se.ys[i]!);
      return { ...se, xs: keep.map((i) => se.xs[i]!), ys, values: ys, rows: keep.map((i) => se.rows[i]!) };
    });
  }

  // Bars with a colour stack, positive values up and negative ones down.
  const stacked = mark === "bar" && ci >= 0 && series.length > 1;
  if (stacked) {
    const up = new Map<number, number>();
    const down = new Map<number, number>();
    series = series.map((se) => {
      const bases: number[] = [];
      const ys = se.values.map((v, i) => {
        const x = se.xs[i]!;
        const stack = v >= 0 ? up : down;
        const base = stack.get(x) ?? 0;
        stack.set(x, base + v);
        bases.push(base);
        return base + v;
      });
      return { ...se, ys, bases };
    });
  }

  // Unbinned bars are as wide as 80% of the smallest step between two x values.
  let barWidth: number | null = null;
  if (mark === "bar" && !nominalX && step === null) {
    const xs = [...new Set(series.flatMap((se) => se.xs))].sort((a, b) => a - b);
    let gap = Infinity;
    for (let i = 1; i < xs.length; i++) gap = Math.min(gap, xs[i]! - xs[i - 1]!);
    barWidth = Number.isFinite(gap) ? gap * 0.8 : 1;
  }

  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (const se of series) {
    for (let i = 0; i < se.xs.length; i++) {
      const x = se.xs[i]!;
      if (x < xMin) xMin = x;
      if (x > xMax) xMax = x;
      const y = se.ys[i]!;
      if (y < yMin) yMin = y;
      if (y > yMax) yMax = y;
      if (se.bases) {
        if (se.bases[i]! < yMin) yMin = se.bases[i]!;
      }
    }
  }
  if (mark === "bar") {
    yMin = Math.min(0, yMin);
    yMax = Math.max(0, yMax);
  }
  let xExtent: [number, number] = [xMin, xMax];
  if (categories) xExtent = [-0.5, categories.length - 0.5];
  else if (step !== null && mark === "bar") xExtent = [xMin, xMax + step];
  else if (barWidth !== null) xExtent = [xMin - barWidth, xMax + barWidth];

  return {
    kind: "plot",
    plot: {
      mark,
      xType,
      colorType,
      categories,
      binWidth: step,
      barWidth,
      aggregate: op,
      stacked,
      reversed: !nominalX && s.sort === "-x",
      series,
      xExtent,
      yExtent: [yMin, yMax],
      colorExtent,
      skipped,
      xLim,
    },
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** A "nice" axis range around [lo, hi], as Vega's scale nice does: ends on round numbers. */
export function niceRange(lo: number, hi: number, ticks = 5): [number, number] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    return [lo - pad, hi + pad];
  }
  const raw = (hi - lo) / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const stepSize = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
  return [Math.floor(lo / stepSize) * stepSize, Math.ceil(hi / stepSize) * stepSize];
}
