// gr.Label: the worker side (its view is ./view/).

import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { describe } from "../../src/values.ts";
import type { Props } from "../../worker/protocol.ts";

export interface LabelValue {
  label: string | null;
  confidences?: Array<{ label: string; confidence: number }>;
}

/** Gradio's Label accepts a class name, or a `{ class: confidence }` map. */
function toLabel(value: unknown, props: Props): LabelValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number") return { label: String(value) };
  if (typeof value === "object" && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    if ("confidences" in obj || ("label" in obj && typeof obj.label !== "number")) return checkLabelValue(obj);
    const entries = Object.entries(obj);
    for (const [k, c] of entries) {
      if (typeof c !== "number") throw new BadValueError(`Label confidence for "${k}" must be a number, got ${describe(c)}`);
    }
    let confidences = entries
      .map(([label, confidence]) => ({ label, confidence: confidence as number }))
      .sort((a, b) => b.confidence - a.confidence);
    if (typeof props.numTopClasses === "number") confidences = confidences.slice(0, props.numTopClasses);
    return { label: confidences[0]?.label ?? null, confidences };
  }
  throw new BadValueError(`Label expects a class name or a { class: confidence } object, got ${describe(value)}`);
}

/** Gradio's value form, `{ label, confidences }`: a wrong field is named, not drawn as a broken bar. */
function checkLabelValue(obj: Record<string, unknown>): LabelValue {
  const { label, confidences } = obj;
  if (label !== null && label !== undefined && typeof label !== "string" && typeof label !== "number") {
    throw new BadValueError(`Label: "label" must be a class name (text), got ${describe(label)}`);
  }
  if (confidences !== undefined && confidences !== null && !Array.isArray(confidences)) {
    throw new BadValueError(`Label: "confidences" must be a list of { label, confidence }, got ${describe(confidences)}`);
  }
  const checked = (confidences ?? undefined)?.map((c: unknown, i: number) => {
    const item = c as { label?: unknown; confidence?: unknown } | null;
    if (!item || typeof item !== "object") throw new BadValueError(`Label: confidences[${i}] must be { label, confidence }, got ${describe(c)}`);
    if (typeof item.label !== "string" && typeof item.label !== "number") throw new BadValueError(`Label: confidences[${i}].label must be a class name (text), got ${describe(item.label)}`);
    if (typeof item.confidence !== "number" || !isFinite(item.confidence)) throw new BadValueError(`Label: confidences[${i}].confidence must be a number, got ${describe(item.confidence)}`);
    return { label: String(item.label), confidence: item.confidence };
  });
  return { label: label === null || label === undefined ? null : String(label), ...(checked ? { confidences: checked } : {}) };
}

export interface LabelOwnOptions {
  /** Shows only the most confident classes. */
  numTopClasses?: number | null;
}
/** What a Label accepts: a class name, `{ class: confidence }`, or its value form. */
export type LabelLike = string | number | Record<string, number> | LabelValue | null;
export interface Label extends Component<LabelValue | null, LabelLike>, EventMethods<"change" | "select"> {}

export const Label = define<ValueFactory<Label, LabelLike, LabelOwnOptions>>({
  type: "label",
  name: "Label",
  events: ["change", "select"],
  options: optionNames<LabelOwnOptions>()("numTopClasses"),
  isInput: false,
  preprocess: (v, p) => toLabel(v, p),
  postprocess: (v, p) => toLabel(v, p),
});
