// gr.AnnotatedImage's conversions that touch pixels, loaded with its first
// value: the base image is stored (or, for a stream's output, kept as a
// frame) and measured, and each mask becomes a PNG of the image's size whose
// alpha is its confidence. The page colours masks, so a colorMap change or a
// hover never re-encodes one.

import type { FileData, Props } from "../../worker/protocol.ts";
import { isFileData } from "../../worker/file-data.ts";
import { checkBox, checkLabel, isBox, pairOf, type AnnotatedImageData, type AnnotationData } from "./annotated-image.ts";
import { BadValueError } from "../../src/component.ts";
import { toFileData } from "../../src/file-convert.ts";
import { fileHost } from "../../src/files.ts";
import { describe } from "../../src/values.ts";

const where = "AnnotatedImage";
const isBitmap = (v: unknown): v is ImageBitmap => typeof ImageBitmap === "function" && v instanceof ImageBitmap;
const isCanvas = (v: unknown): v is OffscreenCanvas => typeof OffscreenCanvas === "function" && v instanceof OffscreenCanvas;
const isPixels = (v: unknown): v is ImageData | ImageBitmap | OffscreenCanvas => v instanceof ImageData || isBitmap(v) || isCanvas(v);

/** A file's pixels, decoded; a file that is not an image is named, not the browser's "could not be decoded". */
async function decode(blob: Blob, what: string): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob);
  } catch {
    throw new BadValueError(`${where}: ${what} is not an image the browser can read (${blob.type || "unknown type"}, ${blob.size} bytes)`);
  }
}

const MIME: Record<string, string> = { webp: "image/webp", png: "image/png", jpeg: "image/jpeg", jpg: "image/jpeg" };

/** Pixels as a canvas of their size, to encode or to read back. */
function canvasOf(pixels: ImageData | ImageBitmap | OffscreenCanvas): OffscreenCanvas {
  if (isCanvas(pixels)) return pixels;
  const canvas = new OffscreenCanvas(pixels.width, pixels.height);
  const g = canvas.getContext("2d")!;
  if (pixels instanceof ImageData) g.putImageData(pixels, 0, 0);
  else g.drawImage(pixels, 0, 0);
  return canvas;
}

/** The base image: stored in the cache (pixels encoded as `format`), or for a stream's output a frame; with its size. */
async function storeBase(image: unknown, props: Props & { streaming?: boolean }): Promise<{ image: FileData | ImageBitmap; width: number; height: number }> {
  if (isPixels(image)) {
    if (!image.width || !image.height) throw new BadValueError(`${where}: the image is empty (0 pixels; a frame already moved or closed?)`);
    if (props.streaming) return { image: await createImageBitmap(image), width: image.width, height: image.height };
    const format = String(props.format ?? "webp");
    const blob = await canvasOf(image).convertToBlob({ type: MIME[format] ?? "image/webp" });
    const file = await fileHost().put(blob, `image.${format === "jpg" ? "jpeg" : format}`, blob.type);
    return { image: file, width: image.width, height: image.height };
  }
  const file = await toFileData(image, "image").catch((error: unknown) => {
    throw new BadValueError(`${where}: the image ${error instanceof Error ? error.message : String(error)}`);
  });
  const bitmap = await decode(await fileHost().read(file!), `the image "${file!.origName}"`);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return { image: file!, ...size };
}

/** Confidences (0–1), one per pixel, row by row: from rows of numbers or from an image's pixels. */
async function confidences(mask: unknown, width: number, height: number, at: string): Promise<Uint8ClampedArray> {
  const alpha = new Uint8ClampedArray(width * height);
  const size = (w: number, h: number) => {
    if (w !== width || h !== height) throw new BadValueError(`${where}: the mask of ${at} is ${w}×${h}; it must be the image's size, ${width}×${height}`);
  };
  if (Array.isArray(mask)) {
    size(mask.every((row) => row && typeof row.length === "number") ? (mask[0]?.length ?? 0) : -1, mask.length);
    mask.forEach((row: ArrayLike<number>, y) => {
      if (row.length !== width) throw new BadValueError(`${where}: row ${y + 1} of the mask of ${at} has ${row.length} values; the image is ${width} wide`);
      for (let x = 0; x < width; x++) {
        const c = row[x];
        if (typeof c !== "number" || Number.isNaN(c)) throw new BadValueError(`${where}: the mask of ${at} must hold numbers from 0 to 1, got ${describe(c)} at row ${y + 1}, column ${x + 1}`);
        alpha[y * width + x] = Math.round(Math.min(1, Math.max(0, c)) * 255);
      }
    });
    return alpha;
  }
  let pixels: ImageData | ImageBitmap;
  if (mask instanceof ImageData) pixels = mask;
  else if (mask instanceof Blob || isFileData(mask) || typeof mask === "string") {
    const file = mask instanceof Blob ? null : await toFileData(mask, "mask");
    pixels = await decode(file ? await fileHost().read(file) : (mask as Blob), `the mask of ${at}`);
  } else {
    throw new BadValueError(`${where}: the mask of ${at} must be a box [x1, y1, x2, y2], rows of numbers from 0 to 1, ImageData or an image file, got ${describe(mask)}`);
  }
  size(pixels.width, pixels.height);
  const data = pixels instanceof ImageData ? pixels.data : canvasOf(pixels).getContext("2d")!.getImageData(0, 0, width, height).data;
  if (isBitmap(pixels)) pixels.close();
  for (let i = 0; i < alpha.length; i++) {
    const o = i * 4;
    alpha[i] = (Math.max(data[o]!, data[o + 1]!, data[o + 2]!) * data[o + 3]!) / 255;
  }
  return alpha;
}

/** A mask as a PNG in the cache: white, its alpha the confidence (the page gives it its colour). */
async function storeMask(mask: unknown, width: number, height: number, at: string): Promise<FileData> {
  const alpha = await confidences(mask, width, height, at);
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let i = 0; i < alpha.length; i++) rgba[i * 4 + 3] = alpha[i]!;
  const blob = await canvasOf(new ImageData(rgba, width, height)).convertToBlob({ type: "image/png" });
  return fileHost().put(blob, "mask.png", "image/png");
}

/** A handler's `[image, [[box | mask, label], …]]` → the page's value. The page's own value passes as it is. */
export async function storeAnnotated(value: unknown, props: Props & { streaming?: boolean }): Promise<AnnotatedImageData | null> {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) && typeof value === "object" && "annotations" in value && "width" in value) return value as AnnotatedImageData;
  const [image, list] = pairOf(value);
  const base = await storeBase(image, props);
  const annotations: AnnotationData[] = [];
  for (const [i, [shape, label]] of (list as Array<[unknown, unknown]>).entries()) {
    const at = `annotation ${i + 1}`;
    const text = checkLabel(label, at);
    annotations.push(isBox(shape) ? { label: text, box: checkBox(shape, at) } : { label: text, mask: await storeMask(shape, base.width, base.height, at) });
  }
  return { ...base, annotations };
}

/** The tuple a handler receives: a frame shown by a stream's output is stored as a PNG first, so the handler always gets a file. */
export async function loadAnnotated(value: unknown): Promise<unknown> {
  if (!Array.isArray(value) || !isBitmap(value[0])) return value;
  const blob = await canvasOf(value[0]).convertToBlob({ type: "image/png" });
  return [await fileHost().put(blob, "frame.png", "image/png"), value[1]];
}
