// A plot's fullscreen and export buttons (Gradio's show_fullscreen_button,
// show_export_button), with the downloads they make (export.ts). Loaded only
// for plots that show them: before the first render when the app sets them
// (NativePlotView.preloadFor), else when an update does.

import type { PlotData } from "../plot-data.ts";
import { addStyles } from "../../../ui/styles.ts";
import css from "./buttons.css?inline";
import { exportCsv, exportPng } from "./export.ts";

addStyles("native-plot-buttons", css);

export interface PlotButtonsProps {
  exportButton: boolean;
  fullscreenButton: boolean;
  fullscreen: boolean;
  /** The plot's figure, which goes fullscreen. */
  figure: () => HTMLElement | null;
  /** The chart's canvas; null while there is no chart (no PNG then). */
  canvas: (() => HTMLCanvasElement | null) | null;
  /** The PNG's background: the canvas itself is transparent. */
  background: string;
  /** The value the CSV holds (null: no CSV). */
  value: PlotData | null;
}

export function PlotButtons({ exportButton, fullscreenButton, fullscreen, figure, canvas, background, value }: PlotButtonsProps) {
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void figure()?.requestFullscreen?.();
  };
  const png = () => {
    const c = canvas?.();
    if (c) exportPng(c, background);
  };
  return (
    <div class="gr-plot-buttons">
      {exportButton && (
        <>
          <button type="button" class="gr-plot-button" aria-label="Export as PNG" title="Export as PNG" onClick={png} disabled={!canvas}>
            <DownloadIcon /> <span>PNG</span>
          </button>
          <button type="button" class="gr-plot-button" aria-label="Export data as CSV" title="Export data as CSV" onClick={() => value && exportCsv(value)} disabled={!value}>
            <DownloadIcon /> <span>CSV</span>
          </button>
        </>
      )}
      {fullscreenButton && (
        <button type="button" class="gr-plot-button" aria-label={fullscreen ? "Exit fullscreen" : "Fullscreen"} title={fullscreen ? "Exit fullscreen" : "Fullscreen"} onClick={toggleFullscreen}>
          {fullscreen ? <ShrinkIcon /> : <ExpandIcon />}
        </button>
      )}
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
