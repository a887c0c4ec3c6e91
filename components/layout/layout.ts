// gr.Row, gr.Column and gr.Group: the worker side (their view is ./view/).

import type { Layout } from "../../src/block.ts";
import { optionNames } from "../../src/component.ts";
import { defineLayout, type LayoutFactory, type LayoutOptions } from "../../src/define-layout.ts";

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
