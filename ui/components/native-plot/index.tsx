// gr.LinePlot, gr.ScatterPlot and gr.BarPlot's view: a title, the chart
// (uPlot, through chart.ts), a legend per colour, a tooltip on hover and a
// caption, with Gradio's fullscreen and export buttons. A new value or new
// options update the same chart in place; only a change of axis kind
// (time, categories) builds a new one.

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import uplotCss from "uplot/dist/uPlot.min.css?inline";
import type { PlotData } from "../../../src/plot-data.ts";
import { BlockLabel, Frame, useControlId } from "../../frame.tsx";
import { addStyles } from "../../styles.ts";
import type { ViewProps } from "../../view-types.ts";
import { Chart, type ChartConfig, type ChartTheme, type Hit } from "./chart.ts";
import { gradientCss, seriesColors } from "./colors.ts";
import { formatCell, plotSummary, selectedRange, toCsv, tooltipRows, type TooltipRow } from "./format.ts";
import { preparePlot, type Aggregate, type PlotSettings, type PreparedPlot, type SortOption } from "./prepare.ts";
import css from "./style.css?inline";

addStyles("uplot", uplotCss);
addStyles("native-plot", css);

/** Vega-Lite's default view height, which Gradio's plots keep when `height` is not given. */
const DEFAULT_HEIGHT = 300;

type Limits = readonly [number | null, number | null] | null;

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);

function download(href: string, name: string): void {
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
}

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
  // A long line's first look, drawn while the whole value crosses (src/plot-preview.ts).
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
    return preparePlot(value, settings);
  }, [value, key]);
  const plot = prepared.kind === "plot" ? prepared.plot : null;
  const colors = useMemo(
    () => (plot && theme ? seriesColors(plot.series, props.colorMap as Record<string, string> | null, theme.accent, !!color) : []),
    [plot, theme, JSON.stringify(props.colorMap), color],
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
  useLayoutEffect(() => {
    const el = root.current;
    const area = host.current?.parentElement;
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
  }, [plot !== null]);

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
      onHover: (hit) => {
        const { value: v, plot: p, props: pr, x: px, y: py, color: pc } = latest.current;
        if (!hit || !v || !p || !px || !py || pr.tooltip === "none") return setHover(null);
        const rows = tooltipRows(v, p, p.series[hit.series]!, hit.index, {
          x: px,
          y: py,
          color: pc,
          xTitle: str(pr.xTitle),
          yTitle: str(pr.yTitle),
          tooltip: (pr.tooltip as "axis" | "all" | "none" | string[] | undefined) ?? "axis",
        });
        setHover({ hit, rows });
      },
    };
    if (chart.current && chart.current.update(cfg)) {
      chart.current.resize(width, chartHeight);
      return;
    }
    chart.current?.destroy();
    host.current.replaceChildren();
    chart.current = new Chart(host.current, cfg, width, chartHeight);
  }, [plot, colors, theme, width, chartHeight, selectable, props.xTitle, props.yTitle, props.xLabelAngle, props.yLabelAngle, props.xAxisLabelsVisible, JSON.stringify(props.yLim)]);

  useEffect(() => () => chart.current?.destroy(), []);
  useEffect(() => setHover(null), [plot]);

  const title = str(props.title);
  const caption = str(props.caption);
  const label = str(props.label);
  const legendTitle = str(props.colorTitle) ?? color;
  const showButtons = props.showFullscreenButton === true || props.showExportButton === true;

  const exportPng = () => chart.current && download(chart.current.toPng(theme?.background ?? "#fff"), "chart.png");
  const exportCsv = () => {
    if (!value) return;
    const url = URL.createObjectURL(new Blob([toCsv(value)], { type: "text/csv" }));
    download(url, "chart.csv");
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.();
  };

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
        {showButtons && (
          <div class="gr-plot-buttons">
            {props.showExportButton === true && (
              <>
                <button type="button" class="gr-plot-button" aria-label="Export as PNG" title="Export as PNG" onClick={exportPng} disabled={!plot}>
                  <DownloadIcon /> <span>PNG</span>
                </button>
                <button type="button" class="gr-plot-button" aria-label="Export data as CSV" title="Export data as CSV" onClick={exportCsv} disabled={!value || !!preview}>
                  <DownloadIcon /> <span>CSV</span>
                </button>
              </>
            )}
            {props.showFullscreenButton === true && (
              <button type="button" class="gr-plot-button" aria-label={fullscreen ? "Exit fullscreen" : "Fullscreen"} title={fullscreen ? "Exit fullscreen" : "Fullscreen"} onClick={toggleFullscreen}>
                {fullscreen ? <ShrinkIcon /> : <ExpandIcon />}
              </button>
            )}
          </div>
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
              {hover && hover.rows.length > 0 && <Tooltip hit={hover.hit} rows={hover.rows} width={width} color={colors[hover.hit.series]} chart={chart.current} />}
            </div>
            {plot && color && <Legend title={legendTitle} plot={plot} colors={colors} accent={theme?.accent ?? "#f97316"} />}
            {caption && <p class="gr-plot-caption">{caption}</p>}
          </>
        )}
      </div>
    </Frame>
  );
}

function Tooltip({ hit, rows, width, color, chart }: { hit: Hit; rows: TooltipRow[]; width: number; color: string | undefined; chart: Chart | null }) {
  const over = chart?.u.over;
  const offsetLeft = over ? over.offsetLeft : 0;
  const offsetTop = over ? over.offsetTop : 0;
  const left = offsetLeft + hit.left;
  const top = offsetTop + hit.top;
  const flip = left > width * 0.6;
  return (
    <>
      <span class="gr-plot-marker" style={{ left: `${left}px`, top: `${top}px`, borderColor: color }} aria-hidden="true" />
      <div class="gr-plot-tooltip" role="tooltip" style={{ top: `${top + 12}px`, ...(flip ? { right: `${width - left + 12}px` } : { left: `${left + 12}px` }) }}>
        <table>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td>{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Legend({ title, plot, colors, accent }: { title: string | null; plot: PreparedPlot; colors: string[]; accent: string }) {
  if (plot.colorExtent && plot.colorType !== "nominal") {
    const [lo, hi] = plot.colorExtent;
    return (
      <div class="gr-plot-legend" role="group" aria-label={title ?? "Legend"}>
        {title && <span class="gr-plot-legend-title">{title}</span>}
        <span class="gr-plot-legend-value">{formatCell(lo, plot.colorType ?? undefined)}</span>
        <span class="gr-plot-gradient" style={{ background: gradientCss(accent) }} aria-hidden="true" />
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

function DownloadIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      <path d="M12 4v11m0 0-4.5-4.5M12 15l4.5-4.5M5 19h14" />
    </svg>
  );
}

function ExpandIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
    </svg>
  );
}

function ShrinkIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      <path d="M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5" />
    </svg>
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
