// The component set of the spine (issue #2). Each is a spec: its type, its
// events (Gradio's, camelCased), its options, and how its value is checked
// both ways; and its types: what a handler gets from it and may return to it.

import type { Props } from "../worker/protocol.ts";
import { BadValueError, EVENT_NAMES, optionNames, type Component, type ComponentEventName, type ComponentSpec, type EventMethods, type Text } from "./component.ts";
import { ignoredOption } from "./options-check.ts";
import { define, type OptionsOf, type ValueArg, type ValueFactory } from "./factory.ts";
import type { Inputs } from "./handler.ts";
import { toJsonValue } from "./json-value.ts";
import { describe, normalizeChoices, toBool, toBoundedNumber, toChoice, toChoices, toNumber, toText } from "./values.ts";

/** What a text component accepts from a handler. */
export type TextLike = string | number | boolean | null;

export interface TextboxOwnOptions {
  lines?: number;
  maxLines?: number | null;
  placeholder?: Text | null;
  type?: "text" | "password" | "email";
  /** A submit button inside the box: true for an arrow icon, a string for its text. */
  submitBtn?: string | boolean | null;
  /** A stop button inside the box (fires `stop`): true for a square icon, a string for its text. */
  stopBtn?: string | boolean | null;
  autofocus?: boolean;
}
export type TextboxOptions<I extends Inputs = Inputs> = OptionsOf<TextboxOwnOptions, TextLike, I>;
export interface Textbox extends Component<string, TextLike>, EventMethods<"change" | "input" | "submit" | "focus" | "blur" | "select" | "copy" | "stop"> {}

export const Textbox = define<ValueFactory<Textbox, TextLike, TextboxOwnOptions>>({
  type: "textbox",
  name: "Textbox",
  events: ["change", "input", "submit", "focus", "blur", "select", "copy", "stop"],
  options: optionNames<TextboxOwnOptions>()("lines", "maxLines", "placeholder", "type", "submitBtn", "stopBtn", "autofocus"),
  defaults: { lines: 1, type: "text", submitBtn: false, stopBtn: false, autofocus: false },
  preprocess: (v) => toText(v, "Textbox"),
  postprocess: (v) => toText(v, "Textbox"),
});

export interface NumberOwnOptions {
  minimum?: number | null;
  maximum?: number | null;
  step?: number;
  precision?: number | null;
  placeholder?: Text | null;
}
export type NumberOptions<I extends Inputs = Inputs> = OptionsOf<NumberOwnOptions, number | string | null, I>;
export interface Number extends Component<number, number | string | null>, EventMethods<"change" | "input" | "submit" | "focus" | "blur"> {}

export const Number = define<ValueFactory<Number, number | string | null, NumberOwnOptions>>({
  type: "number",
  name: "Number",
  events: ["change", "input", "submit", "focus", "blur"],
  options: optionNames<NumberOwnOptions>()("minimum", "maximum", "step", "precision", "placeholder"),
  preprocess: (v, p) => toBoundedNumber(v, "Number", p),
  postprocess: (v, p) => toNumber(v, "Number", p),
});

export interface SliderOwnOptions {
  minimum?: number;
  maximum?: number;
  step?: number | null;
}
export type SliderOptions<I extends Inputs = Inputs> = OptionsOf<SliderOwnOptions, number | null, I>;
export interface Slider extends Component<number, number | null>, EventMethods<"change" | "input" | "release"> {}

/** `gr.Slider(options?)`, `gr.Slider(value, options?)` or, as in Python, `gr.Slider(minimum, maximum, options?)`. */
export interface SliderFactory extends ValueFactory<Slider, number | null, SliderOwnOptions> {
  <const I extends Inputs = null>(minimum: number, maximum: number, options?: SliderOptions<I>): Slider;
  new <const I extends Inputs = null>(minimum: number, maximum: number, options?: SliderOptions<I>): Slider;
}

const SliderBase = define<ValueFactory<Slider, number | null, SliderOwnOptions>>({
  type: "slider",
  name: "Slider",
  events: ["change", "input", "release"],
  options: optionNames<SliderOwnOptions>()("minimum", "maximum", "step"),
  defaults: { minimum: 0, maximum: 100, step: 1 },
  preprocess: (v, p) => toBoundedNumber(v, "Slider", p),
  postprocess: (v, p) => toNumber(v ?? p.minimum, "Slider", p),
});

// Python's positional form: two numbers are the minimum and the maximum.
export const Slider = new Proxy(SliderBase, {
  apply: (target, _self, args: unknown[]) => Reflect.construct(target, sliderArgs(args)),
  construct: (target, args: unknown[], newTarget) => Reflect.construct(target, sliderArgs(args), newTarget),
}) as SliderFactory;

