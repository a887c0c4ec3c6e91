// Layout blocks: each takes `(options?, body)` and places what the body
// creates inside it.

import type { Props } from "../worker/protocol.ts";
import { Layout } from "./block.ts";
import { callable } from "./callable.ts";
import { eventMethod, type EventMethod } from "./dependency.ts";
import { UsageError } from "./errors.ts";

export interface LayoutOptions {
  visible?: boolean;
  elemId?: string | null;
  elemClasses?: string | string[] | null;
  key?: string | number | null;
  render?: boolean;
  [prop: string]: unknown;
}

export interface RowOptions extends LayoutOptions {
  equalHeight?: boolean;
  variant?: "default" | "panel" | "compact";
  height?: number | string | null;
}

export interface ColumnOptions extends LayoutOptions {
  scale?: number;
  minWidth?: number;
  variant?: "default" | "panel" | "compact";
}

type Body = () => void;

function parse(type: string, a: unknown, b: unknown): [Props, Body | undefined] {
  if (typeof a === "function") return [{}, a as Body];
  if (a !== undefined && (a === null || typeof a !== "object")) {
    throw new UsageError(`gr.${type}(options?, body): options must be an object`);
  }
  if (b !== undefined && typeof b !== "function") throw new UsageError(`gr.${type}(options?, body): body must be a function`);
  return [{ ...(a as Props | undefined) }, b as Body | undefined];
}

interface LayoutSpec {
  defaults?: Props;
  /** Takes its label first, as Gradio's Tab and Accordion do: `gr.Tab("Settings", body)`. */
  labelFirst?: boolean;
  events?: readonly string[];
}

function defineLayout<O extends LayoutOptions>(type: string, spec: LayoutSpec = {}) {
  class Defined extends Layout {
    readonly type = type;
    constructor(...args: [options?: O | Body, body?: Body] | [label: string, options?: O | Body, body?: Body]) {
      const label = spec.labelFirst && typeof args[0] === "string" ? (args.shift() as string) : undefined;
      const [props, fn] = parse(type, args[0], args[1]);
      if (label !== undefined) props.label = label;
      super({ ...spec.defaults, ...props }, props);
      for (const name of spec.events ?? []) {
        Object.defineProperty(this, name, { value: eventMethod(this, name), enumerable: false });
      }
      this.build(fn);
    }
  }
  return callable(Defined);
}

export const Row = defineLayout<RowOptions>("row", { defaults: { equalHeight: false, variant: "default" } });
export const Column = defineLayout<ColumnOptions>("column", { defaults: { scale: 1, minWidth: 320, variant: "default" } });
export const Group = defineLayout<LayoutOptions>("group");

export interface TabsOptions extends LayoutOptions {
  /** The selected tab: its index, or its `id`. */
  selected?: number | string | null;
}
export interface TabOptions extends LayoutOptions {
  label?: string;
  id?: string | number | null;
}
export interface SidebarOptions extends LayoutOptions {
  label?: string;
  open?: boolean;
  position?: "left" | "right";
  width?: number | string;
}

export interface AccordionOptions extends LayoutOptions {
  label?: string;
  open?: boolean;
}

/** Layout events as methods: `tabs.select(fn, …)`, `accordion.expand(fn, …)`. */
type WithEvents<C, E extends string> = C & (new (...args: never[]) => Record<E, EventMethod>);

export const Tabs = defineLayout<TabsOptions>("tabs", { defaults: { selected: null }, events: ["change", "select"] }) as WithEvents<
  ReturnType<typeof defineLayout<TabsOptions>>,
  "change" | "select"
>;
export const Tab = defineLayout<TabOptions>("tab", { labelFirst: true, events: ["select"] }) as WithEvents<
  ReturnType<typeof defineLayout<TabOptions>>,
  "select"
>;
export const Accordion = defineLayout<AccordionOptions>("accordion", {
  labelFirst: true,
  defaults: { open: true },
  events: ["expand", "collapse"],
}) as WithEvents<ReturnType<typeof defineLayout<AccordionOptions>>, "expand" | "collapse">;

export const Sidebar = defineLayout<SidebarOptions>("sidebar", {
  defaults: { open: true, position: "left", width: 320 },
  events: ["expand", "collapse"],
}) as WithEvents<ReturnType<typeof defineLayout<SidebarOptions>>, "expand" | "collapse">;

export interface WalkthroughOptions extends LayoutOptions {
  /** The step shown: its index, or its `id`. */
  selected?: number | string | null;
}
export interface StepOptions extends LayoutOptions {
  label?: string;
  id?: string | number | null;
}

/** A sequence of steps the app moves through (`gr.Walkthrough({ selected })` from a listener). */
export const Walkthrough = defineLayout<WalkthroughOptions>("walkthrough", { defaults: { selected: null }, events: ["change", "select"] }) as WithEvents<
  ReturnType<typeof defineLayout<WalkthroughOptions>>,
  "change" | "select"
>;
export const Step = defineLayout<StepOptions>("step", { labelFirst: true, events: ["select"] }) as WithEvents<
  ReturnType<typeof defineLayout<StepOptions>>,
  "select"
>;

/** A page of a multipage app (`demo.route(name, body)`). */
export const Route = defineLayout<LayoutOptions & { name?: string; path?: string }>("route");
