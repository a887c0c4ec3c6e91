// gr.AnnotatedImage: a base image with boxes and masks on it, each with a
// label (Gradio's object detection and segmentation output). A handler
// returns Gradio's tuple, `[image, [[box | mask, label], …]]`; the page gets
// the image as a file (or, as the output of a `stream` listener, as a frame),
// its size, each box as it is and each mask as a PNG whose alpha is the
// mask's confidence, coloured on the page. The conversions that touch pixels
// load with the first value (components/annotated-image/annotated-image-convert.ts).

import type { FileData, Props } from "../../worker/protocol.ts";
import { isFileData } from "../../worker/file-data.ts";
import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { listenerHooks } from "../../src/dependency.ts";
import { UsageError } from "../../src/errors.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import type { FileLike } from "../../src/file-components.ts";
import { describe } from "../../src/values.ts";

/** A box in the image's pixels: left, top, right, bottom (Gradio's `(x1, y1, x2, y2)`). */
export type BoundingBox = readonly [x1: number, y1: number, x2: number, y2: number];

/**
 * A mask: rows of confidences from 0 to 1, the image's height by its width
 * (Gradio's numpy array); or an image of that size, whose pixels' brightest
 * channel times their alpha is the confidence (white on black, or a
 * coloured overlay).
 */
export type AnnotationMask = ReadonlyArray<ArrayLike<number>> | ImageData | Blob | FileData | string;

/** What a handler may return: the base image and its `[box | mask, label]` pairs. */
export type AnnotatedImageLike = readonly [image: FileLike | ImageBitmap | OffscreenCanvas, annotations: ReadonlyArray<readonly [BoundingBox | AnnotationMask, string]>] | null;

/** What a handler receives: the image as a file in the cache, and each annotation's box or mask file with its label. */
export type AnnotatedImageValue = [image: FileData, annotations: Array<[BoundingBox | FileData, string]>];

/** One annotation on the page: a box, or a mask (a PNG whose alpha is the confidence). */
export type AnnotationData = { label: string; box: [number, number, number, number] } | { label: string; mask: FileData };

/** The value on the page: the image (a frame for a stream's output), its size in pixels, and its annotations. */
export interface AnnotatedImageData {
  image: FileData | ImageBitmap;
  width: number;
  height: number;
  annotations: AnnotationData[];
}

export interface AnnotatedImageOwnOptions {
  /** How an image given as pixels (ImageData, a canvas) is stored: "webp" (Gradio's default), "png" or "jpeg". */
  format?: "webp" | "png" | "jpeg" | "jpg";
  /** A legend of the annotations under the image; hovering or focusing an entry shows its label's annotations alone (default true). */
  showLegend?: boolean;
  /** Colours of labels (`{ happy: "#22c55e" }`); the others get Gradio's hues, spread around the colour wheel. */
  colorMap?: Record<string, string> | null;
  /** Buttons over the image: `["fullscreen"]` (the default) or none (`[]`). */
  buttons?: Array<"fullscreen"> | null;
}

export interface AnnotatedImage extends Component<AnnotatedImageValue | null, AnnotatedImageLike>, EventMethods<"change" | "select"> {}

const where = "AnnotatedImage";
const FORMATS = ["webp", "png", "jpeg", "jpg"];
const isBitmap = (v: unknown): v is ImageBitmap => typeof ImageBitmap === "function" && v instanceof ImageBitmap;

/** A box as four finite numbers, left ≤ right and top ≤ bottom; anything else is named. */
export function checkBox(box: unknown, at: string): [number, number, number, number] {
  const ok = Array.isArray(box) && box.length === 4 && box.every((n) => typeof n === "number" && Number.isFinite(n)) && box[0] <= box[2] && box[1] <= box[3];
  // A short list shows its numbers: "got [3, 2, 1, 4]" says what is wrong with it.
  const got = Array.isArray(box) && box.length <= 8 ? `[${box.map((n) => (typeof n === "number" ? String(n) : describe(n))).join(", ")}]` : describe(box);
  if (!ok) throw new BadValueError(`${where}: the box of ${at} must be [x1, y1, x2, y2], four numbers with x1 ≤ x2 and y1 ≤ y2, got ${got}`);
  return [box[0], box[1], box[2], box[3]];
}

/** A box rather than a mask: a list of numbers, even a wrong one (then named as a box); rows, pixels or a file are a mask. */
export const isBox = (v: unknown): boolean => Array.isArray(v) && v.every((n) => typeof n === "number");

