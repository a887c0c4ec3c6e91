// gr.File: the worker side (its view is ./view/).

import { optionNames, type Component, type ComponentSpec, type EventMethods } from "../../src/component.ts";
import { define, type OptionsOf, type ValueArg } from "../../src/factory.ts";
import { type FileLike, type FileTypes, toFileData, fileList, eachFile } from "../../src/file-components.ts";
import { fileHost, type FileData } from "../../src/files.ts";
import type { Inputs } from "../../src/handler.ts";

export interface FileOwnOptions {
  /** "single" (default), "multiple" or "directory": several files give an array. */
  fileCount?: "single" | "multiple" | "directory";
  /** Accepted types: extensions (".csv") or MIME groups ("image", "audio"). */
  fileTypes?: string[] | null;
}
export interface File<V = FileData | null> extends Component<V, FileLike | FileLike[] | null>, EventMethods<"change" | "upload" | "clear" | "select"> {}

/** `gr.File(options?)`: one file, or an array with `fileCount: "multiple"`; a FileData or (`type: "blob"`) a Blob. */
export interface FileComponentFactory {
  <T extends "filedata" | "blob" = "filedata", const M extends FileOwnOptions["fileCount"] = "single", const I extends Inputs = null>(
    options?: OptionsOf<FileOwnOptions & { type?: T; fileCount?: M }, FileLike | FileLike[] | null, I>,
  ): File<M extends "multiple" | "directory" ? Array<FileTypes[T]> : FileTypes[T] | null>;
  <T extends "filedata" | "blob" = "filedata", const M extends FileOwnOptions["fileCount"] = "single", const I extends Inputs = null>(
    value: ValueArg<FileLike | FileLike[], I>,
    options?: OptionsOf<FileOwnOptions & { type?: T; fileCount?: M }, FileLike | FileLike[] | null, I>,
  ): File<M extends "multiple" | "directory" ? Array<FileTypes[T]> : FileTypes[T] | null>;
}

const fileSpec: ComponentSpec = {
  type: "file",
  name: "File",
  options: optionNames<FileOwnOptions & { type?: string }>()("fileCount", "fileTypes", "type"),
  events: ["change", "upload", "clear", "select"],
  defaults: { fileCount: "single", type: "filedata" },
  preprocess: (v, p) => fileList(v, "File", p),
  postprocess: (v, p) => fileList(v, "File", p),
  files: {
    store: (v, p) => eachFile(v, p, (one) => toFileData(one, "file")),
    load: (v, p) => (p.type === "blob" ? eachFile(v, p, (one) => fileHost().read(one as FileData)) : Promise.resolve(v)),
  },
};

export const File = define<FileComponentFactory>(fileSpec);
