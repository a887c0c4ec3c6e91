// String shortcuts as Gradio accepts them: `inputs: "textbox"`.

import { Block } from "./block.ts";
import { Component } from "./component.ts";
import * as c from "./components.ts";
import * as m from "./media.ts";
import { UsageError } from "./errors.ts";

const SHORTCUTS: Record<string, () => Component> = {
  textbox: () => c.Textbox(),
  text: () => c.Textbox(),
  textarea: () => c.Textbox({ lines: 7 }),
  number: () => c.Number(),
  slider: () => c.Slider(),
  checkbox: () => c.Checkbox(),
  checkboxgroup: () => c.CheckboxGroup(),
  radio: () => c.Radio(),
  dropdown: () => c.Dropdown(),
  markdown: () => c.Markdown(),
  html: () => c.HTML(),
  json: () => c.JSON(),
  label: () => c.Label(),
  file: () => m.File(),
  files: () => m.File({ fileCount: "multiple" }),
  image: () => m.Image(),
  audio: () => m.Audio(),
  video: () => m.Video(),
  gallery: () => m.Gallery(),
};

/** A component, or the component a shortcut names. */
export function toComponent(value: unknown, where: string): Component {
  if (value instanceof Component) return value;
  if (typeof value === "string") {
    const make = SHORTCUTS[value.toLowerCase().replace(/[\s_-]/g, "")];
    if (!make) {
      throw new UsageError(`${where}: unknown component shortcut "${value}" (known: ${Object.keys(SHORTCUTS).join(", ")})`);
    }
    return make();
  }
  if (value instanceof Block) throw new UsageError(`${where}: a layout (${value.type}) cannot be an input or output`);
  throw new UsageError(`${where}: expected a component or a shortcut string, got ${value === null ? "null" : typeof value}`);
}

export function toComponents(value: unknown, where: string): Component[] {
  if (value === null || value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v, i) => toComponent(v, `${where}[${i}]`));
}
