// A long line's first look: the rows that hold each series' ends and its
// lowest and highest point in each of PREVIEW_BINS slices of x, sent ahead
// of the whole value (worker/previews.ts). The page draws a line of 1,000+
// rows as a min and a max per pixel anyway (Gradio's downsampling), so this
// draws as the whole value will, at once; the whole value follows for
// tooltips, zooming (xLim) and export. Loaded only for such lines.

import type { Props } from "../worker/protocol.ts";
import { toPlotData, type PlotData } from "./plot-data.ts";

/** Slices of x: more than a chart has pixels across. */
export const PREVIEW_BINS = 1024;

interface Extent {
  lo: number;
  hi: number;
  first: number;
  last: number;
  /** Per bin: the rows with the lowest and the highest y (-1: none). */
  min: Int32Array;
  max: Int32Array;
}

/** The x, y and colour cells of a table given as row objects or `{ headers, data }`, read without converting it. */
interface Cells {
  xs: unknown[];
  ys: unknown[];
  cs: unknown[] | null;
  /** These rows, in the form the value came in. */
  pick(rows: number[]): unknown;
}

function cellsOf(value: unknown, x: string, y: string, color: string | null): Cells | null {
  // One tight loop per form: this runs on a cold worker over every row, before anything is shown.
  if (Array.isArray(value)) {
    const first = value[0] as unknown;
    if (!first || typeof first !== "object" || Array.isArray(first) || first instanceof Date) return null;
    const rows = value as (Record<string, unknown> | null)[];
    const n = rows.length;
    const xs: unknown[] = [];
    const ys: unknown[] = [];
    const cs: unknown[] | null = color === null ? null : [];
    for (let r = 0; r < n; r++) {
      const row = rows[r];
      if (!row || typeof row !== "object") return null;
      xs.push(row[x]);
      ys.push(row[y]);
      if (cs) cs.push(row[color!]);
    }
    return { xs, ys, cs, pick: (keep) => keep.map((r) => rows[r]) };
  }
  const table = value as { headers?: unknown; data?: unknown } | null;
  if (!table || typeof table !== "object" || !Array.isArray(table.headers) || !Array.isArray(table.data)) return null;
  const data = table.data as unknown[][];
  const [xi, yi, ci] = [x, y, color].map((name) => (name === null ? -1 : (table.headers as unknown[]).indexOf(name))) as [number, number, number];
  if (xi < 0 || yi < 0 || (color !== null && ci < 0)) return null;
  const xs: unknown[] = [];
  const ys: unknown[] = [];
  const cs: unknown[] | null = ci < 0 ? null : [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!Array.isArray(row)) return null;
    xs.push(row[xi]);
    ys.push(row[yi]);
    if (cs) cs.push(row[ci]);
  }
  return { xs, ys, cs, pick: (keep) => ({ headers: table.headers, data: keep.map((r) => data[r]) }) };
}

/**
 * The preview of a line plot's value, or undefined where the page does not
 * downsample (binned lines, text x, a numeric colour, whose gradient needs
 * every row), for a zoomed line, or when reading it would mean converting
 * it (CSV text, rows as arrays, dates as text): the whole value then
 * crosses alone. Reads the rows as given: converting all of them is what
 * the whole value's conversion does, after this has been sent.
 */
export function previewLine(value: unknown, props: Props, where: string): (PlotData & { total: number }) | undefined {
  // A zoomed line (xLim) is drawn from the rows in view, finer than a whole-range preview.
  if ((props.xBin !== null && props.xBin !== undefined) || (props.xLim !== null && props.xLim !== undefined)) return undefined;
  if (typeof props.x !== "string" || typeof props.y !== "string") return undefined;
  const cells = cellsOf(value, props.x, props.y, typeof props.color === "string" ? props.color : null);
  if (!cells) return undefined;
  const count = cells.xs.length;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const seriesOf = new Int32Array(count).fill(-1);
  const keys = new Map<unknown, number>();
  const series: Extent[] = [];
  let dates = 0;
  // Pass 1: every row's point and series, each series' x range and end rows.
  for (let r = 0; r < count; r++) {
    let x = cells.xs[r];
    const y = cells.ys[r];
    const c = cells.cs ? cells.cs[r] : "";
    if (x instanceof Date) (x = x.getTime()), dates++;
    // Cells the whole value would read differently (text x or y, a numeric colour): no preview.
    if ((x !== null && x !== undefined && typeof x !== "number") || (y !== null && y !== undefined && typeof y !== "number")) return undefined;
    if (c !== null && c !== undefined && typeof c !== "string") return undefined;
    if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    let k = keys.get(c ?? null);
    if (k === undefined) {
      keys.set(c ?? null, (k = series.length));
      series.push({ lo: x, hi: x, first: r, last: r, min: new Int32Array(PREVIEW_BINS).fill(-1), max: new Int32Array(PREVIEW_BINS).fill(-1) });
    }
    const e = series[k]!;
    if (x < e.lo) (e.lo = x), (e.first = r);
    if (x >= e.hi) (e.hi = x), (e.last = r);
    xs[r] = x;
    ys[r] = y;
    seriesOf[r] = k;
  }
  // Dates and numbers mixed make x a text column.
  if (dates && dates < count) {
    for (let r = 0; r < count; r++) if (typeof cells.xs[r] === "number") return undefined;
  }
  // Pass 2: each series' lowest and highest y per bin.
  for (let r = 0; r < count; r++) {
    const k = seriesOf[r]!;
    if (k < 0) continue;
    const e = series[k]!;
    const bin = Math.min(PREVIEW_BINS - 1, Math.floor(((xs[r]! - e.lo) / (e.hi - e.lo || 1)) * PREVIEW_BINS));
    const lo = e.min[bin]!;
    if (lo < 0 || ys[r]! < ys[lo]!) e.min[bin] = r;
    const hi = e.max[bin]!;
    if (hi < 0 || ys[r]! > ys[hi]!) e.max[bin] = r;
  }
  const keep = new Set<number>();
  for (const e of series) {
    keep.add(e.first).add(e.last);
    for (let b = 0; b < PREVIEW_BINS; b++) {
      if (e.min[b]! >= 0) keep.add(e.min[b]!);
      if (e.max[b]! >= 0) keep.add(e.max[b]!);
    }
  }
  // Row order kept, so series appear (and take their colours) as in the whole value.
  const rows = [...keep].sort((a, b) => a - b);
  if (rows.length * 2 > count) return undefined;
  let plot: PlotData | null;
  try {
    plot = toPlotData(cells.pick(rows), "line", where);
  } catch {
    return undefined;
  }
  return plot ? { ...plot, total: count } : undefined;
}
