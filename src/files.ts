// Files in app code: `await gr.readFile(fileData | path)` gives a Blob, and
// what a handler returns to a file output (Blob, File, Uint8Array, ImageData,
// FileData, a URL) is stored in the app's file cache (worker/file-cache.ts).

import type { FileCache } from "../worker/file-cache.ts";
import type { FileData as WireFileData } from "../worker/protocol.ts";
import { isFileData } from "../worker/file-data.ts";
import { BadValueError } from "./component.ts";
import { UsageError } from "./errors.ts";
import { describe } from "./values.ts";

/** A file in the app's cache, as Gradio's FileData: what a file component's value is on the wire. */
export type FileData = WireFileData;

/**
 * In a custom component's `static dataModel`, marks where its value holds a
 * file (Gradio's `FileData` field): a path or URL returned there is stored in
 * the file cache too, not only Blobs.
 */
export const FileData: { readonly kind: "gradio.FileData" } = Object.freeze({ kind: "gradio.FileData" });

/** A custom component's data model: a file, a list of one model, or an object of models per key. */
export type DataModel = typeof FileData | readonly [DataModel] | { readonly [key: string]: DataModel };

/** What the engine provides: the cache of this app. */
export interface FileHost {
  read(file: FileData | string): Promise<Blob>;
  put(blob: Blob, name?: string, mimeType?: string): Promise<FileData>;
  /** A file given by `<gradio-file name>`, if there is one by that name. */
  named(name: string): Promise<FileData | null>;
  /** Where a relative path points: the page (or the app's `src`). */
  resolve(path: string): URL;
  /** @internal The cache itself, for what keeps files beyond a run (flagged rows). */
  cache(): Promise<FileCache>;
  /** The app's key (its page and element): what it keeps in the browser is its own. */
  app(): string;
}

let host: FileHost | null = null;

export function setFileHost(next: FileHost | null): void {
  host = next;
}

export function fileHost(): FileHost {
  if (!host) throw new UsageError("Files can be read once the app runs (call gr.readFile inside a handler)");
  return host;
}

/** The Blob of a file the app was given: a FileData, its path, or a `<gradio-file>` name. */
export function readFile(file: FileData | string): Promise<Blob> {
  if (typeof file !== "string" && !isFileData(file)) {
    return Promise.reject(new UsageError(`gr.readFile expects a FileData or a path, got ${describe(file)}`));
  }
  return fileHost().read(file);
}

/** A FileData from the page, checked. */
export function checkFileData(value: unknown, type: string): FileData | null {
  if (value === null || value === undefined) return null;
  if (!isFileData(value)) throw new BadValueError(`${type} expects a file (FileData), got ${describe(value)}`);
  return value;
}
