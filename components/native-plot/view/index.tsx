// gr.LinePlot, gr.ScatterPlot and gr.BarPlot's view: a title, the chart
// (uPlot, through chart.ts), a legend per colour, a tooltip on hover and a
// caption, with Gradio's fullscreen and export buttons. A new value or new
// options update the same chart in place; only a change of axis kind
// (time, categories) builds a new one.
//
// What a first render of a line does not need loads on first use: the
// tooltip on the first pointer move (hover.tsx), the fullscreen and export
// buttons where an app shows them (buttons.tsx), and what other kinds of
// plot need before they render (kinds.ts).

import type uPlot from "uplot";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { PlotData } from "../plot-data.ts";
import type { ComponentConfig } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, useControlId } from "../../../ui/frame.tsx";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { Chart, type ChartConfig, type ChartTheme } from "./chart.ts";
import { seriesColors } from "./colors.ts";
import { formatCell, plotSummary, selectedRange } from "./format.ts";
import type { Hit, TooltipRow } from "./hover.tsx";
import type { PlotKinds } from "./kinds.ts";
import { needsKinds, preparePlot, type Aggregate, type PlotSettings, type PreparedPlot, type SortOption } from "./prepare.ts";
import css from "./style.css?inline";

addStyles("native-plot", css);

// The lazy parts, once loaded: module-wide, every plot on the page shares them.
let kindsModule: PlotKinds | null = null;
const loadKinds = () => import("./kinds.ts").then((m) => (kindsModule = m));
let hoverModule: typeof import("./hover.tsx") | null = null;
let hoverLoading: Promise<unknown> | null = null;
const loadHover = () => (hoverLoading ??= import("./hover.tsx").then((m) => (hoverModule = m)));
let buttonsModule: typeof import("./buttons.tsx") | null = null;
const loadButtons = () => import("./buttons.tsx").then((m) => (buttonsModule = m));

/** Vega-Lite's default view height, which Gradio's plots keep when `height` is not given. */
const DEFAULT_HEIGHT = 300;

type Limits = readonly [number | null, number | null] | null;

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);

function readTheme(el: HTMLElement): ChartTheme & { accent: string; background: string } {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: v("--gr-text", "#1f2937"),
    muted: v("--gr-text-muted", "#4b5563"),
    border: v("--gr-border", "#e5e7eb"),
    font: style.fontFamily || "sans-serif",
    accent: v("--gr-primary", "#f97316"),
    background: v("--gr-block", "#ffffff"),
  };
}

