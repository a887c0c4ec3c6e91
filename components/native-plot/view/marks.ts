// Points and bars on a chart's canvas (chart.ts draws lines itself). Part
// of kinds.ts, loaded only for scatter and bar plots.

import type { Pos } from "./chart.ts";
import { barSpan, type PreparedPlot, type Series } from "./prepare.ts";

// Vega-Lite's point mark: an unfilled circle, 2 px stroke, 70% opacity.
// Past a few thousand points, stroking one path of circles is what costs:
// Chromium's software rasterizer took 6 s for 100k of them. Dense points
// are small filled squares instead, which look the same at that density.
const DENSE_POINTS = 4000;

export function drawPoints(ctx: CanvasRenderingContext2D, s: Series, X: Pos, Y: Pos, color: string, px: number): void {
  ctx.globalAlpha = 0.7;
  if (s.xs.length > DENSE_POINTS) {
    const d = 3 * px;
    ctx.fillStyle = color;
    for (let i = 0; i < s.xs.length; i++) ctx.fillRect(X(s.xs[i]!) - d / 2, Y(s.ys[i]!) - d / 2, d, d);
    ctx.globalAlpha = 1;
    return;
  }
  const r = 3 * px;
  const path = new Path2D();
  for (let i = 0; i < s.xs.length; i++) {
    const x = X(s.xs[i]!);
    const y = Y(s.ys[i]!);
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, 2 * Math.PI);
  }
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.5 * px;
  ctx.stroke(path);
  ctx.globalAlpha = 1;
}

export function drawBars(ctx: CanvasRenderingContext2D, s: Series, plot: PreparedPlot, X: Pos, Y: Pos, color: string, px: number): void {
  ctx.fillStyle = color;
  const gap = plot.binWidth !== null ? px : 0;
  for (let i = 0; i < s.xs.length; i++) {
    const [a, b] = barSpan(plot, s.xs[i]!);
    const x0 = Math.min(X(a), X(b)) + gap;
    const x1 = Math.max(X(a), X(b)) - gap;
    const y0 = Y(s.bases ? s.bases[i]! : 0);
    const y1 = Y(s.ys[i]!);
    ctx.fillRect(x0, Math.min(y0, y1), Math.max(px, x1 - x0), Math.abs(y1 - y0));
  }
}
