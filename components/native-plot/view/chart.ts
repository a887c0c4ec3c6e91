// Our thin layer over uPlot. uPlot draws the frame: scales, axes, ticks,
// grid, time labels, the cursor and the drag-to-select box. We draw the
// marks (lines, points, stacked bars) from a PreparedPlot in its `draw`
// hook, which keeps one code path for Gradio's three marks and lets an
// update swap the data without rebuilding the chart (no flicker).

import uPlot from "uplot";
import { groupDigits } from "./format.ts";
import type { PlotKinds } from "./kinds.ts";
import type { PreparedPlot, Series } from "./prepare.ts";
import { niceRange } from "./transforms.ts";

export interface ChartTheme {
  text: string;
  muted: string;
  border: string;
  font: string;
}

export interface ChartConfig {
  plot: PreparedPlot;
  colors: string[];
  xTitle: string;
  yTitle: string;
  xLabelAngle: number;
  yLabelAngle: number;
  xAxisLabelsVisible: boolean;
  yLim: readonly [number | null, number | null] | null;
  theme: ChartTheme;
  /** Dragging selects an x range (only when the app listens to `select`, as in Gradio). */
  selectable: boolean;
  onSelect: (range: [number, number]) => void;
  onCategory: (index: number) => void;
  onDoubleClick: () => void;
  /** The pointer moved over the chart (or left it): hover.tsx finds what it is on. */
  onCursor: (u: uPlot) => void;
  /** kinds.ts, which draws points and bars; a plain line needs none. */
  kinds: PlotKinds | null;
  /** When this data started to be prepared (performance.now()): the draw records how long it took. */
  startedAt: number;
}

const LABEL_FONT_PX = 12;

export class Chart {
  readonly u: uPlot;
  private cfg: ChartConfig;
  private readonly shape: string;

  constructor(el: HTMLElement, cfg: ChartConfig, width: number, height: number) {
    this.cfg = cfg;
    this.shape = shapeOf(cfg);
    const options = this.options(width, height);
    // The shown x range, for tests and page scripts (a zoom is visible in the DOM).
    options.hooks!.setScale = [(u, key) => void (key === "x" && (el.dataset.xRange = `${u.scales.x!.min},${u.scales.x!.max}`))];
    this.u = new uPlot(options, frameData(cfg.plot), el);
    this.u.over.addEventListener("click", this.onClick);
  }

  /** Takes new data and options in place; false when the chart must be rebuilt (a time axis came or went). */
  update(cfg: ChartConfig): boolean {
    if (shapeOf(cfg) !== this.shape) return false;
    this.cfg = cfg;
    this.u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    this.u.setData(frameData(cfg.plot), true);
    return true;
  }

  resize(width: number, height: number): void {
    if (width !== this.u.width || height !== this.u.height) this.u.setSize({ width, height });
  }

  destroy(): void {
    this.u.over.removeEventListener("click", this.onClick);
    this.u.destroy();
  }

  private onClick = (e: MouseEvent) => {
    const { plot } = this.cfg;
    if (!plot.categories) return;
    const rect = this.u.over.getBoundingClientRect();
    const i = Math.round(this.u.posToVal(e.clientX - rect.left, "x"));
    if (i >= 0 && i < plot.categories.length) this.cfg.onCategory(i);
  };

