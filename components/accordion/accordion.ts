// gr.Accordion: the worker side (its view is ./view/).

import type { Layout } from "../../src/block.ts";
import { optionNames, type EventMethods, type Text } from "../../src/component.ts";
import { defineLayout, type LabelledLayoutFactory, type LayoutOptions } from "../../src/define-layout.ts";

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
