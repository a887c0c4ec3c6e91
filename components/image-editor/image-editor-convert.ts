// gr.ImageEditor's conversions that touch files, loaded with its first value:
// a handler's images are stored in the file cache (pixels encoded in the
// editor's `format`), and the page's files become what `type` and
// `imageMode` ask for.

import type { FileData, Props } from "../../worker/protocol.ts";
import { BadValueError } from "../../src/component.ts";
import { blobToImageData, toFileData } from "../../src/file-convert.ts";
import { fileHost } from "../../src/files.ts";
import { checkEditorData, type EditorValue } from "./image-editor.ts";
import { describe } from "../../src/values.ts";

const MIME: Record<string, string> = { webp: "image/webp", png: "image/png", jpeg: "image/jpeg", jpg: "image/jpeg" };
const isBitmap = (v: unknown): v is ImageBitmap => typeof ImageBitmap === "function" && v instanceof ImageBitmap;
const isCanvas = (v: unknown): v is OffscreenCanvas => typeof OffscreenCanvas === "function" && v instanceof OffscreenCanvas;
const isPixels = (v: unknown): v is ImageData | ImageBitmap | OffscreenCanvas => (typeof ImageData === "function" && v instanceof ImageData) || isBitmap(v) || isCanvas(v);
const PARTS = ["background", "layers", "composite"];

/** Pixels as a canvas of their size. */
function canvasOf(pixels: ImageData | ImageBitmap | OffscreenCanvas): OffscreenCanvas {
  if (isCanvas(pixels)) {
    // A canvas never drawn on has no context, and convertToBlob refuses it: a blank one is what it shows.
    pixels.getContext("2d");
    return pixels;
  }
  const canvas = new OffscreenCanvas(pixels.width, pixels.height);
  const g = canvas.getContext("2d")!;
  if (pixels instanceof ImageData) g.putImageData(pixels, 0, 0);
  else g.drawImage(pixels, 0, 0);
  return canvas;
}

/** One image of a handler's value, stored; `what` names it in an error. */
async function storeImage(image: unknown, props: Props, what: string): Promise<FileData | null> {
  if (image === null || image === undefined) return null;
  if (isPixels(image)) {
    if (!image.width || !image.height) throw new BadValueError(`ImageEditor: the ${what} is empty (0 pixels)`);
    const format = String(props.format ?? "webp");
    const blob = await canvasOf(image).convertToBlob({ type: MIME[format] ?? "image/webp" });
    return fileHost().put(blob, `${what.replace(/ /g, "-")}.${format === "jpg" ? "jpeg" : format}`, blob.type);
  }
  try {
    return await toFileData(image, what.replace(/ /g, "-"));
  } catch (error) {
    throw new BadValueError(`ImageEditor: the ${what} ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A handler's `{ background, layers, composite }`, or one image (the background, and so the composite too). */
export async function storeEditor(value: unknown, props: Props): Promise<EditorValue | null> {
  if (value === null || value === undefined) return null;
  const parts = typeof value === "object" && !Array.isArray(value) && !isPixels(value) && !(value instanceof Blob) && Object.keys(value).some((k) => PARTS.includes(k));
  if (!parts) {
    if (Array.isArray(value)) throw new BadValueError(`ImageEditor expects { background, layers, composite } or one image, got ${describe(value)}`);
    const image = await storeImage(value, props, "background");
    return { background: image, layers: [], composite: image };
  }
  const v = value as { background?: unknown; layers?: unknown; composite?: unknown };
  if (v.layers !== null && v.layers !== undefined && !Array.isArray(v.layers)) throw new BadValueError(`ImageEditor: layers must be a list of images, got ${describe(v.layers)}`);
  const layers = (v.layers as unknown[] | null | undefined) ?? [];
  const [background, composite, ...stored] = await Promise.all([
    storeImage(v.background, props, "background"),
    storeImage(v.composite, props, "composite"),
    ...layers.map((layer, i) => storeImage(layer, props, `layer ${i + 1}`)),
  ]);
  // Gradio leaves out a layer that is None.
  return checkEditorData({ background, composite, layers: stored.filter((f): f is FileData => !!f) });
}

/** Pixels in the editor's imageMode: "RGB" drops alpha (as Pillow's convert), "L" is Pillow's luma (ITU-R 601-2). */
function toMode(image: ImageData, mode: string): ImageData {
  if (mode === "RGBA") return image;
  const d = image.data;
  for (let i = 0; i < d.length; i += 4) {
    if (mode === "L") d[i] = d[i + 1] = d[i + 2] = Math.round((d[i]! * 299 + d[i + 1]! * 587 + d[i + 2]! * 114) / 1000);
    d[i + 3] = 255;
  }
  return image;
}

/** One file from the page, as the handler asks for it. */
async function loadImage(file: FileData | null, props: Props, what: string): Promise<unknown> {
  const mode = String(props.imageMode ?? "RGBA");
  if (!file || (props.type === "filedata" && mode === "RGBA")) return file;
  const blob = await fileHost().read(file);
  if (props.type === "blob" && mode === "RGBA") return blob;
  const pixels = toMode(await blobToImageData(blob, `the ${what} "${file.origName}"`), mode);
  if (props.type === "imagedata") return pixels;
  const png = await canvasOf(pixels).convertToBlob({ type: "image/png" });
  return props.type === "blob" ? png : fileHost().put(png, `${file.origName.replace(/\.[^.]*$/, "")}.png`, "image/png");
}

/** The page's value → the handler's, each image per `type` and `imageMode`. */
export async function loadEditor(value: unknown, props: Props): Promise<unknown> {
  const v = checkEditorData(value);
  if (!v) return null;
  const [background, composite, ...layers] = await Promise.all([
    loadImage(v.background, props, "background"),
    loadImage(v.composite, props, "composite"),
    ...v.layers.map((layer, i) => loadImage(layer, props, `layer ${i + 1}`)),
  ]);
  return { background, layers, composite };
}
