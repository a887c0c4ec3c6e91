// A long line's first look: the rows that hold each series' ends and its
// lowest and highest point in each of PREVIEW_BINS slices of x, sent ahead
// of the whole value (worker/previews.ts). The page draws a line of 1,000+
// rows as a min and a max per pixel anyway (Gradio's downsampling), so this
// draws as the whole value will, at once; the whole value follows for
// tooltips, zooming (xLim) and export. Loaded only for such lines.

import type { Props } from "../../worker/protocol.ts";
import type { PlotData, PlotDataType } from "./plot-data.ts";

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

/**
 * Every row's x, y and series, read once into typed arrays. This runs on a
 * cold worker over every row before anything is shown: reading the cells into
 * arrays of their own first cost 2 MB of garbage and 40–80 ms more for 100k
 * rows (mostly collecting it), where typed arrays make none.
 */
interface Points {
  xs: Float64Array;
  ys: Float64Array;
  /** Each row's series (-1: a row the plot skips, an empty or non-finite x or y). */
  seriesOf: Int32Array;
  series: Extent[];
  /** Each series' colour value, by series number. */
  keys: (string | null)[];
  /** Whether x held Dates (a time axis). */
  dates: boolean;
}

/** Reads a table given as row objects or `{ headers, data }`; undefined where the whole value would read a cell differently. */
function readPoints(value: unknown, x: string, y: string, color: string | null): Points | undefined {
  let count = 0;
  let xs = new Float64Array(0);
  let ys = xs;
  let seriesOf = new Int32Array(0);
  const keys = new Map<string | null, number>();
  const series: Extent[] = [];
  let dates = 0;
  let numbers = 0;
  const start = (n: number) => {
    count = n;
    xs = new Float64Array(n);
    ys = new Float64Array(n);
    seriesOf = new Int32Array(n).fill(-1);
  };
  /** Row r's cells; false when the whole value would read them differently (text x or y, a numeric colour). */
  const take = (r: number, cx: unknown, cy: unknown, c: unknown): boolean => {
    // Numbers first: the usual x then skips an instanceof (a prototype walk) per row.
    if (typeof cx === "number") numbers++;
    else if (cx instanceof Date) (cx = cx.getTime()), dates++;
    if ((cx !== null && cx !== undefined && typeof cx !== "number") || (cy !== null && cy !== undefined && typeof cy !== "number")) return false;
    if (c !== null && c !== undefined && typeof c !== "string") return false;
    if (typeof cx !== "number" || typeof cy !== "number" || !Number.isFinite(cx) || !Number.isFinite(cy)) return true;
    let k = keys.get(c ?? null);
    if (k === undefined) {
      keys.set((c ?? null) as string | null, (k = series.length));
      series.push({ lo: cx, hi: cx, first: r, last: r, min: new Int32Array(PREVIEW_BINS).fill(-1), max: new Int32Array(PREVIEW_BINS).fill(-1) });
    }
    const e = series[k]!;
    if (cx < e.lo) (e.lo = cx), (e.first = r);
    if (cx >= e.hi) (e.hi = cx), (e.last = r);
    xs[r] = cx;
    ys[r] = cy;
    seriesOf[r] = k;
    return true;
  };
  // One tight loop per form, reading the cells in place.
  if (Array.isArray(value)) {
    const first = value[0] as unknown;
    if (!first || typeof first !== "object" || Array.isArray(first) || first instanceof Date) return undefined;
    const rows = value as (Record<string, unknown> | null)[];
    start(rows.length);
    for (let r = 0; r < count; r++) {
      const row = rows[r];
      if (!row || typeof row !== "object" || !take(r, row[x], row[y], color === null ? null : row[color])) return undefined;
    }
  } else {
    const table = value as { headers?: unknown; data?: unknown } | null;
    if (!table || typeof table !== "object" || !Array.isArray(table.headers) || !Array.isArray(table.data)) return undefined;
    const data = table.data as unknown[][];
    const [xi, yi, ci] = [x, y, color].map((name) => (name === null ? -1 : (table.headers as unknown[]).indexOf(name))) as [number, number, number];
    if (xi < 0 || yi < 0 || (color !== null && ci < 0)) return undefined;
    start(data.length);
    for (let r = 0; r < count; r++) {
      const row = data[r];
      if (!Array.isArray(row) || !take(r, row[xi], row[yi], ci < 0 ? null : row[ci])) return undefined;
    }
  }
  // Dates and numbers mixed make x a text column.
  if (dates && numbers) return undefined;
  return { xs, ys, seriesOf, series, keys: [...keys.keys()], dates: dates > 0 };
}

/**
 * The preview of a line plot's value, or undefined where the page does not
 * downsample (binned lines, text x, a numeric colour, whose gradient needs
 * every row), for a zoomed line, or when reading it would mean converting
 * it (CSV text, rows as arrays, dates as text): the whole value then
 * crosses alone. Reads the rows as given: converting all of them is what
 * the whole value's conversion does, after this has been sent.
 */
export function previewLine(value: unknown, props: Props): (PlotData & { total: number }) | undefined {
  // A zoomed line (xLim) is drawn from the rows in view, finer than a whole-range preview.
  if ((props.xBin !== null && props.xBin !== undefined) || (props.xLim !== null && props.xLim !== undefined)) return undefined;
  if (typeof props.x !== "string" || typeof props.y !== "string") return undefined;
  const color = typeof props.color === "string" ? props.color : null;
  const points = readPoints(value, props.x, props.y, color);
  if (!points) return undefined;
  const { xs, ys, seriesOf, series } = points;
  const count = xs.length;
  // Each series' lowest and highest y per bin.
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
  const keep = new Uint8Array(count);
  for (const e of series) {
    keep[e.first] = keep[e.last] = 1;
    for (let b = 0; b < PREVIEW_BINS; b++) {
      if (e.min[b]! >= 0) keep[e.min[b]!] = 1;
      if (e.max[b]! >= 0) keep[e.max[b]!] = 1;
    }
  }
  // Row order kept, so series appear (and take their colours) as in the whole value.
  const rows: number[] = [];
  for (let r = 0; r < count; r++) if (keep[r]) rows.push(r);
  if (rows.length * 2 > count) return undefined;
  return { ...pointsData(points, rows, props.x, props.y, color), total: count };
}

/**
 * The kept rows as PlotData of the three columns drawn, straight from the
 * typed arrays: converting them from the rows as given (src/table.ts) cost
 * more than finding them. Column types as the whole value's conversion gives
 * them (./plot-data.ts columnTypes): Dates make x temporal (epoch ms, as
 * here), a colour column of text is nominal and one of only empty cells
 * quantitative, as pandas' column of NaN is.
 */
function pointsData({ xs, ys, seriesOf, keys, dates }: Points, rows: number[], x: string, y: string, color: string | null): PlotData {
  const datatypes: Record<string, PlotDataType> = { [x]: dates ? "temporal" : "quantitative", [y]: "quantitative" };
  if (color === null) return { columns: [x, y], data: rows.map((r) => [xs[r]!, ys[r]!]), datatypes, mark: "line" };
  datatypes[color] = keys.some((k) => k !== null) ? "nominal" : "quantitative";
  return { columns: [x, y, color], data: rows.map((r) => [xs[r]!, ys[r]!, keys[seriesOf[r]!]!]), datatypes, mark: "line" };
}
