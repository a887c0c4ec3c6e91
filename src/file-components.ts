// What the file-valued components (File, Image, Audio, Video, Gallery and
// more) share in the worker: their values are FileData in the app's file
// cache (issue #4), and the handler receives what `type` asks for.

import type { Props } from "../worker/protocol.ts";
import { BadValueError } from "./component.ts";
import type { OptionsOf, ValueArg } from "./factory.ts";
import { checkFileData, type FileData } from "./files.ts";
import type { Inputs } from "./handler.ts";

/** What a handler may return to a file component: stored in the app's file cache. */
export type FileLike = FileData | Blob | File | Uint8Array | ArrayBuffer | ImageData | string;

/** What a handler receives from a file component, per its `type`. */
export interface FileTypes {
  filedata: FileData;
  blob: Blob;
  imagedata: ImageData;
}

/** A file component's factory: `type` picks what the handler receives (`V`'s key). */
export interface FileFactory<C extends { filedata: unknown; blob: unknown }, R, X, Ty extends keyof C & string = "filedata" | "blob"> {
  <T extends Ty = Extract<"filedata", Ty>, const I extends Inputs = null>(options?: OptionsOf<X & { type?: T }, R, I>): C[T];
  <T extends Ty = Extract<"filedata", Ty>, const I extends Inputs = null>(value: ValueArg<R, I>, options?: OptionsOf<X & { type?: T }, R, I>): C[T];
}

// The converters load with the first file (src/file-convert.ts).
const convert = () => import("./file-convert.ts");
export const toFileData = async (value: unknown, name: string) => (await convert()).toFileData(value, name);
export const blobToImageData = async (blob: Blob, name: string) => (await convert()).blobToImageData(blob, name);

export const many = (props: Props) => props.fileCount === "multiple" || props.fileCount === "directory";

export function fileList(value: unknown, type: string, props: Props): FileData | FileData[] | null {
  if (!many(props)) return checkFileData(value, type);
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new BadValueError(`${type} with fileCount "${String(props.fileCount)}" expects a list of files`);
  return value.map((v) => checkFileData(v, type)!).filter(Boolean);
}

export async function eachFile<T>(value: unknown, props: Props, fn: (v: unknown) => Promise<T>): Promise<T | T[] | null> {
  if (many(props)) return Promise.all(((value as unknown[] | null) ?? []).map(fn));
  return value === null || value === undefined ? null : fn(value);
}
