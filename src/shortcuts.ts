// String shortcuts as Gradio accepts them: `inputs: "textbox"`.

import { Block } from "./block.ts";
import { Component } from "./component.ts";
import * as c from "./components.ts";
import * as file from "../components/file/file.ts";
import * as image from "../components/image/image.ts";
import * as media from "../components/media/media.ts";
import * as gallery from "../components/gallery/gallery.ts";
import { UsageError } from "./errors.ts";
import type { FileData } from "./files.ts";
import { State } from "../components/state/state.ts";

/** The component each shortcut names, for the compiler. */
export interface ShortcutComponents {
  textbox: c.Textbox;
  text: c.Textbox;
  textarea: c.Textbox;
  number: c.Number;
  slider: c.Slider;
  checkbox: c.Checkbox;
  checkboxgroup: c.CheckboxGroup<string[]>;
  radio: c.Radio<string | null>;
  dropdown: c.Dropdown<string | null>;
  markdown: c.Markdown;
  html: c.HTML;
  json: c.JSON;
  label: c.Label;
  file: file.File;
  files: file.File<FileData[]>;
  image: image.Image;
  audio: media.Audio;
  video: media.Video;
  gallery: gallery.Gallery;
  /** Interface state: one "state" input and one "state" output share a gr.State. */
  state: State<unknown>;
}
export type Shortcut = keyof ShortcutComponents;

/** A component, or the component a shortcut names. */
export type Resolve<X> = X extends Shortcut ? ShortcutComponents[X] : X;
/** One or several components or shortcuts, resolved. */
export type ResolveAll<X> = X extends readonly unknown[] ? { -readonly [K in keyof X]: Resolve<X[K]> } : Resolve<X>;

const SHORTCUTS: Record<Shortcut, () => Component> = {
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
  file: () => file.File(),
  files: () => file.File({ fileCount: "multiple" }),
  image: () => image.Image(),
  audio: () => media.Audio(),
  video: () => media.Video(),
  gallery: () => gallery.Gallery(),
  state: () => State(),
};

/** A component, or the component a shortcut names. */
export function toComponent(value: unknown, where: string): Component {
  if (value instanceof Component) return value;
  if (typeof value === "string") {
    const make = SHORTCUTS[value.toLowerCase().replace(/[\s_-]/g, "") as Shortcut];
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
