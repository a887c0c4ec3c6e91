// `gr.Component` in the npm package: the same class, and the code that makes
// a spec of an app's own component from its class's statics. A
// `<gradio-lite>` worker loads that code only for app code that names
// gr.Component (worker/lazy-api.ts); a bundler includes it with this module,
// which is included only for an app that uses gr.Component.

import "./custom-spec.ts";
import { Component as Base } from "./custom-component.ts";

/** Every component, built-in or the app's own: `V` what a handler receives, `R` what it may return. */
export type Component<V = unknown, R = V> = Base<V, R>;
// Its own binding (not a re-export), so a bundler that keeps it keeps this module's import above.
export const Component = Base;
