// gr.Radio: the worker side (its view is ./view/).

import { type Choice, type ChoiceValue, type ChoiceOwnOptions, type ChoiceOf, withChoices } from "../../src/choices.ts";
import { optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type OptionsOf } from "../../src/factory.ts";
import type { Inputs } from "../../src/handler.ts";
import { toChoice } from "../../src/values.ts";

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

export const Radio = define<RadioFactory>(
  withChoices(optionNames<ChoiceOwnOptions>()("choices", "type"), {
    type: "radio",
    name: "Radio",
    events: ["change", "input", "select"],
    defaults: { type: "value" },
    preprocess: (v, p) => toChoice(v, "Radio", p, true),
    postprocess: (v, p) => toChoice(v, "Radio", p, false),
  }),
);
