// gr.Textbox: the worker side (its view is ./view/).

import { optionNames, type Component, type EventMethods, type Text } from "../../src/component.ts";
import { define, type OptionsOf, type ValueFactory } from "../../src/factory.ts";
import type { Inputs } from "../../src/handler.ts";
import { toText, type TextLike } from "../../src/values.ts";

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