  private options(width: number, height: number): uPlot.Options {
    const cfg = () => this.cfg;
    const font = `${LABEL_FONT_PX}px ${this.cfg.theme.font}`;
    const stroke = () => this.cfg.theme.text;
    const grid = { stroke: () => this.cfg.theme.border, width: 1 };
    const ticks = { stroke: () => this.cfg.theme.border, width: 1, size: 5 };
    const time = this.cfg.plot.xType === "temporal";
    return {
      width,
      height,
      ms: 1,
      pxAlign: false,
      legend: { show: false },
      padding: [12, 16, 0, 0],
      cursor: {
        x: false,
        y: false,
        points: { show: false },
        // A text axis selects by click (onClick), not by brushing.
        drag: { x: this.cfg.selectable && !this.cfg.plot.categories, y: false, setScale: false, dist: 4 },
        bind: {
          // Gradio's double_click event instead of uPlot's reset-zoom.
          dblclick: () => (e) => {
            e.preventDefault();
            cfg().onDoubleClick();
            return null;
          },
        },
      },
      select: { show: true, left: 0, top: 0, width: 0, height: 0 },
      scales: {
        x: {
          time,
          dir: this.cfg.plot.reversed ? -1 : 1,
          range: () => xRange(cfg().plot),
        },
        y: { range: () => yRange(cfg()) },
      },
      axes: [
        {
          font,
          labelFont: font,
          stroke,
          grid: { ...grid, filter: (_u, splits) => (cfg().plot.categories ? splits.map(() => null) : splits) },
          ticks,
          label: () => cfg().xTitle,
          labelSize: 20,
          rotate: () => -cfg().xLabelAngle,
          size: (_u, values) => xAxisSize(cfg(), values ?? []),
          splits: cfg().plot.categories ? () => cfg().plot.categories!.map((_, i) => i) : undefined,
          values: (u, splits) => {
            const c = cfg();
            if (!c.xAxisLabelsVisible) return splits.map(() => null);
            if (c.plot.categories) return splits.map((i) => c.plot.categories![i] ?? null);
            return time ? timeValues(u, splits) : splits.map(formatTick);
          },
        },
        {
          font,
          labelFont: font,
          stroke,
          grid,
          ticks,
          label: () => cfg().yTitle,
          labelSize: 20,
          gap: 6,
          size: (_u, values) => Math.max(40, Math.max(0, ...(values ?? []).map((v) => String(v).length)) * 7 + 16),
          // Gradio's y_label_angle: uPlot rotates bottom-axis labels only, so these are drawn in drawAxes.
          values: (_u, splits) => (cfg().yLabelAngle ? splits.map(() => "") : splits.map(formatTick)),
        },
      ],
      series: [{}, { show: true, paths: () => null, points: { show: false } }],
      hooks: {
        drawAxes: [(u) => this.cfg.yLabelAngle && drawRotatedYLabels(u, this.cfg)],
        draw: [
          (u) => {
            drawMarks(u, this.cfg);
            // Milliseconds from a new value (or options) to its marks on the canvas, for benchmarks.
            if (this.cfg.startedAt) (u.root.parentElement!.dataset.renderMs = (performance.now() - this.cfg.startedAt).toFixed(1)), (this.cfg.startedAt = 0);
          },
        ],
        setSelect: [
          (u) => {
            if (u.select.width < 2 || this.cfg.plot.categories) return;
            const a = u.posToVal(u.select.left, "x");
            const b = u.posToVal(u.select.left + u.select.width, "x");
            this.cfg.onSelect([Math.min(a, b), Math.max(a, b)]);
          },
        ],
        setCursor: [(u) => this.cfg.onCursor(u)],
      },
    };
  }
}

function shapeOf(cfg: ChartConfig): string {
  return JSON.stringify([cfg.plot.xType === "temporal", cfg.plot.reversed, !!cfg.plot.categories, cfg.selectable, cfg.theme]);
}

/** uPlot's own data: two points spanning the extents (the marks are ours). */
function frameData(plot: PreparedPlot): uPlot.AlignedData {
  return [
    [plot.xExtent[0], plot.xExtent[1]],
    [plot.yExtent[0], plot.yExtent[1]],
  ];
}

function xRange(plot: PreparedPlot): uPlot.Range.MinMax {
  const [a, b] = plot.xExtent;
  const lim = plot.categories ? null : plot.xLim;
  let lo = a;
  let hi = b;
  if (plot.xType === "quantitative" && !plot.categories && plot.binWidth === null && plot.barWidth === null) [lo, hi] = niceRange(a, b);
  if (lo === hi) (lo -= plot.xType === "temporal" ? 60_000 : 1), (hi += plot.xType === "temporal" ? 60_000 : 1);
  return [lim?.[0] ?? lo, lim?.[1] ?? hi];
}

function yRange(cfg: ChartConfig): uPlot.Range.MinMax {
  const [lo, hi] = niceRange(cfg.plot.yExtent[0], cfg.plot.yExtent[1]);
  const y0 = cfg.plot.mark === "bar" && cfg.plot.yExtent[0] >= 0 ? 0 : lo;
  return [cfg.yLim?.[0] ?? y0, cfg.yLim?.[1] ?? hi];
}

export function formatTick(v: number | null): string {
  if (v === null) return "";
  const abs = Math.abs(v);
  if (abs >= 1e6 || (abs > 0 && abs < 1e-4)) return v.toExponential(1);
  return groupDigits(Number(v.toPrecision(10)), 6);
}

