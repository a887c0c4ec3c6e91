// Webcam frames in the worker (issue #11). A frame crosses from the page as
// an ImageBitmap, moved, not copied, and becomes what the handler's `type`
// asks for; what a handler returns to a streaming gr.Image goes back as an
// ImageBitmap too: no PNG, no file in the cache, one copy of the pixels.
// Loaded with an app's first frame.

import type { FileData } from "../worker/protocol.ts";
import { BadValueError } from "./component.ts";
import { fileHost } from "./files.ts";

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

/** One canvas for every frame: a stream converts one frame after another, at the same size. */
function drawn(bitmap: ImageBitmap): OffscreenCanvasRenderingContext2D {
  if (!canvas || !context) {
    canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    // Read back every frame: keep it in memory, not on a GPU it would be copied back from.
    context = canvas.getContext("2d", { willReadFrequently: true })!;
  }
  if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
  } else {
    context.clearRect(0, 0, bitmap.width, bitmap.height);
  }
  context.drawImage(bitmap, 0, 0);
  return context;
}

/** A frame as the handler's `type` names it: ImageData (pixels), a PNG Blob, or a PNG in the file cache. */
export async function frameAs(bitmap: ImageBitmap, type: unknown): Promise<ImageData | Blob | FileData> {
  if (!bitmap.width || !bitmap.height) throw new BadValueError("received an empty frame (its pixels were already moved or closed)");
  const g = drawn(bitmap);
  if (type !== "blob" && type !== "filedata") return g.getImageData(0, 0, bitmap.width, bitmap.height);
  const png = await canvas!.convertToBlob({ type: "image/png" });
  return type === "blob" ? png : fileHost().put(png, `frame-${Date.now()}.png`, "image/png");
}

/**
 * What a handler returned to a streaming gr.Image, as a frame for the page:
 * ImageData, an ImageBitmap, an OffscreenCanvas or an image Blob. A bitmap
 * or canvas the handler holds is copied (it may draw on it again); the copy
 * is moved to the page. Anything else (a FileData, a URL) is `undefined`:
 * stored as a file, as for any image.
 */
export async function toFrame(value: unknown): Promise<ImageBitmap | null | undefined> {
  if (value === null || value === undefined) return null;
  const pixels =
    value instanceof ImageData ||
    value instanceof ImageBitmap ||
    (typeof OffscreenCanvas !== "undefined" && value instanceof OffscreenCanvas) ||
    (value instanceof Blob && (!value.type || value.type.startsWith("image/")));
  if (!pixels) return undefined;
  try {
    return await createImageBitmap(value);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new BadValueError(`could not make a frame of this ${value.constructor.name} (${why})`);
  }
}
