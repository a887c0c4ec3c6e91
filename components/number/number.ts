// gr.Number: the worker side (its view is ./view/).

import { optionNames, type Component, type EventMethods, type Text } from "../../src/component.ts";
import { define, type OptionsOf, type ValueFactory } from "../../src/factory.ts";
import type { Inputs } from "../../src/handler.ts";
import { toBoundedNumber, toNumber } from "../../src/values.ts";

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