function sliderArgs(args: unknown[]): unknown[] {
  const [a, b, options] = args;
  if (typeof a !== "number" || typeof b !== "number") return args;
  if (options !== undefined && (options === null || typeof options !== "object")) return args;
  return [{ ...(options as object | undefined), minimum: a, maximum: b }];
}

export interface Checkbox extends Component<boolean, boolean | null>, EventMethods<"change" | "input" | "select"> {}

export const Checkbox = define<ValueFactory<Checkbox, boolean | null>>({
  type: "checkbox",
  name: "Checkbox",
  events: ["change", "input", "select"],
  options: [],
  preprocess: (v) => toBool(v, "Checkbox"),
  postprocess: (v) => toBool(v, "Checkbox"),
});

/** A choice's value: what a handler receives for it. */
export type ChoiceValue = string | number;
/** A choice: a value, or a `[display, value]` pair. */
export type Choice<T extends ChoiceValue = ChoiceValue> = T | readonly [string, T];

export interface ChoiceOwnOptions<T extends ChoiceValue = ChoiceValue, Ty extends "value" | "index" = "value" | "index"> {
  choices?: ReadonlyArray<Choice<T>> | null;
  /** "index": the handler receives the chosen choice's index instead of its value. */
  type?: Ty;
}

type ChoiceOf<T extends ChoiceValue, Ty> = Ty extends "index" ? number : T;

export interface Radio<V = ChoiceValue | null> extends Component<V, ChoiceValue | null>, EventMethods<"change" | "input" | "select"> {}
export type RadioOptions<T extends ChoiceValue = ChoiceValue, I extends Inputs = Inputs> = OptionsOf<ChoiceOwnOptions<T>, ChoiceValue | null, I>;

/** `gr.Radio(choices?, options?)` or `gr.Radio(options)`: the value type comes from the choices. */
export interface RadioFactory {
  <const T extends ChoiceValue = string, Ty extends "value" | "index" = "value", const I extends Inputs = null>(
    options?: OptionsOf<ChoiceOwnOptions<T, Ty>, ChoiceValue | null, I>,
  ): Radio<ChoiceOf<T, Ty> | null>;
  <const T extends ChoiceValue = string, Ty extends "value" | "index" = "value", const I extends Inputs = null>(
    choices: ReadonlyArray<Choice<T>> | null | undefined,
    options?: OptionsOf<ChoiceOwnOptions<T, Ty>, ChoiceValue | null, I>,
  ): Radio<ChoiceOf<T, Ty> | null>;
}

export interface CheckboxGroup<V = ChoiceValue[]> extends Component<V, ChoiceValue | ChoiceValue[] | null>, EventMethods<"change" | "input" | "select"> {}

export interface CheckboxGroupFactory {
  <const T extends ChoiceValue = string, Ty extends "value" | "index" = "value", const I extends Inputs = null>(
    options?: OptionsOf<ChoiceOwnOptions<T, Ty>, ChoiceValue | ChoiceValue[] | null, I>,
  ): CheckboxGroup<Array<ChoiceOf<T, Ty>>>;
  <const T extends ChoiceValue = string, Ty extends "value" | "index" = "value", const I extends Inputs = null>(
    choices: ReadonlyArray<Choice<T>> | null | undefined,
    options?: OptionsOf<ChoiceOwnOptions<T, Ty>, ChoiceValue | ChoiceValue[] | null, I>,
  ): CheckboxGroup<Array<ChoiceOf<T, Ty>>>;
}

export interface DropdownOwnOptions<
  T extends ChoiceValue = ChoiceValue,
  Ty extends "value" | "index" = "value" | "index",
  M extends boolean = boolean,
  C extends boolean = boolean,
> extends ChoiceOwnOptions<T, Ty> {
  /** Several choices at once: the handler receives an array. */
  multiselect?: M | null;
  /** A typed value that is not one of the choices is kept (a string; its index is null with `type: "index"`). */
  allowCustomValue?: C;
  /** With `multiselect`: at most this many choices (the list closes when reached). */
  maxChoices?: number | null;
  /** Typing filters the choices (default true); false: pick from the list only. Cannot be false with `allowCustomValue`. */
  filterable?: boolean;
}

export interface Dropdown<V = ChoiceValue | ChoiceValue[] | null>
  extends Component<V, ChoiceValue | ChoiceValue[] | null>,
    EventMethods<"change" | "input" | "select" | "focus" | "blur" | "keyUp"> {}

/** One chosen value; a custom one is a string (its index null). */
type DropdownChoice<T extends ChoiceValue, Ty, C> = C extends true ? (Ty extends "index" ? number | null : T | string) : ChoiceOf<T, Ty>;
type DropdownValue<T extends ChoiceValue, Ty, M, C> = M extends true ? Array<DropdownChoice<T, Ty, C>> : DropdownChoice<T, Ty, C> | null;