export function checkLabel(label: unknown, at: string): string {
  if (typeof label !== "string") throw new BadValueError(`${where}: the label of ${at} must be text, got ${describe(label)}`);
  return label;
}

/** The handler's pair `[image, annotations]`, its two parts named when they are wrong. */
export function pairOf(value: unknown): [unknown, unknown[]] {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new BadValueError(`${where} expects [image, annotations], where annotations is a list of [box or mask, label] pairs, got ${describe(value)}`);
  }
  const [image, annotations] = value as [unknown, unknown];
  if (image === null || image === undefined) throw new BadValueError(`${where}: the image of [image, annotations] is missing`);
  if (!Array.isArray(annotations)) throw new BadValueError(`${where}: annotations must be a list of [box or mask, label] pairs, got ${describe(annotations)}`);
  annotations.forEach((a, i) => {
    if (!Array.isArray(a) || a.length !== 2) throw new BadValueError(`${where}: annotation ${i + 1} must be a [box or mask, label] pair, got ${describe(a)}`);
  });
  return [image, annotations];
}

/** The page's value, checked: what postprocess passes and preprocess reads. */
function checkData(value: unknown): AnnotatedImageData | null {
  if (value === null || value === undefined) return null;
  const v = value as Partial<AnnotatedImageData>;
  const sized = !!v && typeof v === "object" && Number.isInteger(v.width) && Number.isInteger(v.height) && Array.isArray(v.annotations);
  if (!sized || !(isFileData(v.image) || isBitmap(v.image))) {
    // Not yet stored (a handler's tuple given as the initial value): the engine stores it, then checks again.
    throw new BadValueError(`${where} expects [image, annotations], got ${describe(value)}`);
  }
  v.annotations!.forEach((a, i) => {
    checkLabel(a?.label, `annotation ${i + 1}`);
    if ("box" in a) checkBox(a.box, `annotation ${i + 1}`);
    else if (!isFileData((a as { mask?: unknown }).mask)) throw new BadValueError(`${where}: annotation ${i + 1} has neither a box nor a mask`);
  });
  return v as AnnotatedImageData;
}

/** The page's value → Gradio's tuple, as a handler receives it (a frame is stored as a file first: files.load). */
function toTuple(value: unknown): unknown {
  const data = checkData(value);
  if (!data) return null;
  return [data.image, data.annotations.map((a) => ("box" in a ? [a.box, a.label] : [a.mask, a.label]))];
}

const convert = () => import("./annotated-image-convert.ts");

export const AnnotatedImage = define<ValueFactory<AnnotatedImage, AnnotatedImageLike, AnnotatedImageOwnOptions>>({
  type: "annotatedimage",
  name: "AnnotatedImage",
  events: ["change", "select"],
  options: optionNames<AnnotatedImageOwnOptions>()("format", "showLegend", "colorMap", "buttons"),
  defaults: { format: "webp", showLegend: true, colorMap: null, buttons: ["fullscreen"], minWidth: 160 },
  // Gradio shows it as an output; as an input it hands back what it shows.
  normalizeProps: (p) => {
    if (!FORMATS.includes(String(p.format))) throw new UsageError(`gr.${where}: format must be "webp", "png" or "jpeg", got ${describe(p.format)}`);
    const map = p.colorMap;
    if (map !== null && map !== undefined && (typeof map !== "object" || Array.isArray(map) || Object.values(map).some((c) => typeof c !== "string"))) {
      throw new UsageError(`gr.${where}: colorMap must map each label to a colour ("#22c55e", "red"), got ${describe(map)}`);
    }
    const buttons = p.buttons ?? [];
    if (!Array.isArray(buttons) || buttons.some((b) => b !== "fullscreen")) {
      throw new UsageError(`gr.${where}: buttons may hold "fullscreen" only (custom buttons are not supported), got ${describe(p.buttons)}`);
    }
  },
  preprocess: toTuple,
  postprocess: checkData,
  files: {
    store: async (value, props) => (await convert()).storeAnnotated(value, props as Props & { streaming?: boolean }),
    load: async (value) => (await convert()).loadAnnotated(value),
  },
});

/**
 * The output of a `stream` listener shows each frame as it comes, as a
 * streaming gr.Image does (src/live-api.ts): its base image crosses as a
 * frame, never stored as a file per frame.
 */
listenerHooks.push((dep) => {
  if (!dep.targets.some(([, event]) => event === "stream")) return;
  for (const out of dep.outputs) if (out.type === "annotatedimage") out.props.streaming = true;
});
