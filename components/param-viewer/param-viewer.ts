// gr.ParamViewer: the documentation of a function's parameters, each a row
// that expands to its description (Markdown, sanitized on the page) and
// default, as on Gradio's custom-component pages.

import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { describe } from "../../src/values.ts";

/** One parameter, as Gradio's `Parameter`: its type, its description (Markdown) and its default (code text). */
export interface Parameter {
  type?: string | null;
  description?: string | null;
  default?: string | null;
}

export type ParamViewerValue = Record<string, Parameter>;

export interface ParamViewerOwnOptions {
  /** The language the types and defaults are written in (for their colouring). */
  language?: "python" | "typescript";
  /** The heading above the list; null for none. */
  header?: string | null;
  /** Each parameter gets an anchor (`#param-<name>`, or `#<prefix>-param-<name>` with a text) to link to. */
  anchorLinks?: boolean | string;
}

export interface ParamViewer extends Component<ParamViewerValue, ParamViewerValue | null>, EventMethods<"change" | "upload"> {}

const FIELDS = ["type", "description", "default"] as const;

function toParams(value: unknown): ParamViewerValue {
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new BadValueError(`ParamViewer expects { name: { type, description, default } }, got ${describe(value)}`);
  }
  const out: ParamViewerValue = {};
  for (const [name, p] of Object.entries(value)) {
    if (!p || typeof p !== "object" || Array.isArray(p)) throw new BadValueError(`ParamViewer: parameter "${name}" must be { type, description, default }, got ${describe(p)}`);
    const param: Parameter = {};
    for (const f of FIELDS) {
      const v = (p as Record<string, unknown>)[f];
      if (v !== null && v !== undefined && typeof v !== "string") throw new BadValueError(`ParamViewer: "${name}".${f} must be text, got ${describe(v)}`);
      param[f] = v ?? null;
    }
    out[name] = param;
  }
  return out;
}

export const ParamViewer = define<ValueFactory<ParamViewer, ParamViewerValue | null, ParamViewerOwnOptions>>({
  type: "paramviewer",
  name: "ParamViewer",
  events: ["change", "upload"],
  options: optionNames<ParamViewerOwnOptions>()("language", "header", "anchorLinks"),
  objectValue: true,
  defaults: { language: "python", header: "Parameters", anchorLinks: false },
  isInput: false,
  preprocess: toParams,
  postprocess: toParams,
});
