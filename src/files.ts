// Files in app code: `await gr.readFile(fileData | path)` gives a Blob, and
// what a handler returns to a file output (Blob, File, Uint8Array, ImageData,
// FileData, a URL) is stored in the app's file cache (worker/file-cache.ts).

import type { FileData } from "../worker/protocol.ts";
import { isFileData } from "../worker/file-data.ts";
import { BadValueError } from "./component.ts";
import { UsageError } from "./errors.ts";
import { describe } from "./values.ts";

export type { FileData };

/** What the engine provides: the cache of this app. */
export interface FileHost {
  read(file: FileData | string): Promise<Blob>;
  put(blob: Blob, name?: string, mimeType?: string): Promise<FileData>;
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

/** Anything a handler may return for a file output, stored as FileData. */
export async function toFileData(value: unknown, fallbackName: string): Promise<FileData | null> {
  if (value === null || value === undefined) return null;
  if (isFileData(value)) return value;
  const files = fileHost();
  if (typeof File !== "undefined" && value instanceof File) return files.put(value, value.name, value.type || undefined);
  if (value instanceof Blob) return files.put(value, fallbackName, value.type || undefined);
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return files.put(new Blob([value as BlobPart]), fallbackName);
  if (typeof ImageData !== "undefined" && value instanceof ImageData) return files.put(await imageDataToPng(value), `${fallbackName}.png`, "image/png");
  if (typeof value === "string") {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new BadValueError(`expects a file (Blob, File, Uint8Array, ImageData, FileData or URL), got ${describe(value)}`);
    }
    const response = await fetch(url);
    if (!response.ok) throw new BadValueError(`could not fetch ${url.href}: HTTP ${response.status}`);
    const name = decodeURIComponent(url.pathname.split("/").pop() || fallbackName);
    return files.put(await response.blob(), name);
  }
  throw new BadValueError(`expects a file (Blob, File, Uint8Array, ImageData, FileData or URL), got ${describe(value)}`);
}

async function imageDataToPng(image: ImageData): Promise<Blob> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  canvas.getContext("2d")!.putImageData(image, 0, 0);
  return canvas.convertToBlob({ type: "image/png" });
}

export async function blobToImageData(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext("2d")!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** A FileData from the page, checked. */
export function checkFileData(value: unknown, type: string): FileData | null {
  if (value === null || value === undefined) return null;
  if (!isFileData(value)) throw new BadValueError(`${type} expects a file (FileData), got ${describe(value)}`);
  return value;
}
