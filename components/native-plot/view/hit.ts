// What the pointer is on: the nearest scatter point, a line's nearest x,
// the bar or stacked segment under it. Positions in CSS pixels.

import type uPlot from "uplot";
import { barSpan, type PreparedPlot } from "./prepare.ts";

export interface Hit {
  series: number;
  index: number;
  /** CSS pixels, relative to the plotting area. */
  left: number;
  top: number;
}

/** The first index whose x is ≥ v (xs ascending). */
function lowerBound(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mark under the cursor: the nearest point (scatter), the nearest x on a line, the bar (segment) under it. */
export function findHit(u: uPlot, plot: PreparedPlot): Hit | null {
  const { left, top } = u.cursor;
  if (left === undefined || top === undefined || left < 0 || top < 0) return null;
  const X = (v: number) => u.valToPos(v, "x");
  const Y = (v: number) => u.valToPos(v, "y");
  const xv = u.posToVal(left, "x");
  let best: Hit | null = null;
  let bestD = plot.mark === "point" ? 12 * 12 : Infinity;
  plot.series.forEach((s, si) => {
    if (!s.xs.length) return;
    if (plot.mark === "bar") {
      for (let i = lowerBound(s.xs, barSpan(plot, xv)[0] - (plot.binWidth ?? plot.barWidth ?? 1)); i < s.xs.length; i++) {
        const [a, b] = barSpan(plot, s.xs[i]!);
        if (Math.min(X(a), X(b)) > left) break;
        if (left > Math.max(X(a), X(b))) continue;
        const y0 = Y(s.bases ? s.bases[i]! : 0);
        const y1 = Y(s.ys[i]!);
        const inside = top >= Math.min(y0, y1) - 2 && top <= Math.max(y0, y1) + 2;
        const d = inside ? 0 : Math.min(Math.abs(top - y0), Math.abs(top - y1)) + 1;
        if (d < bestD) (bestD = d), (best = { series: si, index: i, left: X(s.xs[i]!), top: y1 });
      }
      return;
    }
    const at = lowerBound(s.xs, xv);
    // A scatter looks at every point within 12 px along x; a line at its nearest x.
    const span = plot.mark === "point" ? Math.abs(u.posToVal(left + 12, "x") - xv) : 0;
    let i = Math.max(0, at - 1);
    while (i > 0 && xv - s.xs[i - 1]! <= span) i--;
    for (; i < s.xs.length; i++) {
      const x = s.xs[i]!;
      if (x - xv > span && i > at) break;
      const dx = X(x) - left;
      const dy = Y(s.ys[i]!) - top;
      const d = plot.mark === "point" ? dx * dx + dy * dy : dx * dx * 1e3 + dy * dy;
      if (d < bestD) (bestD = d), (best = { series: si, index: i, left: X(x), top: Y(s.ys[i]!) });
    }
  });
  return best;
}