const fmtDay = uPlot.fmtDate("{YYYY}-{MM}-{DD}");
const fmtTime = uPlot.fmtDate("{HH}:{mm}");
const fmtSec = uPlot.fmtDate("{HH}:{mm}:{ss}");

/** Time ticks: the date where the day changes, else the time of day. */
function timeValues(_u: uPlot, splits: number[]): string[] {
  const span = splits.length > 1 ? splits[1]! - splits[0]! : 0;
  let lastDay = "";
  return splits.map((v) => {
    const d = new Date(v);
    const day = fmtDay(d);
    if (span >= 86_400_000) return day;
    const t = span < 60_000 ? fmtSec(d) : fmtTime(d);
    const text = day !== lastDay ? `${t}\n${day}` : t;
    lastDay = day;
    return text;
  });
}

function xAxisSize(cfg: ChartConfig, values: readonly unknown[]): number {
  if (!cfg.xAxisLabelsVisible) return 12;
  const longest = Math.max(1, ...values.map((v) => Math.max(...String(v ?? "").split("\n").map((l) => l.length))));
  const lines = Math.max(1, ...values.map((v) => String(v ?? "").split("\n").length));
  const angle = (Math.abs(cfg.xLabelAngle) * Math.PI) / 180;
  return Math.ceil(14 + lines * LABEL_FONT_PX * 1.4 * Math.cos(angle) + longest * LABEL_FONT_PX * 0.6 * Math.sin(angle));
}

function drawRotatedYLabels(u: uPlot, cfg: ChartConfig): void {
  const ctx = u.ctx;
  const axis = u.axes[1] as uPlot.Axis & { _splits?: number[] };
  const splits = axis._splits ?? [];
  ctx.save();
  ctx.font = `${LABEL_FONT_PX * uPlot.pxRatio}px ${cfg.theme.font}`;
  ctx.fillStyle = cfg.theme.text;
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  const x = u.bbox.left - 8 * uPlot.pxRatio;
  for (const v of splits) {
    ctx.save();
    ctx.translate(x, u.valToPos(v, "y", true));
    ctx.rotate((cfg.yLabelAngle * Math.PI) / 180);
    ctx.fillText(formatTick(v), 0, 0);
    ctx.restore();
  }
  ctx.restore();
}

/** Lines, points or bars, clipped to the plotting area. */
function drawMarks(u: uPlot, cfg: ChartConfig): void {
  const { plot, colors, kinds } = cfg;
  const ctx = u.ctx;
  const px = uPlot.pxRatio;
  const { left, top, width, height } = u.bbox;
  // Points on the axis' end stay whole (a point's radius past the edge).
  const pad = plot.mark === "point" ? 5 * px : 0;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left - pad, top - pad, width + 2 * pad, height + 2 * pad);
  ctx.clip();
  const X = (v: number) => u.valToPos(v, "x", true);
  const Y = (v: number) => u.valToPos(v, "y", true);
  plot.series.forEach((s, si) => {
    const color = colors[si] ?? "#888";
    if (plot.mark === "line") drawLine(ctx, s, X, Y, color, px);
    else if (plot.mark === "point") kinds!.drawPoints(ctx, s, X, Y, color, px);
    else kinds!.drawBars(ctx, s, plot, X, Y, color, px);
  });
  ctx.restore();
}

export type Pos = (v: number) => number;

function drawLine(ctx: CanvasRenderingContext2D, s: Series, X: Pos, Y: Pos, color: string, px: number): void {
  if (!s.xs.length) return;
  ctx.beginPath();
  ctx.moveTo(X(s.xs[0]!), Y(s.ys[0]!));
  for (let i = 1; i < s.xs.length; i++) ctx.lineTo(X(s.xs[i]!), Y(s.ys[i]!));
  ctx.strokeStyle = color;
  ctx.lineWidth = 2 * px;
  // Bevel, not round: a downsampled line zigzags between a min and a max every pixel, and rounding
  // those thousands of joins was a third of rasterizing a 100k-point line (canvas FinalizeFrame,
  // ~26 → ~16 ms of main thread here). At 2 px the joins look alike; Vega's default, miter, cut
  // this sharp falls back to a bevel too.
  ctx.lineJoin = "bevel";
  ctx.stroke();
}
