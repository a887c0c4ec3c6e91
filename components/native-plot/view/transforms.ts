// The pure building blocks of every plot's data: bin widths, Gradio's
// min/max downsampling and round axis ranges. (Aggregates and category
// order are grouped.ts.)

const DURATION: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "15m" → 900000 ms; a number stays as it is. Gradio's `x_bin`. */
export function binWidth(xBin: number | string | null | undefined): number | null {
  if (typeof xBin === "number") return xBin > 0 && Number.isFinite(xBin) ? xBin : null;
  if (typeof xBin !== "string") return null;
  const m = /^(\d+(?:\.\d+)?)([smhd])$/.exec(xBin.trim());
  return m ? Number(m[1]) * DURATION[m[2]!]! : null;
}

export interface DownsampleOptions {
  /** The x range split into bins. */
  lo: number;
  hi: number;
  bins: number;
  /** The points read, first to last (default: all). */
  first?: number;
  last?: number;
}

/**
 * Gradio's downsampling of a long line: per bin of x, the points with the
 * smallest and the largest y, in x order. Returns the indices kept.
 */
export function downsampleMinMax(xs: readonly number[], ys: readonly number[], { lo, hi, bins, first = 0, last = xs.length - 1 }: DownsampleOptions): number[] {
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
  for (let i = first; i <= last; i++) {
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

export function range(from: number, to: number): number[] {
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
