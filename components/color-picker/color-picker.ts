// gr.ColorPicker: a colour as Gradio's frontend sends it, "#rrggbb". A
// handler may return the short form "#rgb", "#rrggbbaa" or an rgb() text,
// which the page shows as "#rrggbb"; anything else is named as wrong.

import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { describe } from "../../src/values.ts";

/** Gradio's ColorPicker has only the common options. */
export type ColorPickerOwnOptions = Record<never, never>;

export interface ColorPicker extends Component<string | null, string | null>, EventMethods<"change" | "input" | "release" | "submit" | "focus" | "blur"> {}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+%?\s*)?\)$/i;

/** Any accepted colour text → "#rrggbb" (the alpha of "#rrggbbaa" is dropped, as Gradio's picker has none). */
export function toHexColor(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") {
    const text = value.trim();
    const hex = HEX.exec(text)?.[1];
    if (hex) {
      const full = hex.length <= 4 ? [...hex.slice(0, 3)].map((c) => c + c).join("") : hex.slice(0, 6);
      return `#${full.toLowerCase()}`;
    }
    const rgb = RGB.exec(text);
    if (rgb && rgb.slice(1, 4).every((c) => Number(c) <= 255)) {
      return `#${rgb.slice(1, 4).map((c) => Number(c).toString(16).padStart(2, "0")).join("")}`;
    }
  }
  throw new BadValueError(`ColorPicker expects a hex colour such as "#ff8800" (or "rgb(255, 136, 0)"), got ${describe(value)}`);
}

export const ColorPicker = define<ValueFactory<ColorPicker, string | null, ColorPickerOwnOptions>>({
  type: "colorpicker",
  name: "ColorPicker",
  events: ["change", "input", "release", "submit", "focus", "blur"],
  options: optionNames<ColorPickerOwnOptions>()(),
  defaults: { minWidth: 160 },
  preprocess: toHexColor,
  postprocess: toHexColor,
});
