// The choices of gr.Radio, gr.CheckboxGroup and gr.Dropdown (worker side):
// their types and the spec part they share (choices normalized to
// `[display, value]` pairs, before each value check).

import type { Props } from "../worker/protocol.ts";
import type { ComponentSpec } from "./component.ts";
import { normalizeChoices } from "./values.ts";

/** A choice's value: what a handler receives for it. */
export type ChoiceValue = string | number;
/** A choice: a value, or a `[display, value]` pair. */
export type Choice<T extends ChoiceValue = ChoiceValue> = T | readonly [string, T];

export interface ChoiceOwnOptions<T extends ChoiceValue = ChoiceValue, Ty extends "value" | "index" = "value" | "index"> {
  choices?: ReadonlyArray<Choice<T>> | null;
  /** "index": the handler receives the chosen choice's index instead of its value. */
  type?: Ty;
}

export type ChoiceOf<T extends ChoiceValue, Ty> = Ty extends "index" ? number : T;

/** A choice component's spec: its options, and its choices normalized before each check. */
export function withChoices(options: readonly string[], spec: Omit<ComponentSpec, "options">): ComponentSpec {
  const type = spec.type;
  const normalize = (p: Props) => {
    if (!Array.isArray(p.choices) || p.choices.some((c) => !Array.isArray(c))) {
      p.choices = normalizeChoices(p.choices, type);
    }
  };
  return {
    ...spec,
    options,
    firstArg: "choices",
    normalizeProps: normalize,
    preprocess: (v, p) => (normalize(p), spec.preprocess!(v, p)),
    postprocess: (v, p) => (normalize(p), spec.postprocess!(v, p)),
  };
}
