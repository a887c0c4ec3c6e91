// gr.Slider: the worker side (its view is ./view/).

import { optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type OptionsOf, type ValueFactory } from "../../src/factory.ts";
import type { Inputs } from "../../src/handler.ts";
import { toBoundedNumber, toNumber } from "../../src/values.ts";

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
