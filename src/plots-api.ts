// gr.LinePlot, gr.ScatterPlot and gr.BarPlot: loaded into an app's worker
// only when its code names them (worker/lazy-api.ts).
export {
  BarPlot,
  LinePlot,
  ScatterPlot,
  type NativePlotEvent,
  type NativePlotOwnOptions,
  type PlotAggregate,
  type PlotBin,
  type PlotLimits,
  type PlotValueLike,
} from "../components/native-plot/native-plot.ts";
export { MAX_PLOT_ROWS, type PlotData, type PlotDataType, type PlotMark } from "../components/native-plot/plot-data.ts";