/** `gr.Dropdown(choices?, options?)`: one value, or an array with `multiselect: true`. */
export interface DropdownFactory {
  <const T extends ChoiceValue = string, Ty extends "value" | "index" = "value", M extends boolean = false, C extends boolean = false, const I extends Inputs = null>(
    options?: OptionsOf<DropdownOwnOptions<T, Ty, M, C>, ChoiceValue | ChoiceValue[] | null, I>,
  ): Dropdown<DropdownValue<T, Ty, M, C>>;
  <const T extends ChoiceValue = string, Ty extends "value" | "index" = "value", M extends boolean = false, C extends boolean = false, const I extends Inputs = null>(
    choices: ReadonlyArray<Choice<T>> | null | undefined,
    options?: OptionsOf<DropdownOwnOptions<T, Ty, M, C>, ChoiceValue | ChoiceValue[] | null, I>,
  ): Dropdown<DropdownValue<T, Ty, M, C>>;
}

function withChoices(spec: Omit<ComponentSpec, "options">): ComponentSpec {
  const type = spec.type;
  const normalize = (p: Props) => {
    if (!Array.isArray(p.choices) || p.choices.some((c) => !Array.isArray(c))) {
      p.choices = normalizeChoices(p.choices, type);
    }
  };
  return {
    ...spec,
    options:
      type === "dropdown"
        ? optionNames<DropdownOwnOptions>()("choices", "type", "multiselect", "allowCustomValue", "maxChoices", "filterable")
        : optionNames<ChoiceOwnOptions>()("choices", "type"),
    firstArg: "choices",
    normalizeProps: normalize,
    preprocess: (v, p) => (normalize(p), spec.preprocess!(v, p)),
    postprocess: (v, p) => (normalize(p), spec.postprocess!(v, p)),
  };
}

export const CheckboxGroup = define<CheckboxGroupFactory>(
  withChoices({
    type: "checkboxgroup",
    name: "CheckboxGroup",
    events: ["change", "input", "select"],
    defaults: { type: "value" },
    preprocess: (v, p) => toChoices(v, "CheckboxGroup", p, true),
    postprocess: (v, p) => toChoices(v, "CheckboxGroup", p, false),
  }),
);

export const Radio = define<RadioFactory>(
  withChoices({
    type: "radio",
    name: "Radio",
    events: ["change", "input", "select"],
    defaults: { type: "value" },
    preprocess: (v, p) => toChoice(v, "Radio", p, true),
    postprocess: (v, p) => toChoice(v, "Radio", p, false),
  }),
);

export const Dropdown = define<DropdownFactory>(
  withChoices({
    type: "dropdown",
    name: "Dropdown",
    events: ["change", "input", "select", "focus", "blur", "keyUp"],
    defaults: { type: "value", multiselect: false },
    setUp: (c) => {
      const p = c.props;
      // As Gradio's DEFAULT_VALUE: no value given is the first choice, or none of several.
      if (c.given.value === undefined) p.value = p.multiselect ? [] : (normalizeChoices(p.choices, "Dropdown")[0]?.[1] ?? null);
      // Gradio's two warnings.
      if (!p.multiselect && p.maxChoices != null) ignoredOption("gr.Dropdown", "maxChoices", "without multiselect");
      if (p.filterable === false && p.allowCustomValue) ignoredOption("gr.Dropdown", "filterable", "with allowCustomValue"), (p.filterable = true);
    },
    preprocess: (v, p) => (p.multiselect ? toChoices : toChoice)(v, "Dropdown", p, true),
    postprocess: (v, p) => (p.multiselect ? toChoices : toChoice)(v, "Dropdown", p, false),
  }),
);

export interface ButtonOwnOptions {
  variant?: "primary" | "secondary" | "stop" | "huggingface";
  size?: "sm" | "md" | "lg";
}
export type ButtonOptions<I extends Inputs = Inputs> = OptionsOf<ButtonOwnOptions, TextLike, I>;
export interface Button extends Component<string, TextLike>, EventMethods<"click"> {}

export const Button = define<ValueFactory<Button, TextLike, ButtonOwnOptions>>({
  type: "button",
  name: "Button",
  events: ["click"],
  options: optionNames<ButtonOwnOptions>()("variant", "size"),
  defaults: { value: "Run", variant: "secondary", size: "lg" },
  isInput: false,
  preprocess: (v) => toText(v, "Button"),
  postprocess: (v) => toText(v, "Button"),
});

