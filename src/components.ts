// The component set of the spine (issue #2). Each is a spec: its type, its
// events (Gradio's, camelCased), and how its value is checked both ways.

import type { Props } from "../worker/protocol.ts";
import { callable } from "./callable.ts";
import { BadValueError, defineComponent, type ComponentSpec } from "./component.ts";
import { describe, normalizeChoices, toBool, toChoice, toChoices, toNumber, toText } from "./values.ts";

function define(spec: ComponentSpec) {
  return callable(defineComponent(spec));
}

export const Textbox = define({
  type: "textbox",
  events: ["change", "input", "submit", "focus", "blur", "select", "copy"],
  defaults: { lines: 1, type: "text" },
  preprocess: (v) => toText(v, "Textbox"),
  postprocess: (v) => toText(v, "Textbox"),
});

export const Number = define({
  type: "number",
  events: ["change", "input", "submit", "focus", "blur"],
  preprocess: (v, p) => toNumber(v, "Number", p),
  postprocess: (v, p) => toNumber(v, "Number", p),
});

export const Slider = define({
  type: "slider",
  events: ["change", "input", "release"],
  defaults: { minimum: 0, maximum: 100, step: 1 },
  preprocess: (v, p) => toNumber(v, "Slider", p),
  postprocess: (v, p) => toNumber(v ?? p.minimum, "Slider", p),
});

export const Checkbox = define({
  type: "checkbox",
  events: ["change", "input", "select"],
  preprocess: (v) => toBool(v, "Checkbox"),
  postprocess: (v) => toBool(v, "Checkbox"),
});

function withChoices(spec: ComponentSpec): ComponentSpec {
  const type = spec.type;
  const normalize = (p: Props) => {
    if (!Array.isArray(p.choices) || p.choices.some((c) => !Array.isArray(c))) {
      p.choices = normalizeChoices(p.choices, type);
    }
  };
  return {
    ...spec,
    firstArg: "choices",
    normalizeProps: normalize,
    preprocess: (v, p) => (normalize(p), spec.preprocess!(v, p)),
    postprocess: (v, p) => (normalize(p), spec.postprocess!(v, p)),
  };
}

export const CheckboxGroup = define(
  withChoices({
    type: "checkboxgroup",
    events: ["change", "input", "select"],
    defaults: { type: "value" },
    preprocess: (v, p) => toChoices(v, "CheckboxGroup", p, true),
    postprocess: (v, p) => toChoices(v, "CheckboxGroup", p, false),
  }),
);

export const Radio = define(
  withChoices({
    type: "radio",
    events: ["change", "input", "select"],
    defaults: { type: "value" },
    preprocess: (v, p) => toChoice(v, "Radio", p, true),
    postprocess: (v, p) => toChoice(v, "Radio", p, false),
  }),
);

export const Dropdown = define(
  withChoices({
    type: "dropdown",
    events: ["change", "input", "select", "focus", "blur", "keyUp"],
    defaults: { type: "value", multiselect: false },
    preprocess: (v, p) => (p.multiselect ? toChoices(v, "Dropdown", p, true) : toChoice(v, "Dropdown", p, true)),
    postprocess: (v, p) => (p.multiselect ? toChoices(v, "Dropdown", p, false) : toChoice(v, "Dropdown", p, false)),
  }),
);

export const Button = define({
  type: "button",
  events: ["click"],
  defaults: { value: "Run", variant: "secondary", size: "lg" },
  isInput: false,
  preprocess: (v) => toText(v, "Button"),
  postprocess: (v) => toText(v, "Button"),
});

export const Markdown = define({
  type: "markdown",
  events: ["change", "copy"],
  isInput: false,
  preprocess: (v) => toText(v, "Markdown"),
  postprocess: (v) => toText(v, "Markdown"),
});

/**
 * gr.HTML: markup, or a custom component with `htmlTemplate` (a template
 * string over `value` and the props), `css` and `jsOnLoad` (the author's
 * function, run on the page). A custom component's value may be any data.
 */
export const HTML = define({
  type: "html",
  events: ["change", "click", "input", "submit", "select"],
  isInput: false,
  normalizeProps: (p) => {
    if (typeof p.jsOnLoad === "function") p.jsOnLoad = Function.prototype.toString.call(p.jsOnLoad);
  },
  preprocess: (v, p) => (p.htmlTemplate || p.jsOnLoad ? v : toText(v, "HTML")),
  postprocess: (v, p) => (p.htmlTemplate || p.jsOnLoad ? (v === undefined ? null : v) : toText(v, "HTML")),
});

/** The links between the pages of a multipage app; one per page may override the main one. */
export const Navbar = define({
  type: "navbar",
  events: ["change"],
  firstArg: "value",
  isInput: false,
  defaults: { visible: true, mainPageName: "Home", value: null },
});

export const JSON = define({
  type: "json",
  events: ["change"],
  postprocess: (v) => {
    if (v === undefined) return null;
    try {
      return structuredClone(v);
    } catch {
      throw new BadValueError(`JSON expects data that can be copied (plain objects, arrays, numbers, text), got ${describe(v)}`);
    }
  },
});

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
    if ("confidences" in obj || ("label" in obj && typeof obj.label !== "number")) return obj as unknown as LabelValue;
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

export const Label = define({
  type: "label",
  events: ["change", "select"],
  isInput: false,
  preprocess: (v, p) => toLabel(v, p),
  postprocess: (v, p) => toLabel(v, p),
});
