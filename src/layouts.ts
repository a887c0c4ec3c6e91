// Layout blocks: each takes `(options?, body)` (a label first for Tab,
// Accordion and Step, as in Gradio) and places what the body creates inside
// it. The body receives its own block, as Python's `with … as x:` binds x.

import type { Props } from "../worker/protocol.ts";
import { Layout } from "./block.ts";
import { callable } from "./callable.ts";
import { optionNames, type EventMethods, type Text } from "./component.ts";
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

interface LayoutSpec {
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

function defineLayout(type: string, spec: LayoutSpec) {
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

export interface Row extends Layout {}
export interface RowOptions extends LayoutOptions {
  equalHeight?: boolean;
  variant?: "default" | "panel" | "compact";
  /** Pixels, or any CSS length. */
  height?: number | string | null;
  maxHeight?: number | string | null;
  minHeight?: number | string | null;
  scale?: number | null;
}
export const Row = defineLayout("row", {
  name: "Row",
  options: optionNames<Omit<RowOptions, keyof LayoutOptions>>()("equalHeight", "variant", "height", "maxHeight", "minHeight", "scale"),
  defaults: { equalHeight: false, variant: "default" },
}) as unknown as LayoutFactory<Row, RowOptions>;

export interface Column extends Layout {}
export interface ColumnOptions extends LayoutOptions {
  scale?: number;
  minWidth?: number;
  variant?: "default" | "panel" | "compact";
}
export const Column = defineLayout("column", {
  name: "Column",
  options: optionNames<Omit<ColumnOptions, keyof LayoutOptions>>()("scale", "minWidth", "variant"),
  defaults: { scale: 1, minWidth: 320, variant: "default" },
}) as unknown as LayoutFactory<Column, ColumnOptions>;

export interface Group extends Layout {}
export const Group = defineLayout("group", { name: "Group" }) as unknown as LayoutFactory<Group, LayoutOptions>;

export interface Tabs extends Layout, EventMethods<"change" | "select"> {}
export interface TabsOptions extends LayoutOptions {
  /** The selected tab: its index, or its `id`. */
  selected?: number | string | null;
}
export const Tabs = defineLayout("tabs", {
  name: "Tabs",
  options: optionNames<Omit<TabsOptions, keyof LayoutOptions>>()("selected"),
  defaults: { selected: null },
  events: ["change", "select"],
}) as unknown as LayoutFactory<Tabs, TabsOptions>;

export interface Tab extends Layout, EventMethods<"select"> {}
export interface TabOptions extends LayoutOptions {
  label?: Text;
  id?: string | number | null;
  interactive?: boolean;
}
export const Tab = defineLayout("tab", {
  name: "Tab",
  options: optionNames<Omit<TabOptions, keyof LayoutOptions>>()("label", "id", "interactive"),
  labelFirst: true,
  events: ["select"],
  parentType: "tabs",
}) as unknown as LabelledLayoutFactory<Tab, TabOptions>;
/** Gradio's alias. */
export const TabItem = Tab;

export interface Accordion extends Layout, EventMethods<"expand" | "collapse"> {}
export interface AccordionOptions extends LayoutOptions {
  label?: Text;
  open?: boolean;
}
export const Accordion = defineLayout("accordion", {
  name: "Accordion",
  options: optionNames<Omit<AccordionOptions, keyof LayoutOptions>>()("label", "open"),
  labelFirst: true,
  defaults: { open: true },
  events: ["expand", "collapse"],
}) as unknown as LabelledLayoutFactory<Accordion, AccordionOptions>;

export interface Sidebar extends Layout, EventMethods<"expand" | "collapse"> {}
export interface SidebarOptions extends LayoutOptions {
  label?: Text;
  open?: boolean;
  position?: "left" | "right";
  width?: number | string;
}
export const Sidebar = defineLayout("sidebar", {
  name: "Sidebar",
  options: optionNames<Omit<SidebarOptions, keyof LayoutOptions>>()("label", "open", "position", "width"),
  defaults: { open: true, position: "left", width: 320 },
  events: ["expand", "collapse"],
}) as unknown as LayoutFactory<Sidebar, SidebarOptions>;

export interface Walkthrough extends Layout, EventMethods<"change" | "select"> {}
export interface WalkthroughOptions extends LayoutOptions {
  /** The step shown: its index, or its `id`. */
  selected?: number | string | null;
}
/** A sequence of steps the app moves through (`gr.Walkthrough({ selected })` from a listener). */
export const Walkthrough = defineLayout("walkthrough", {
  name: "Walkthrough",
  options: optionNames<Omit<WalkthroughOptions, keyof LayoutOptions>>()("selected"),
  defaults: { selected: null },
  events: ["change", "select"],
}) as unknown as LayoutFactory<Walkthrough, WalkthroughOptions>;

export interface Step extends Layout, EventMethods<"select"> {}
export interface StepOptions extends LayoutOptions {
  label?: Text;
  id?: string | number | null;
}
export const Step = defineLayout("step", {
  name: "Step",
  options: optionNames<Omit<StepOptions, keyof LayoutOptions>>()("label", "id"),
  labelFirst: true,
  events: ["select"],
  parentType: "walkthrough",
}) as unknown as LabelledLayoutFactory<Step, StepOptions>;

implicitParents.set("tabs", () => Tabs());
implicitParents.set("walkthrough", () => Walkthrough());

/** A page of a multipage app (`demo.route(name, body)`). */
export interface Route extends Layout {}
export const Route = defineLayout("route", { name: "Route", options: ["name", "path"] }) as unknown as LayoutFactory<
  Route,
  LayoutOptions & { name?: string; path?: string }
>;
