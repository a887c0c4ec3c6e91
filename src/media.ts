// File-valued components: their values are FileData in the app's file cache
// (issue #4). The handler receives what `type` asks for.

import type { Props } from "../worker/protocol.ts";
import { callable } from "./callable.ts";
import { BadValueError, defineComponent, type ComponentSpec } from "./component.ts";
import { blobToImageData, checkFileData, fileHost, toFileData, type FileData } from "./files.ts";

const many = (props: Props) => props.fileCount === "multiple" || props.fileCount === "directory";

function fileList(value: unknown, type: string, props: Props): FileData | FileData[] | null {
  if (!many(props)) return checkFileData(value, type);
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new BadValueError(`${type} with fileCount "${String(props.fileCount)}" expects a list of files`);
  return value.map((v) => checkFileData(v, type)!).filter(Boolean);
}

async function eachFile<T>(value: unknown, props: Props, fn: (v: unknown) => Promise<T>): Promise<T | T[] | null> {
  if (many(props)) return Promise.all(((value as unknown[] | null) ?? []).map(fn));
  return value === null || value === undefined ? null : fn(value);
}

const fileSpec: ComponentSpec = {
  type: "file",
  events: ["change", "upload", "clear", "select"],
  defaults: { fileCount: "single", type: "filedata" },
  preprocess: (v, p) => fileList(v, "File", p),
  postprocess: (v, p) => fileList(v, "File", p),
  files: {
    store: (v, p) => eachFile(v, p, (one) => toFileData(one, "file")),
    load: (v, p) => (p.type === "blob" ? eachFile(v, p, (one) => fileHost().read(one as FileData)) : Promise.resolve(v)),
  },
};

export const File = callable(defineComponent(fileSpec));

export const Image = callable(
  defineComponent({
    type: "image",
    events: ["change", "upload", "clear", "select"],
    defaults: { type: "filedata", sources: ["upload", "clipboard", "webcam"] },
    preprocess: (v) => checkFileData(v, "Image"),
    postprocess: (v) => checkFileData(v, "Image"),
    files: {
      store: (v) => toFileData(v, "image"),
      async load(v, p) {
        if (v === null || v === undefined || p.type === "filedata") return v;
        const blob = await fileHost().read(v as FileData);
        return p.type === "imagedata" ? blobToImageData(blob) : blob;
      },
    },
  }),
);
