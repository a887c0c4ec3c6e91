// Layout blocks: each takes `(options?, body)` and places what the body
// creates inside it.

import type { Props } from "../worker/protocol.ts";
import { Layout } from "./block.ts";
import { callable } from "./callable.ts";
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

function defineLayout<O extends LayoutOptions>(type: string, defaults: Props = {}) {
  class Defined extends Layout {
    readonly type = type;
    constructor(options?: O | Body, body?: Body) {
      const [props, fn] = parse(type, options, body);
      super({ ...defaults, ...props }, props);
      this.build(fn);
    }
  }
  return callable(Defined);
}

export const Row = defineLayout<RowOptions>("row", { equalHeight: false, variant: "default" });
export const Column = defineLayout<ColumnOptions>("column", { scale: 1, minWidth: 320, variant: "default" });
export const Group = defineLayout<LayoutOptions>("group");
