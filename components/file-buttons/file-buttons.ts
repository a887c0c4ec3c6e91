// Gradio's three special buttons: DownloadButton (its value is a file, which
// a click downloads), UploadButton (a click opens the file dialog; the files
// become its value) and ClearButton (a click empties the components given).
// As in Gradio, `label` is a file button's text; a ClearButton's is its value.

import type { Props } from "../../worker/protocol.ts";
import { currentParent } from "../../src/block.ts";
import { callable } from "../../src/callable.ts";
import { BadValueError, defineComponent, optionNames, type Component, type ComponentSpec, type EventMethods } from "../../src/component.ts";
import { UsageError } from "../../src/errors.ts";
import { define, type OptionsOf, type ValueArg, type ValueFactory } from "../../src/factory.ts";
import { checkFileData, type FileData } from "../../src/files.ts";
import type { Inputs } from "../../src/handler.ts";
import type { FileLike, FileTypes } from "../../src/file-components.ts";
import type { FileOwnOptions } from "../file/file.ts";
import { fileHost } from "../../src/files.ts";
import { toText } from "../../src/values.ts";
import type { TextLike } from "../../src/values.ts";

// The converters load with the first file, as gr.File's do (components/media/media.ts).
const toFileData = async (value: unknown, name: string) => (await import("../../src/file-convert.ts")).toFileData(value, name);

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

// gr.File's list handling (components/media/media.ts), restated: importing it from media.ts
// made the worker's bundler split two shared chunks off hello world's entry
// (0.5 KB more gzip, scripts/size.mjs), whatever module it was moved to.
const many = (props: Props) => props.fileCount === "multiple" || props.fileCount === "directory";

function fileList(value: unknown, props: Props): FileData | FileData[] | null {
  if (!many(props)) return checkFileData(value, "UploadButton");
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new BadValueError(`UploadButton with fileCount "${String(props.fileCount)}" expects a list of files`);
  return value.map((v) => checkFileData(v, "UploadButton")!).filter(Boolean);
}

async function eachFile(value: unknown, props: Props, fn: (v: unknown) => Promise<unknown>): Promise<unknown> {
  if (many(props)) return Promise.all(((value as unknown[] | null) ?? []).map(fn));
  return value === null || value === undefined ? null : fn(value);
}

export const UploadButton = define<UploadButtonFactory>({
  type: "uploadbutton",
  name: "UploadButton",
  events: ["click", "upload", "change"],
  options: optionNames<UploadButtonOwnOptions & { type?: string }>()("variant", "size", "fileCount", "fileTypes", "type"),
  defaults: { label: "Upload a File", variant: "secondary", size: "lg", fileCount: "single", type: "filedata", interactive: true },
  preprocess: fileList,
  postprocess: fileList,
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
