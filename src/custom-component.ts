// `gr.Component` as app code sees it: the base its own components extend
// (`class PDF extends gr.Component<Blob | null, FileData | null>`), and the type
// every component shares. One class at run time; two faces for the compiler.

import { Component as Base, type ComponentEventName, type ComponentOptions, type CustomComponent, type Storable } from "./component.ts";
import type { Inputs } from "./handler.ts";

/** A custom component's options: its own (`X`, listed in `static options`) and the common ones. */
export type CustomOptions<Wire, X, I extends Inputs = Inputs> = X & ComponentOptions<Storable<Wire>, I>;

/**
 * The base class of an app's own components. Type arguments: what a handler
 * receives, the value on the page, its events, and its own options.
 */
export interface ComponentConstructor {
  new <In = unknown, Wire = In, E extends ComponentEventName = ComponentEventName, X extends object = object>(
    options?: CustomOptions<Wire, X>,
  ): CustomComponent<In, Wire, E>;
  new <In = unknown, Wire = In, E extends ComponentEventName = ComponentEventName, X extends object = object>(
    value: Storable<Wire> | null | undefined,
    options?: CustomOptions<Wire, X>,
  ): CustomComponent<In, Wire, E>;
  readonly prototype: Base;
}

/** Every component, built-in or the app's own: `V` what a handler receives, `R` what it may return. */
export type Component<V = unknown, R = V> = Base<V, R>;
export const Component = Base as unknown as ComponentConstructor;
