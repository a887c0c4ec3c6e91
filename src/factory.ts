// What `gr.Textbox` and its kind are to the compiler: a function (or a
// class to extend) taking `(value?, options?)` or `(options)`, where the
// options are the component's own (`X`) plus the common ones. A typo in an
// option is a type error; a function `value` gets its `inputs`' types.

import { callable } from "./callable.ts";
import { defineComponent, type ComponentOptions, type ComponentSpec, type ValueFunction } from "./component.ts";
import type { Inputs } from "./handler.ts";
import type { I18nText } from "./i18n.ts";

/** A component's options: its own (`X`) and the common ones, with `value` of type `R`. */
export type OptionsOf<X, R, I extends Inputs = Inputs> = X & ComponentOptions<R, I>;

/** A first argument that is the value: a value, a function of `inputs`, or a translated text. */
export type ValueArg<R, I extends Inputs> = R | ValueFunction<I, R> | I18nText | null | undefined;

export interface ValueFactory<C, R, X = unknown> {
  <const I extends Inputs = null>(options?: OptionsOf<X, R, I>): C;
  <const I extends Inputs = null>(value: ValueArg<R, I>, options?: OptionsOf<X, R, I>): C;
  new <const I extends Inputs = null>(options?: OptionsOf<X, R, I>): C;
  new <const I extends Inputs = null>(value: ValueArg<R, I>, options?: OptionsOf<X, R, I>): C;
}

/** Builds a component from its spec, typed as `F` (the spec's `options` list is checked against `F`'s elsewhere). */
export function define<F>(spec: ComponentSpec): F {
  return callable(defineComponent(spec)) as unknown as F;
}
