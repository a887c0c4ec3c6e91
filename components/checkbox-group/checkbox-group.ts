// gr.CheckboxGroup: the worker side (its view is ./view/).

import { type Choice, type ChoiceValue, type ChoiceOwnOptions, type ChoiceOf, withChoices } from "../../src/choices.ts";
import { optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type OptionsOf } from "../../src/factory.ts";
import type { Inputs } from "../../src/handler.ts";
import { toChoices } from "../../src/values.ts";

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

export const CheckboxGroup = define<CheckboxGroupFactory>(
  withChoices(optionNames<ChoiceOwnOptions>()("choices", "type"), {
    type: "checkboxgroup",
    name: "CheckboxGroup",
    events: ["change", "input", "select"],
    defaults: { type: "value" },
    preprocess: (v, p) => toChoices(v, "CheckboxGroup", p, true),
    postprocess: (v, p) => toChoices(v, "CheckboxGroup", p, false),
  }),
);