export interface MarkdownOwnOptions {
  /** Where formulas start and end, rendered with KaTeX; `[]` turns LaTeX off. Default: `$$…$$`. */
  latexDelimiters?: ReadonlyArray<{ left: string; right: string; display: boolean }> | null;
  /** A single newline is a line break (default false, as in Gradio). */
  lineBreaks?: boolean;
}
export interface Markdown extends Component<string, TextLike>, EventMethods<"change" | "copy"> {}

export const Markdown = define<ValueFactory<Markdown, TextLike, MarkdownOwnOptions>>({
  type: "markdown",
  name: "Markdown",
  events: ["change", "copy"],
  options: optionNames<MarkdownOwnOptions>()("latexDelimiters", "lineBreaks"),
  isInput: false,
  preprocess: (v) => toText(v, "Markdown"),
  postprocess: (v) => toText(v, "Markdown"),
});

/** The page-side script of a custom HTML component (run with `element`, `props`, `trigger`). */
export type JsOnLoad = string | ((args: { element: HTMLElement; props: Record<string, unknown>; trigger: (event: string, data?: unknown) => void }) => unknown);

export interface HTMLOwnOptions {
  /** A template string over `value` and the props: `"<b>${value}</b>"`. */
  htmlTemplate?: string | null;
  /** CSS scoped to this component. */
  css?: string | null;
  /** CSS as a template over `value` and the props, like `htmlTemplate` (Gradio 6's `css_template`). */
  cssTemplate?: string | null;
  /** Runs on the page once the component is shown. */
  jsOnLoad?: JsOnLoad | null;
  /** What the API page says this component's value is (custom components). */
  apiInfo?: Record<string, unknown> | null;
  /** Any other prop: the template reads it as `${name}` and `jsOnLoad` as `props.name`. */
  [prop: string]: unknown;
}
/** A custom HTML component may `trigger` any event, so gr.HTML has them all (Gradio's `all_events`). */
export interface HTML<V = string> extends Component<V, V | TextLike>, EventMethods<ComponentEventName> {}

/** gr.HTML: markup; with `htmlTemplate` a custom component whose value may be any data (its type `V`). */
export interface HTMLFactory {
  <V = string, const I extends Inputs = null>(options?: OptionsOf<HTMLOwnOptions, V, I>): HTML<V>;
  <V = string, const I extends Inputs = null>(value: ValueArg<V, I>, options?: OptionsOf<HTMLOwnOptions, V, I>): HTML<V>;
  new <V = string, const I extends Inputs = null>(options?: OptionsOf<HTMLOwnOptions, V, I>): HTML<V>;
  new <V = string, const I extends Inputs = null>(value: ValueArg<V, I>, options?: OptionsOf<HTMLOwnOptions, V, I>): HTML<V>;
}

/**
 * gr.HTML: markup, or a custom component with `htmlTemplate` (a template
 * string over `value` and the props), `css` and `jsOnLoad` (the author's
 * function, run on the page). A custom component's value may be any data.
 */
export const HTML = define<HTMLFactory>({
  type: "html",
  name: "HTML",
  events: EVENT_NAMES,
  options: "any",
  isInput: false,
  normalizeProps: (p) => {
    if (typeof p.jsOnLoad === "function") p.jsOnLoad = Function.prototype.toString.call(p.jsOnLoad);
  },
  preprocess: (v, p) => (p.htmlTemplate || p.jsOnLoad ? v : toText(v, "HTML")),
  postprocess: (v, p) => (p.htmlTemplate || p.jsOnLoad ? (v === undefined ? null : v) : toText(v, "HTML")),
});

/** A navbar link: a page's `[name, path]`. */
export type NavbarLink = readonly [name: string, path: string];
export interface NavbarOwnOptions {
  mainPageName?: string | false;
}
export interface Navbar extends Component<NavbarLink[] | null, NavbarLink[] | null>, EventMethods<"change"> {}

/** The links between the pages of a multipage app; one per page may override the main one. */
export const Navbar = define<ValueFactory<Navbar, NavbarLink[] | null, NavbarOwnOptions>>({
  type: "navbar",
  name: "Navbar",
  events: ["change"],
  options: optionNames<NavbarOwnOptions>()("mainPageName"),
  firstArg: "value",
  isInput: false,
  defaults: { visible: true, mainPageName: "Home", value: null },
});

export interface JSONOwnOptions {
  /** Levels shown expanded. */
  open?: boolean;
}
export interface JSON<V = unknown> extends Component<V, unknown>, EventMethods<"change"> {}

export const JSON = define<ValueFactory<JSON, unknown, JSONOwnOptions>>({
  type: "json",
  objectValue: true,
  name: "JSON",
  events: ["change"],
  options: optionNames<JSONOwnOptions>()("open"),
  postprocess: toJsonValue,
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
