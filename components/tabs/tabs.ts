// gr.Tabs and gr.Tab, gr.Walkthrough and gr.Step: the worker side (their view is ./view/).

import type { Layout } from "../../src/block.ts";
import { optionNames, type EventMethods, type Text } from "../../src/component.ts";
import { defineLayout, setImplicitParent, type LabelledLayoutFactory, type LayoutFactory, type LayoutOptions } from "../../src/define-layout.ts";

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

setImplicitParent("tabs", () => Tabs());
setImplicitParent("walkthrough", () => Walkthrough());
