// gr.Timer: ticks every `value` seconds while active and the page is visible.

import { callable } from "./callable.ts";
import { defineComponent } from "./component.ts";
import { toNumber } from "./values.ts";

export const Timer = callable(
  defineComponent({
    type: "timer",
    events: ["tick"],
    defaults: { value: 1, active: true },
    isInput: false,
    preprocess: (v, p) => toNumber(v, "Timer", p),
    postprocess: (v, p) => toNumber(v, "Timer", p),
  }),
);
