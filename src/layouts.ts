// Gradio's layouts, gathered: each is a folder in components/ (on the base in
// ./define-layout.ts); a multipage app's Route is laid out by ui/pages.tsx.

import type { Layout } from "./block.ts";
import { defineLayout, type LayoutFactory, type LayoutOptions } from "./define-layout.ts";

export type { Body, LayoutOptions, LayoutFactory, LabelledLayoutFactory } from "./define-layout.ts";
export * from "../components/layout/layout.ts";
export * from "../components/tabs/tabs.ts";
export * from "../components/accordion/accordion.ts";
export * from "../components/sidebar/sidebar.ts";

/** A page of a multipage app (`demo.route(name, body)`). */
export interface Route extends Layout {}
export const Route = defineLayout("route", { name: "Route", options: ["name", "path"] }) as unknown as LayoutFactory<
  Route,
  LayoutOptions & { name?: string; path?: string }
>;
