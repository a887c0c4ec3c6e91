// gr.Button: the worker side (its view is ./view/).

import { optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type OptionsOf, type ValueFactory } from "../../src/factory.ts";
import type { Inputs } from "../../src/handler.ts";
import { toText, type TextLike } from "../../src/values.ts";

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
