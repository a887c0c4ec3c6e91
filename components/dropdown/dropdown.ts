// gr.Dropdown, Gradio 5's combobox: the worker side (its view is ./view/).

import { type Choice, type ChoiceValue, type ChoiceOwnOptions, type ChoiceOf, withChoices } from "../../src/choices.ts";
import { optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type OptionsOf } from "../../src/factory.ts";
import type { Inputs } from "../../src/handler.ts";
import { ignoredOption } from "../../src/options-check.ts";
import { normalizeChoices, toChoice, toChoices } from "../../src/values.ts";

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

export const Dropdown = define<DropdownFactory>(
  withChoices(
  optionNames<DropdownOwnOptions>()("choices", "type", "multiselect", "allowCustomValue", "maxChoices", "filterable"),
  {
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
