// Converting what handlers return into cached files, and images into pixels:
// loaded with the first file a listener touches (most apps have none).

import type { FileData } from "../worker/protocol.ts";
import { isFileData } from "../worker/file-data.ts";
import { BadValueError } from "./component.ts";
import { fileHost } from "./files.ts";
import { describe } from "./values.ts";

/** Anything a handler may return for a file output, stored as FileData. */
const SAFE_URL = /^(?:https?:|blob:|data:)/i;

export async function toFileData(value: unknown, fallbackName: string): Promise<FileData | null> {
  if (value === null || value === undefined) return null;
  // A FileData the handler made itself: a url with a scheme a page must never follow (`javascript:`,
  // `file:`) crosses as "". A `data:` one crosses: the page shows it only as an octet-stream download.
  const files = fileHost();
  if (isFileData(value)) {
    if (CACHE_PATH.test(value.path) && value.url.startsWith("blob:") && !(await alive(value.url))) return revive(value);
    return !/^[a-z][\w+.-]*:/i.test(value.url) || SAFE_URL.test(value.url) ? value : { ...value, url: "" };
  }
  if (typeof File !== "undefined" && value instanceof File) return files.put(value, value.name, value.type || undefined);
  if (value instanceof Blob) return files.put(value, fallbackName, value.type || undefined);
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return files.put(new Blob([value as BlobPart]), fallbackName);
  if (typeof ImageData !== "undefined" && value instanceof ImageData) return files.put(await imageDataToPng(value), `${fallbackName}.png`, "image/png");
  if (typeof value === "string") {
    // A <gradio-file> name, else a URL or a path relative to the page (a server's file path in Gradio).
    const named = await files.named(value);
    if (named) return named;
    let url: URL;
    try {
      url = files.resolve(value);
    } catch {
      throw new BadValueError(`expects a file (Blob, File, Uint8Array, ImageData, FileData, a URL or a path), got ${describe(value)}`);
    }
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new BadValueError(`could not fetch ${url.href}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new BadValueError(`could not fetch ${url.href}: HTTP ${response.status}`);
    const name = decodeURIComponent(url.pathname.split("/").pop() || fallbackName);
    return files.put(await response.blob(), name);
  }
  throw new BadValueError(`expects a file (Blob, File, Uint8Array, ImageData, FileData or URL), got ${describe(value)}`);
}

/** A path in the app's file cache: `<sha-256>/<name>`. */
const CACHE_PATH = /^[0-9a-f]{64}\//;

/** Whether a `blob:` url still points at something (one made by an earlier visit's worker does not). */
async function alive(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    void response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * A FileData kept from an earlier visit (in a gr.BrowserState): its `url`
 * died with that visit's worker, but the file is still in the cache under
 * its path, so it gets a url of this worker. One no longer cached stays as
 * it was (the page shows it as missing).
 */
async function revive(file: FileData): Promise<FileData> {
  const files = fileHost();
  const blob = await files.read(file).catch(() => null);
  return blob ? files.put(blob, file.origName, file.mimeType) : file;
}

async function imageDataToPng(image: ImageData): Promise<Blob> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  canvas.getContext("2d")!.putImageData(image, 0, 0);
  return canvas.convertToBlob({ type: "image/png" });
}

export async function blobToImageData(blob: Blob, name = "the file"): Promise<ImageData> {
  // A corrupt or non-image upload: say so, not the browser's "source image could not be decoded".
  const bitmap = await createImageBitmap(blob).catch(() => {
    throw new BadValueError(`${name} is not an image the browser can read (${blob.type || "unknown type"}, ${blob.size} bytes)`);
  });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext("2d")!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

