// gr.Sidebar: the worker side (its view is ./view/).

import type { Layout } from "../../src/block.ts";
import { optionNames, type EventMethods, type Text } from "../../src/component.ts";
import { defineLayout, type LayoutFactory, type LayoutOptions } from "../../src/define-layout.ts";

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
