// gr.Plot (a Vega-Lite spec): loaded into an app's worker only when its code
// names it (worker/lazy-api.ts). Its view loads vega-embed, the largest
// library here, only for an app that has a Plot.
export { Plot, type PlotValue, type PlotLike, type PlotOwnOptions, type VegaLiteSpec } from "../components/vega-plot/vega-plot.ts";
