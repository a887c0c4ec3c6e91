// Gradio's three special buttons: DownloadButton (its value is a file, which
// a click downloads), UploadButton (a click opens the file dialog; the files
// become its value) and ClearButton (a click empties the components given).
// As in Gradio, `label` is a file button's text; a ClearButton's is its value.

import { currentParent } from "./block.ts";
import { callable } from "./callable.ts";
import { defineComponent, optionNames, type Component, type ComponentSpec, type EventMethods } from "./component.ts";
import { UsageError } from "./errors.ts";
import { define, type OptionsOf, type ValueArg, type ValueFactory } from "./factory.ts";
import { checkFileData, type FileData } from "./files.ts";
import type { Inputs } from "./handler.ts";
import { eachFile, fileList, toFileData, type FileLike, type FileOwnOptions, type FileTypes } from "./media.ts";
import { fileHost } from "./files.ts";
import { toText } from "./values.ts";
import type { TextLike } from "./components.ts";

export interface ButtonLookOptions {
  variant?: "primary" | "secondary" | "stop" | "huggingface";
  size?: "sm" | "md" | "lg";
}

export type DownloadButtonOwnOptions = ButtonLookOptions;
export interface DownloadButton extends Component<FileData | null, FileLike | null>, EventMethods<"click" | "change"> {}

export const DownloadButton = define<ValueFactory<DownloadButton, FileLike | null, DownloadButtonOwnOptions>>({
  type: "downloadbutton",
  name: "DownloadButton",
  events: ["click", "change"],
  options: optionNames<DownloadButtonOwnOptions>()("variant", "size"),
  // Enabled as an output too: Gradio's default is interactive=True.
  defaults: { label: "Download", variant: "secondary", size: "lg", interactive: true },
  isInput: false,
  preprocess: (v) => checkFileData(v, "DownloadButton"),
  postprocess: (v) => checkFileData(v, "DownloadButton"),
  files: { store: (v) => toFileData(v, "file"), load: async (v) => v },
});

export type UploadButtonOwnOptions = ButtonLookOptions & FileOwnOptions;
export interface UploadButton<V = FileData | null> extends Component<V, FileLike | FileLike[] | null>, EventMethods<"click" | "upload" | "change"> {}

/** `gr.UploadButton(options?)`: one file, or an array with `fileCount: "multiple"`; a FileData or (`type: "blob"`) a Blob. */
export interface UploadButtonFactory {
  <T extends "filedata" | "blob" = "filedata", const M extends FileOwnOptions["fileCount"] = "single", const I extends Inputs = null>(
    options?: OptionsOf<UploadButtonOwnOptions & { type?: T; fileCount?: M }, FileLike | FileLike[] | null, I>,
  ): UploadButton<M extends "multiple" | "directory" ? Array<FileTypes[T]> : FileTypes[T] | null>;
  <T extends "filedata" | "blob" = "filedata", const M extends FileOwnOptions["fileCount"] = "single", const I extends Inputs = null>(
    value: ValueArg<FileLike | FileLike[], I>,
    options?: OptionsOf<UploadButtonOwnOptions & { type?: T; fileCount?: M }, FileLike | FileLike[] | null, I>,
  ): UploadButton<M extends "multiple" | "directory" ? Array<FileTypes[T]> : FileTypes[T] | null>;
}

export const UploadButton = define<UploadButtonFactory>({
  type: "uploadbutton",
  name: "UploadButton",
  events: ["click", "upload", "change"],
  options: optionNames<UploadButtonOwnOptions & { type?: string }>()("variant", "size", "fileCount", "fileTypes", "type"),
  defaults: { label: "Upload a File", variant: "secondary", size: "lg", fileCount: "single", type: "filedata", interactive: true },
  preprocess: (v, p) => fileList(v, "UploadButton", p),
  postprocess: (v, p) => fileList(v, "UploadButton", p),
  files: {
    store: (v, p) => eachFile(v, p, (one) => toFileData(one, "file")),
    load: (v, p) => (p.type === "blob" ? eachFile(v, p, (one) => fileHost().read(one as FileData)) : Promise.resolve(v)),
  },
});

/** What a ClearButton empties: one component or several. */
export type Clearable = Component | readonly Component[] | null;

export interface ClearButtonOwnOptions extends ButtonLookOptions {
  /** The components a click empties (more with `add`). */
  components?: Clearable;
}

export interface ClearButton extends Component<string, TextLike>, EventMethods<"click"> {
  /** Adds components that a click empties, as Gradio's `ClearButton.add`; returns the button. */
  add(components: Clearable): this;
}

const clearSpec: ComponentSpec = {
  type: "button",
  name: "ClearButton",
  events: ["click"],
  options: optionNames<ClearButtonOwnOptions>()("components", "variant", "size"),
  defaults: { value: "Clear", variant: "secondary", size: "lg" },
  isInput: false,
  preprocess: (v) => toText(v, "ClearButton"),
  postprocess: (v) => toText(v, "ClearButton"),
};

// Gradio sets each component to its postprocess(None) and a State back to its
// initial value; a null output here goes through the same postprocess.
const emptyValue = (c: Component): unknown => ("stateful" in c && "initial" in c ? structuredClone(c.initial) : null);

class ClearButtonClass extends defineComponent(clearSpec) {
  constructor(first?: unknown, options?: object) {
    super(first, options);
    const components = this.props.components as Clearable | undefined;
    // Components are blocks, not props the page could receive.
    delete this.props.components;
    delete this.given.components;
    if (currentParent()) this.add(components ?? null);
  }

  add(components: Clearable): this {
    if (!components) return this;
    const list = Array.isArray(components) ? (components as readonly Component[]) : [components as Component];
    for (const c of list) {
      if (!(c && typeof c === "object" && "spec" in c)) throw new UsageError(`gr.ClearButton: components must be components, got ${String(c)}`);
    }
    (this as unknown as ClearButton).click(() => new Map(list.map((c) => [c, emptyValue(c)])), null, [...list], { apiName: false, queue: false, showProgress: "hidden" });
    return this;
  }
}

export const ClearButton = callable(ClearButtonClass) as unknown as ValueFactory<ClearButton, TextLike, ClearButtonOwnOptions>;