export function NativePlotView({ block, session }: ViewProps) {
  const props = block.props.value;
  // A long line's first look, drawn while the whole value crosses (components/native-plot/plot-preview.ts).
  const preview = block.status.value?.preview as PlotData | undefined;
  const value = preview ?? (block.value.value as PlotData | null) ?? null;
  const id = block.config.id;
  const x = str(props.x);
  const y = str(props.y);
  const color = str(props.color);
  const root = useRef<HTMLDivElement>(null);
  const summaryId = useControlId();
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [width, setWidth] = useState(0);
  const [fillHeight, setFillHeight] = useState(0);
  const [hover, setHover] = useState<{ hit: Hit; rows: TooltipRow[] } | null>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const [theme, setTheme] = useState<ReturnType<typeof readTheme> | null>(null);
  const [kinds, setKinds] = useState(kindsModule);
  const fixedHeight = typeof props.height === "number" ? props.height : null;
  const fill = fixedHeight !== null || fullscreen;

  const settings: PlotSettings = {
    x,
    y,
    color,
    xBin: (props.xBin as number | string | null | undefined) ?? null,
    yAggregate: (props.yAggregate as Aggregate | null | undefined) ?? null,
    sort: (props.sort as SortOption | undefined) ?? null,
    xLim: (props.xLim as Limits | undefined) ?? null,
    // Lines of 1000+ rows keep a min and a max per pixel of width.
    bins: Math.max(100, Math.round(width || 250)),
  };
  // Recomputed only when the value or an option that shapes the data changes.
  const key = JSON.stringify(settings);
  const startedAt = useRef(0);
  const prepared = useMemo(() => {
    startedAt.current = performance.now();
    return preparePlot(value, { ...settings, kinds });
  }, [value, key, kinds]);
  // A value that needs more than a plain line's code (usually preloaded: NativePlotView.preloadFor).
  useEffect(() => void (prepared.kind === "kinds" && loadKinds().then(setKinds)), [prepared.kind]);
  // While kinds.ts loads, the chart keeps what it showed (an update that turns binning on does not blank it).
  const shown = useRef<PreparedPlot | null>(null);
  if (prepared.kind !== "kinds") shown.current = prepared.kind === "plot" ? prepared.plot : null;
  const plot = shown.current;
  const colors = useMemo(
    () =>
      plot && theme
        ? seriesColors(plot.series, { colorMap: props.colorMap as Record<string, string> | null, accent: theme.accent, hasColor: !!color, gradient: kinds?.gradientColor })
        : [],
    [plot, theme, JSON.stringify(props.colorMap), color, kinds],
  );

  // The latest values for the chart's callbacks, which outlive a render.
  const latest = useRef({ value, plot, props, x, y, color });
  latest.current = { value, plot, props, x, y, color };

  // A theme with the same colours keeps its object, so the chart is not redrawn for nothing.
  const refreshTheme = () => {
    if (!root.current) return;
    const next = readTheme(root.current);
    setTheme((t) => (t && JSON.stringify(t) === JSON.stringify(next) ? t : next));
  };
  useLayoutEffect(refreshTheme, [block.props.value]);
  // The page's colour scheme may change under a running app (the theme's variables follow it).
  useEffect(() => {
    const media = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
    media?.addEventListener("change", refreshTheme);
    return () => media?.removeEventListener("change", refreshTheme);
  }, []);

  // Width from the container; height from `height` (the whole block, as in Gradio) or fullscreen.
  // The width is the plot block's own, known before the first value, so a first
  // large value is prepared once (not once unmeasured, then again measured).
  // The chart's area is measured only when it sets the height (`fill`): measuring
  // it as a first chart appears would lay the page out once more before uPlot does.
  const measuresArea = fill && plot !== null;
  useLayoutEffect(() => {
    const el = root.current;
    const area = measuresArea ? host.current?.parentElement : null;
    if (!el || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      setWidth(Math.floor(el.clientWidth));
      if (area) setFillHeight(Math.floor(area.clientHeight));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (area) observer.observe(area);
    return () => observer.disconnect();
  }, [measuresArea]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement === root.current);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  const chartHeight = fill ? Math.max(120, fillHeight) : DEFAULT_HEIGHT;
  const selectable = session.listens(id, "select");

  useLayoutEffect(() => {
    if (!plot || !theme || !host.current || width <= 0) {
      chart.current?.destroy();
      chart.current = null;
      return;
    }
    const cfg: ChartConfig = {
      plot,
      colors,
      xTitle: str(props.xTitle) ?? x ?? "",
      yTitle: str(props.yTitle) ?? y ?? "",
      xLabelAngle: typeof props.xLabelAngle === "number" ? props.xLabelAngle : 0,
      yLabelAngle: typeof props.yLabelAngle === "number" ? props.yLabelAngle : 0,
      xAxisLabelsVisible: props.xAxisLabelsVisible !== false,
      yLim: (props.yLim as Limits | undefined) ?? null,
      theme: { text: theme.text, muted: theme.muted, border: theme.border, font: theme.font },
      selectable,
      startedAt: startedAt.current,
      onSelect: (range) => {
        const r = selectedRange(range, latest.current.plot?.xType);
        session.dispatch(id, "select", { index: r, value: r, selected: true });
      },
      onCategory: (index) => session.dispatch(id, "select", { index, value: latest.current.plot?.categories?.[index] ?? null, selected: true }),
      onDoubleClick: () => session.dispatch(id, "doubleClick"),
      kinds,
      onCursor: (u) => {
        const hovering = (u.cursor.left ?? -1) >= 0;
        if (!hoverModule) {
          // The first move over the chart: the tooltip's code loads, then shows where the pointer is by then.
          if (hovering && latest.current.props.tooltip !== "none") {
            void loadHover().then(() => chart.current?.u === u && showHover(u));
          }
          return;
        }
        showHover(u);
      },
    };
    if (chart.current && chart.current.update(cfg)) {
      chart.current.resize(width, chartHeight);
      return;
    }
    chart.current?.destroy();
    host.current.replaceChildren();
    chart.current = new Chart(host.current, cfg, width, chartHeight);
  }, [plot, colors, theme, width, chartHeight, selectable, kinds, props.xTitle, props.yTitle, props.xLabelAngle, props.yLabelAngle, props.xAxisLabelsVisible, JSON.stringify(props.yLim)]);

  /** The tooltip for the mark under the pointer (hover.tsx loaded). */
  const showHover = (u: uPlot) => {
    const { value: v, plot: p, props: pr, x: px, y: py, color: pc } = latest.current;
    const hit = p ? hoverModule!.findHit(u, p) : null;
    if (!hit || !v || !p || !px || !py || pr.tooltip === "none") return setHover(null);
    const rows = hoverModule!.tooltipRows(v, p, p.series[hit.series]!, hit.index, {
      x: px,
      y: py,
      color: pc,
      xTitle: str(pr.xTitle),
      yTitle: str(pr.yTitle),
      tooltip: (pr.tooltip as "axis" | "all" | "none" | string[] | undefined) ?? "axis",
    });
    setHover({ hit, rows });
  };

  useEffect(() => () => chart.current?.destroy(), []);
  useEffect(() => setHover(null), [plot]);

  const title = str(props.title);
  const caption = str(props.caption);
  const label = str(props.label);
  const legendTitle = str(props.colorTitle) ?? color;
  const showButtons = props.showFullscreenButton === true || props.showExportButton === true;

  const [buttons, setButtons] = useState(buttonsModule);
  useEffect(() => void (showButtons && !buttons && loadButtons().then(setButtons)), [showButtons]);

  return (
    <Frame block={block} kind={`native-plot gr-${block.config.type}`} ownHeight>
      <div
        ref={root}
        class={`gr-plot${fill ? " gr-plot-fill" : ""}`}
        style={fixedHeight !== null && !fullscreen ? { height: `${fixedHeight}px` } : undefined}
        aria-label={label ?? title ?? "Plot"}
        aria-describedby={plot ? summaryId : undefined}
        aria-busy={preview ? "true" : undefined}
        role="figure"
      >
        {showButtons && buttons && (
          <buttons.PlotButtons
            exportButton={props.showExportButton === true}
            fullscreenButton={props.showFullscreenButton === true}
            fullscreen={fullscreen}
            figure={() => root.current}
            canvas={plot ? () => chart.current?.u.ctx.canvas ?? null : null}
            background={theme?.background ?? "#fff"}
            // The CSV is the whole value's: not while a preview shows.
            value={preview ? null : value}
          />
        )}
        <BlockLabel block={block} as="span" />
        {prepared.kind === "error" ? (
          <div class="gr-plot-message" role="alert">
            <strong>{block.config.type === "barplot" ? "BarPlot" : block.config.type === "scatterplot" ? "ScatterPlot" : "LinePlot"}:</strong> {prepared.message}
          </div>
        ) : prepared.kind === "empty" ? (
          <div class="gr-plot-empty" style={{ height: fill ? undefined : `${DEFAULT_HEIGHT}px` }}>
            <ChartIcon />
            <span>No data</span>
          </div>
        ) : (
          <>
            {title && <div class="gr-plot-title">{title}</div>}
            {plot && x && y && (
              <p id={summaryId} class="gr-visually-hidden">
                {plotSummary(plot, str(props.xTitle) ?? x, str(props.yTitle) ?? y, color)}
              </p>
            )}
            <div class="gr-plot-area">
              <div ref={host} class="gr-plot-canvas" onMouseLeave={() => setHover(null)} />
              {hover && hover.rows.length > 0 && hoverModule && (
                <hoverModule.Tooltip hit={hover.hit} rows={hover.rows} width={width} color={colors[hover.hit.series]} over={chart.current?.u.over ?? null} />
              )}
            </div>
            {plot && color && <Legend title={legendTitle} plot={plot} colors={colors} gradient={kinds && kinds.gradientCss(theme?.accent ?? "#f97316")} />}
            {caption && <p class="gr-plot-caption">{caption}</p>}
          </>
        )}
      </div>
    </Frame>
  );
}

/** One swatch per series; a numeric colour's gradient (`gradient`: its CSS) between its ends. */
function Legend({ title, plot, colors, gradient }: { title: string | null; plot: PreparedPlot; colors: string[]; gradient: string | null }) {
  if (plot.colorExtent && plot.colorType !== "nominal" && gradient) {
    const [lo, hi] = plot.colorExtent;
    return (
      <div class="gr-plot-legend" role="group" aria-label={title ?? "Legend"}>
        {title && <span class="gr-plot-legend-title">{title}</span>}
        <span class="gr-plot-legend-value">{formatCell(lo, plot.colorType ?? undefined)}</span>
        <span class="gr-plot-gradient" style={{ background: gradient }} aria-hidden="true" />
        <span class="gr-plot-legend-value">{formatCell(hi, plot.colorType ?? undefined)}</span>
      </div>
    );
  }
  return (
    <div class="gr-plot-legend" role="group" aria-label={title ?? "Legend"}>
      {title && <span class="gr-plot-legend-title">{title}</span>}
      <ul>
        {plot.series.map((s, i) => (
          <li key={s.key}>
            <span class="gr-plot-swatch" style={{ background: colors[i] }} aria-hidden="true" />
            {s.key}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ChartIcon() {
  return (
    <svg viewBox="0 0 24 24" width="32" height="32" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      <path d="M3 3v18h18" />
      <path d="m7 15 4-4 3 3 6-6" />
    </svg>
  );
}

const MARKS: Record<string, PlotData["mark"]> = { lineplot: "line", scatterplot: "point", barplot: "bar" };

// Loaded with the view, before the app's first render: kinds.ts for scatter
// and bar plots and lines with bins, categories or a numeric colour, and
// buttons.tsx for plots that show buttons.
NativePlotView.preloadFor = (components: ComponentConfig[]) => {
  const plots = components.filter((c) => MARKS[c.type]);
  const kinds = plots.some((c) => {
    const v = c.props.value as PlotData | null | undefined;
    return needsKinds({ mark: MARKS[c.type]!, datatypes: v?.datatypes ?? {} }, { x: str(c.props.x), color: str(c.props.color), xBin: c.props.xBin as PlotSettings["xBin"] });
  });
  const buttons = plots.some((c) => c.props.showExportButton === true || c.props.showFullscreenButton === true);
  return kinds || buttons ? Promise.all([kinds && loadKinds(), buttons && loadButtons()]) : undefined;
};
