// What plots other than a plain line need: categories on x, bins and
// aggregates, stacked bars (grouped.ts), points and bars on the canvas
// (marks.ts), and a numeric colour's gradient (gradient.ts). One lazy chunk,
// loaded before the first render of an app with a ScatterPlot, a BarPlot or
// a LinePlot with bins, categories or a numeric colour
// (NativePlotView.preloadFor), else when a value first needs it
// (prepare.ts's needsKinds). A plain line, what most plot apps draw, never
// loads it: issue #9's byte budget for a plot app is 30 KB, and uPlot alone
// is 19 of them.

export { aggregateSeries, orderCategories, stackBars, unbinnedBarWidth } from "./grouped.ts";
export { gradientColor, gradientCss } from "./gradient.ts";
export { drawBars, drawPoints } from "./marks.ts";

export type PlotKinds = typeof import("./kinds.ts");
