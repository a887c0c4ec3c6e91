// gr.Plot: a chart given as a Vega-Lite spec, what Gradio shows for an Altair
// chart (Altair writes Vega-Lite). On the wire it is Gradio's PlotData,
// `{ type: "altair", plot }` with the spec as JSON text: plain data, so a
// spec can never carry a function to the page.

import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { describe } from "../../src/values.ts";

type SpecKey = "mark" | "layer" | "concat" | "hconcat" | "vconcat" | "facet" | "repeat" | "spec";

/** A Vega-Lite spec: JSON data with a mark, layers or a composition (https://vega.github.io/vega-lite/docs/spec.html). */
export type VegaLiteSpec = { [K in SpecKey]: { readonly [P in K]: unknown } & { readonly [key: string]: unknown } }[SpecKey];

/** Gradio's (gr.Plot) PlotData: what a handler receives from a Plot (rarely used). */
export interface PlotValue {
  type: "altair";
  /** The spec as JSON text. */
  plot: string;
}

/** What a handler may return to a Plot: a spec, its JSON text, a chart object with `toSpec()`/`toJSON()`, or PlotValue. */
export type PlotLike = VegaLiteSpec | string | PlotValue | { toSpec(): object } | null;

export interface PlotOwnOptions {
  /** Gradio's matplotlib image format: there is no matplotlib here, so it only warns. */
  format?: string;
}

export interface Plot extends Component<PlotValue | null, PlotLike>, EventMethods<"change"> {}

function isPlotData(value: object): value is PlotValue {
  return "type" in value && "plot" in value && typeof (value as PlotValue).plot === "string";
}

/** A handler's value → PlotValue (Gradio's postprocess). */
export function toPlotData(value: unknown): PlotValue | null {
  if (value === null || value === undefined) return null;
  let spec: unknown = value;
  if (typeof value === "string") {
    try {
      spec = JSON.parse(value);
    } catch {
      throw new BadValueError(`Plot expects a Vega-Lite spec; the text given is not JSON (${describe(value)})`);
    }
  } else if (typeof value === "object") {
    if (isPlotData(value)) {
      if (value.type !== "altair") throw new BadValueError(`Plot shows Vega-Lite (Altair) charts; a "${String(value.type)}" plot is not supported in gradio-lite`);
      return toPlotData(value.plot);
    }
    const chart = value as { toSpec?: () => unknown; toJSON?: () => unknown };
    if (typeof chart.toSpec === "function") spec = chart.toSpec();
    else if (typeof chart.toJSON === "function") spec = chart.toJSON();
  }
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new BadValueError(`Plot expects a Vega-Lite spec (an object with "mark", "layer", "concat"…), got ${describe(value)}`);
  }
  const keys = spec as Record<string, unknown>;
  if (Array.isArray(keys.data) && "layout" in keys) {
    throw new BadValueError("Plot got what looks like a Plotly figure; gradio-lite's gr.Plot shows Vega-Lite specs (Altair's format), not Plotly");
  }
  const vegaLite = ["mark", "layer", "concat", "hconcat", "vconcat", "facet", "repeat", "spec"].some((k) => k in keys);
  if (!vegaLite) throw new BadValueError(`Plot expects a Vega-Lite spec: it has none of "mark", "layer", "concat", "facet", "repeat" (keys: ${Object.keys(keys).slice(0, 8).join(", ") || "none"})`);
  let plot: string;
  try {
    plot = JSON.stringify(spec);
  } catch (error) {
    throw new BadValueError(`Plot: the spec is not JSON data (${(error as Error).message})`);
  }
  return { type: "altair", plot };
}

export const Plot = define<ValueFactory<Plot, PlotLike, PlotOwnOptions>>({
  type: "plot",
  name: "Plot",
  events: ["change"],
  options: optionNames<PlotOwnOptions>()("format"),
  objectValue: true,
  normalizeProps: (p) => {
    if (p.format !== undefined && p.format !== "webp") {
      console.warn("[gradio-lite] gr.Plot: format applies to matplotlib images in Gradio; there is no matplotlib here, so it has no effect.");
    }
  },
  preprocess: (v) => (v === null || v === undefined ? null : toPlotData(v)),
  postprocess: toPlotData,
});
