// gr.Timer: ticks every `value` seconds while active and the page is visible.

import { optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { toNumber } from "../../src/values.ts";

export interface TimerOwnOptions {
  /** Ticking; a listener returning `gr.Timer({ active: false })` stops it. */
  active?: boolean;
}
export interface Timer extends Component<number, number | null>, EventMethods<"tick"> {}

export const Timer = define<ValueFactory<Timer, number | null, TimerOwnOptions>>({
  type: "timer",
  name: "Timer",
  events: ["tick"],
  options: optionNames<TimerOwnOptions>()("active"),
  defaults: { value: 1, active: true },
  isInput: false,
  preprocess: (v, p) => toNumber(v, "Timer", p),
  postprocess: (v, p) => toNumber(v, "Timer", p),
});
