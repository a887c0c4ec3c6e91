// Webcam frames in the worker (issue #11). A camera frame crosses from the
// page as a VideoFrame (or, without WebCodecs, an ImageBitmap), moved, not
// copied, and becomes what the handler's `type` asks for: drawn here, so the
// conversion from the camera's format and the mirroring happen off the main
// thread. What a handler returns to a streaming gr.Image goes back as an
// ImageBitmap: no PNG, no file in the cache, one copy of the pixels. Loaded
// with an app's first frame.

import type { FileData } from "../../worker/protocol.ts";
import { BadValueError } from "../../src/component.ts";
import { fileHost } from "../../src/files.ts";

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

/** A camera frame (VideoFrame) or a picture (ImageBitmap). */
export type Frame = ImageBitmap | VideoFrame;

const sizeOf = (frame: Frame) => (frame instanceof ImageBitmap ? [frame.width, frame.height] : [frame.displayWidth, frame.displayHeight]);

/** One canvas for every frame: a stream converts one frame after another, at the same size. */
function drawn(frame: Frame, width: number, height: number, mirror: boolean): OffscreenCanvasRenderingContext2D {
  if (!canvas || !context) {
    canvas = new OffscreenCanvas(width, height);
    // Read back every frame: keep it in memory, not on a GPU it would be copied back from.
    context = canvas.getContext("2d", { willReadFrequently: true })!;
  }
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  } else {
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
  }
  context.setTransform(mirror ? -1 : 1, 0, 0, 1, mirror ? width : 0, 0);
  context.drawImage(frame, 0, 0, width, height);
  return context;
}

/** What each frame became: one run may take the same frame twice (`inputs: [cam, cam]`). */
const converted = new WeakMap<Frame, Map<unknown, Promise<ImageData | Blob | FileData>>>();

/**
 * A frame as the handler's `type` names it: ImageData (pixels), a PNG Blob,
 * or a PNG in the file cache; a camera frame mirrored as its preview is
 * when `mirror`. The frame is closed once read: a VideoFrame holds one of
 * the camera's few buffers, and an ImageBitmap's 1.2 MB would otherwise
 * wait for the garbage collector.
 */
export function frameAs(frame: Frame, type: unknown, mirror = false): Promise<ImageData | Blob | FileData> {
  let forms = converted.get(frame);
  if (!forms) converted.set(frame, (forms = new Map()));
  let made = forms.get(type);
  if (!made) forms.set(type, (made = convert(frame, type, mirror)));
  return made;
}

async function convert(frame: Frame, type: unknown, mirror: boolean): Promise<ImageData | Blob | FileData> {
  const [width, height] = sizeOf(frame);
  if (!width || !height) throw new BadValueError("received an empty frame (its pixels were already moved or closed)");
  const g = drawn(frame, width, height, mirror);
  if (type !== "blob" && type !== "filedata") {
    const pixels = g.getImageData(0, 0, width, height);
    frame.close();
    return pixels;
  }
  frame.close();
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
