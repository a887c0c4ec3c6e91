// gr.HTML, plain or a custom component made of a template, CSS and jsOnLoad:
// the worker side (its views are ./view/: index.tsx, custom-html.tsx).

import { EVENT_NAMES, type Component, type ComponentEventName, type EventMethods } from "../../src/component.ts";
import { define, type OptionsOf, type ValueArg } from "../../src/factory.ts";
import type { Inputs } from "../../src/handler.ts";
import { toText, type TextLike } from "../../src/values.ts";

/** The page-side script of a custom HTML component (run with `element`, `props`, `trigger`). */
export type JsOnLoad = string | ((args: { element: HTMLElement; props: Record<string, unknown>; trigger: (event: string, data?: unknown) => void }) => unknown);

export interface HTMLOwnOptions {
  /** A template string over `value` and the props: `"<b>${value}</b>"`. */
  htmlTemplate?: string | null;
  /** CSS scoped to this component. */
  css?: string | null;
  /** CSS as a template over `value` and the props, like `htmlTemplate` (Gradio 6's `css_template`). */
  cssTemplate?: string | null;
  /** Runs on the page once the component is shown. */
  jsOnLoad?: JsOnLoad | null;
  /** What the API page says this component's value is (custom components). */
  apiInfo?: Record<string, unknown> | null;
  /** Any other prop: the template reads it as `${name}` and `jsOnLoad` as `props.name`. */
  [prop: string]: unknown;
}
/** A custom HTML component may `trigger` any event, so gr.HTML has them all (Gradio's `all_events`). */
export interface HTML<V = string> extends Component<V, V | TextLike>, EventMethods<ComponentEventName> {}

/** gr.HTML: markup; with `htmlTemplate` a custom component whose value may be any data (its type `V`). */
export interface HTMLFactory {
  <V = string, const I extends Inputs = null>(options?: OptionsOf<HTMLOwnOptions, V, I>): HTML<V>;
  <V = string, const I extends Inputs = null>(value: ValueArg<V, I>, options?: OptionsOf<HTMLOwnOptions, V, I>): HTML<V>;
  new <V = string, const I extends Inputs = null>(options?: OptionsOf<HTMLOwnOptions, V, I>): HTML<V>;
  new <V = string, const I extends Inputs = null>(value: ValueArg<V, I>, options?: OptionsOf<HTMLOwnOptions, V, I>): HTML<V>;
}

/**
 * gr.HTML: markup, or a custom component with `htmlTemplate` (a template
 * string over `value` and the props), `css` and `jsOnLoad` (the author's
 * function, run on the page). A custom component's value may be any data.
 */
export const HTML = define<HTMLFactory>({
  type: "html",
  name: "HTML",
  events: EVENT_NAMES,
  options: "any",
  isInput: false,
  normalizeProps: (p) => {
    if (typeof p.jsOnLoad === "function") p.jsOnLoad = Function.prototype.toString.call(p.jsOnLoad);
  },
  preprocess: (v, p) => (p.htmlTemplate || p.jsOnLoad ? v : toText(v, "HTML")),
  postprocess: (v, p) => (p.htmlTemplate || p.jsOnLoad ? (v === undefined ? null : v) : toText(v, "HTML")),
});
