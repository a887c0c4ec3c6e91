// The rows of Gradio's tooltip for the mark under the pointer. Pure; loaded
// with hover.tsx on the first pointer move over a plot.

import type { PlotData } from "../plot-data.ts";
import { formatCell, formatNumber } from "./format.ts";
import type { PreparedPlot, Series } from "./prepare.ts";

export interface TooltipRow {
  name: string;
  value: string;
}

export interface TooltipOptions {
  x: string;
  y: string;
  color: string | null;
  xTitle?: string | null;
  yTitle?: string | null;
  tooltip: "axis" | "none" | "all" | readonly string[];
}

const AGGREGATE_TITLES: Record<string, string> = { sum: "Sum of", mean: "Mean of", median: "Median of", min: "Min of", max: "Max of", count: "Count of" };

/**
 * Gradio's tooltip: y (aggregated: "Sum of y"), x (a bin as its range), the
 * colour, then the other columns `tooltip` names ("all": every column).
 */
export function tooltipRows(value: PlotData, plot: PreparedPlot, series: Series, i: number, o: TooltipOptions): TooltipRow[] {
  if (o.tooltip === "none") return [];
  const yName = o.yTitle || o.y;
  const rows: TooltipRow[] = [{ name: plot.aggregate ? `${AGGREGATE_TITLES[plot.aggregate]} ${yName}` : yName, value: formatNumber(series.values[i]!) }];
  const x = series.xs[i]!;
  let xText: string;
  if (plot.categories) xText = plot.categories[x] ?? "";
  else if (plot.binWidth !== null) xText = `${formatCell(x, plot.xType)} – ${formatCell(x + plot.binWidth, plot.xType)}`;
  else xText = formatCell(x, plot.xType);
  rows.push({ name: o.xTitle || o.x, value: xText });
  const row = series.rows[i]! >= 0 ? value.data[series.rows[i]!] : undefined;
  if (o.color) {
    const cell = row ? row[value.columns.indexOf(o.color)] : series.key;
    rows.push({ name: o.color, value: formatCell(cell, value.datatypes[o.color]) });
  }
  if (row && o.tooltip !== "axis") {
    value.columns.forEach((name, c) => {
      if (name === o.x || name === o.y || name === o.color) return;
      if (o.tooltip === "all" || (Array.isArray(o.tooltip) && o.tooltip.includes(name))) rows.push({ name, value: formatCell(row[c], value.datatypes[name]) });
    });
  }
  return rows;
}
