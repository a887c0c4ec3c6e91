// The base of every layout (Row, Column, Tabs, Accordion, ...): Gradio's
// `gr.Row(options?, body)` forms, its options checked, events as methods, and
// the parents Gradio fills in (a Tabs around stray Tabs). A layout places
// what its body creates inside it; the body receives its own block, as
// Python's `with … as x:` binds x. Each layout is a folder in components/
// (its definition and its view).

import type { Props } from "../worker/protocol.ts";
import { Layout } from "./block.ts";
import { callable } from "./callable.ts";
import { optionNames, type Text } from "./component.ts";
import { eventMethod } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import type { EventName } from "./event-data.ts";
import { I18nText } from "./i18n.ts";
import { checkOptions } from "./options-check.ts";

export interface LayoutOptions {
  visible?: boolean;
  elemId?: string | null;
  elemClasses?: string | string[] | null;
  key?: string | number | null;
  preservedByKey?: string | string[] | null;
  render?: boolean;
}
const LAYOUT_OPTIONS = optionNames<LayoutOptions>()("visible", "elemId", "elemClasses", "key", "preservedByKey", "render");

/** A body: runs once, with its block, creating the layout's children. */
export type Body<L> = (block: L) => void;

/** `gr.Row(body)`, `gr.Row(options, body)`, or either without a body. */
export interface LayoutFactory<L, O> {
  (body?: Body<L>): L;
  (options: O, body?: Body<L>): L;
  new (body?: Body<L>): L;
  new (options: O, body?: Body<L>): L;
}

/** Gradio's Tab, Accordion and Step take their label first: `gr.Tab("Settings", body)`. */
export interface LabelledLayoutFactory<L, O> extends LayoutFactory<L, O> {
  (label: Text, body?: Body<L>): L;
  (label: Text, options: O, body?: Body<L>): L;
}

function parse(type: string, a: unknown, b: unknown): [Props, Body<Layout> | undefined] {
  if (typeof a === "function") return [{}, a as Body<Layout>];
  if (a !== undefined && (a === null || typeof a !== "object")) {
    throw new UsageError(`gr.${type}(options?, body): options must be an object`);
  }
  if (b !== undefined && typeof b !== "function") throw new UsageError(`gr.${type}(options?, body): body must be a function`);
  return [{ ...(a as Props | undefined) }, b as Body<Layout> | undefined];
}

export interface LayoutSpec {
  /** Gradio's class name, for messages. */
  name: string;
  /** The layout's own options (beyond LayoutOptions). */
  options?: readonly string[];
  defaults?: Props;
  /** Takes its label first, as Gradio's Tab and Accordion do: `gr.Tab("Settings", body)`. */
  labelFirst?: boolean;
  events?: readonly EventName[];
  /**
   * The layout it belongs in: consecutive `gr.Tab`s outside a `gr.Tabs` form
   * one tab set, as in Gradio (which fills in the expected parent).
   */
  parentType?: string;
}

/** Layouts Gradio adds around children that need them (a Tabs around stray Tabs). */
const implicitParents = new Map<string, () => Layout>();
const implicit = new WeakSet<Layout>();

export function defineLayout(type: string, spec: LayoutSpec) {
  class Defined extends Layout {
    readonly type = type;
    constructor(...args: unknown[]) {
      const label = spec.labelFirst && (typeof args[0] === "string" || args[0] instanceof I18nText) ? args.shift() : undefined;
      const [props, fn] = parse(spec.name, args[0], args[1]);
      checkOptions(`gr.${spec.name}`, props, LAYOUT_OPTIONS, spec.options ?? []);
      if (label !== undefined) props.label = label;
      super({ ...spec.defaults, ...props }, props);
      for (const name of spec.events ?? []) {
        Object.defineProperty(this, name, { value: eventMethod(this, name), enumerable: false });
      }
      if (spec.parentType) placeInParent(this, spec.parentType);
      this.build(fn);
    }
  }
  return callable(Defined);
}

/** Moves `block` into the previous implicit parent of its kind, or into a new one where it stood. */
function placeInParent(block: Layout, parentType: string): void {
  const parent = block.parent;
  if (!parent || parent.type === parentType) return;
  block.unrender();
  const last = parent.children.at(-1);
  if (last instanceof Layout && last.type === parentType && implicit.has(last)) {
    last.append(block);
    return;
  }
  const wrapper = implicitParents.get(parentType)!();
  implicit.add(wrapper);
  wrapper.append(block);
}

/** Stray children of `type`'s kind are wrapped in a new parent made by `make` (a Tabs around stray Tabs). */
export function setImplicitParent(type: string, make: () => Layout): void {
  implicitParents.set(type, make);
}

