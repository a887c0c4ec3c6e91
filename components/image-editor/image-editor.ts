// gr.ImageEditor (issue #11 item 4): a background image, layers drawn on it
// with a brush and an eraser, crop, undo/redo. Its value is Gradio's
// EditorValue, `{ background, layers, composite }`: each an image in the
// component's `type`, as gr.Image's. The page draws and makes the composite
// (components/image-editor/view/); the worker stores and converts the files
// (components/image-editor/image-editor-convert.ts, loaded with the first value).

import type { FileData, Props } from "../../worker/protocol.ts";
import { isFileData } from "../../worker/file-data.ts";
import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { UsageError } from "../../src/errors.ts";
import { define, type OptionsOf, type ValueArg } from "../../src/factory.ts";
import type { Inputs } from "../../src/handler.ts";
import type { FileLike } from "../../src/file-components.ts";
import type { ImageSource, WebcamOptions } from "../image/image.ts";
import { describe } from "../../src/values.ts";

/** Gradio's EditorValue: what a handler receives, each image in the editor's `type`. */
export interface EditorValue<I = FileData> {
  background: I | null;
  layers: I[];
  composite: I | null;
}

/** One image a handler may give the editor: a file, pixels, or a canvas. */
export type EditorImage = FileLike | ImageBitmap | OffscreenCanvas;

/**
 * What a handler may return: the three parts (a missing part is empty), or
 * one image, which becomes the background (Gradio's single-image form).
 */
export type EditorValueLike = { background?: EditorImage | null; layers?: ReadonlyArray<EditorImage> | null; composite?: EditorImage | null } | EditorImage | null;

/** A colour as CSS text, or Gradio's `(colour, opacity)` pair. */
export type BrushColor = string | readonly [color: string, opacity: number];

/** Gradio's gr.Eraser: the eraser's radius in pixels, or "auto" (1/50 of the image's smaller side). */
export interface Eraser {
  defaultSize?: number | "auto";
}

/** Gradio's gr.Brush: the palette, the colour it starts with, whether other colours may be picked, and its radius. */
export interface Brush extends Eraser {
  colors?: BrushColor[] | BrushColor | null;
  defaultColor?: BrushColor | null;
  /** "defaults" (a palette plus a colour picker) or "fixed" (the palette only). */
  colorMode?: "fixed" | "defaults";
}

/** Gradio's gr.LayerOptions: the layers the editor starts with, and whether the user may add more. */
export interface LayerOptions {
  allowAdditionalLayers?: boolean;
  /** The starting layers' names (one, "Layer 1", when none are given). */
  layers?: string[] | null;
  /** Hide the layer tools (one layer, always drawn on). */
  disabled?: boolean;
}

/** Gradio's five brush colours. */
const BRUSH_COLORS: BrushColor[] = ["rgb(204, 50, 50)", "rgb(173, 204, 50)", "rgb(50, 204, 112)", "rgb(50, 112, 204)", "rgb(173, 50, 204)"];

/** `gr.Brush({ colors, defaultColor, colorMode, defaultSize })`, with Gradio's defaults filled in. */
export function Brush(options: Brush = {}): { defaultSize: number | "auto"; colors: BrushColor[]; defaultColor: BrushColor; colorMode: "fixed" | "defaults" } {
  const colors = options.colors ?? BRUSH_COLORS;
  const list = typeof colors === "string" || (colors.length === 2 && typeof colors[1] === "number") ? [colors as BrushColor] : (colors as BrushColor[]);
  return {
    defaultSize: options.defaultSize ?? "auto",
    colors: list,
    defaultColor: options.defaultColor ?? list[0] ?? "#000000",
    colorMode: options.colorMode ?? "defaults",
  };
}

/** `gr.Eraser({ defaultSize })`. */
export function Eraser(options: Eraser = {}): Required<Eraser> {
  return { defaultSize: options.defaultSize ?? "auto" };
}

/** `gr.LayerOptions({ allowAdditionalLayers, layers, disabled })`. */
export function LayerOptions(options: LayerOptions = {}): { allowAdditionalLayers: boolean; layers: string[]; disabled: boolean } {
  return {
    allowAdditionalLayers: options.allowAdditionalLayers ?? true,
    layers: options.layers?.length ? [...options.layers] : ["Layer 1"],
    disabled: options.disabled ?? false,
  };
}

/** Image modes a browser's pixels can be put in (Pillow's others have no browser form). */
export type ImageMode = "RGBA" | "RGB" | "L";

export interface ImageEditorOwnOptions {
  /** "RGBA" (Gradio's default), "RGB" (alpha dropped) or "L" (greyscale): what a handler's images hold. */
  imageMode?: ImageMode;
  /** Where the background comes from: "upload", "webcam", "clipboard" (all three by default; none for a blank canvas). */
  sources?: ImageSource | ImageSource[] | null;
  /** Buttons in the corner: "download" and "fullscreen" ("share" is Hugging Face's). All by default. */
  buttons?: Array<"download" | "share" | "fullscreen"> | null;
  /** Text of the empty editor; a first line starting with `#` is its heading. */
  placeholder?: string | null;
  /** "crop" lets the user crop; "resize" lets them change the canvas size. */
  transforms?: Array<"crop" | "resize"> | null;
  /** gr.Eraser options, or false for no eraser. */
  eraser?: Eraser | false | null;
  /** gr.Brush options, or false for no brush (and then no eraser). */
  brush?: Brush | false | null;
  /** How images given as pixels are stored: "webp" (Gradio's default), "png" or "jpeg". */
  format?: "webp" | "png" | "jpeg" | "jpg";
  /** true (layers the user may add), false (one hidden layer) or gr.LayerOptions. */
  layers?: boolean | LayerOptions;
  /** The blank canvas's [width, height] in pixels (default [800, 800]). */
  canvasSize?: readonly [number, number];
  /** Keep canvasSize for every background (the image is fitted and centred); else the canvas takes the image's size. */
  fixedCanvas?: boolean;
  webcamOptions?: WebcamOptions;
}

/** What a handler receives for each image, per `type`. */
export interface EditorTypes {
  filedata: FileData;
  blob: Blob;
  imagedata: ImageData;
}

export interface ImageEditor<V = EditorValue | null> extends Component<V, EditorValueLike>, EventMethods<"clear" | "change" | "input" | "select" | "upload" | "apply"> {}

/** `gr.ImageEditor(value?, options?)`: `type` picks what each image is to a handler (a FileData by default). */
export interface ImageEditorFactory {
  <T extends keyof EditorTypes = "filedata", const I extends Inputs = null>(options?: OptionsOf<ImageEditorOwnOptions & { type?: T }, EditorValueLike, I>): ImageEditor<EditorValue<EditorTypes[T]> | null>;
  <T extends keyof EditorTypes = "filedata", const I extends Inputs = null>(
    value: ValueArg<EditorValueLike, I>,
    options?: OptionsOf<ImageEditorOwnOptions & { type?: T }, EditorValueLike, I>,
  ): ImageEditor<EditorValue<EditorTypes[T]> | null>;
}

const where = "gr.ImageEditor";
const TYPES = ["filedata", "blob", "imagedata"];
const PYTHON_TYPES: Record<string, string> = { numpy: "imagedata", pil: "imagedata", filepath: "filedata" };
const SOURCES = ["upload", "webcam", "clipboard"];
const TRANSFORMS = ["crop", "resize"];
const MODES = ["RGBA", "RGB", "L"];
const FORMATS = ["webp", "png", "jpeg", "jpg"];

const isSize = (n: unknown) => n === "auto" || (typeof n === "number" && n > 0 && Number.isFinite(n));
const isColor = (c: unknown) => typeof c === "string" || (Array.isArray(c) && c.length === 2 && typeof c[0] === "string" && typeof c[1] === "number");

function checkBrush(value: unknown): ReturnType<typeof Brush> | false {
  if (value === false) return false;
  if (value !== null && value !== undefined && (typeof value !== "object" || Array.isArray(value))) throw new UsageError(`${where}: brush must be gr.Brush({ … }), an options object, or false, got ${describe(value)}`);
  const brush = Brush((value ?? {}) as Brush);
  if (!isSize(brush.defaultSize)) throw new UsageError(`${where}: brush defaultSize must be "auto" or a radius in pixels, got ${describe(brush.defaultSize)}`);
  if (!(brush.colors as unknown[]).every(isColor) || !isColor(brush.defaultColor)) {
    throw new UsageError(`${where}: brush colours must be CSS colours ("#ff0000", "rgb(204, 50, 50)") or [colour, opacity] pairs, got ${describe(brush.colors)}`);
  }
  if (brush.colorMode !== "fixed" && brush.colorMode !== "defaults") throw new UsageError(`${where}: brush colorMode must be "fixed" or "defaults", got ${describe(brush.colorMode)}`);
  return brush;
}

function checkEraser(value: unknown): Required<Eraser> | false {
  if (value === false) return false;
  const eraser = Eraser((value ?? {}) as Eraser);
  if (!isSize(eraser.defaultSize)) throw new UsageError(`${where}: eraser defaultSize must be "auto" or a radius in pixels, got ${describe(eraser.defaultSize)}`);
  return eraser;
}

function checkLayers(value: unknown): ReturnType<typeof LayerOptions> {
  if (value === true || value === undefined || value === null) return LayerOptions();
  if (value === false) return LayerOptions({ disabled: true });
  if (typeof value !== "object" || Array.isArray(value)) throw new UsageError(`${where}: layers must be true, false or gr.LayerOptions({ … }), got ${describe(value)}`);
  const options = LayerOptions(value as LayerOptions);
  if (!options.layers.every((n) => typeof n === "string")) throw new UsageError(`${where}: the names in layers must be text, got ${describe(options.layers)}`);
  return options;
}

/** Checks the options and puts them in the form the page reads (Gradio's defaults filled in). */
function normalizeProps(p: Props): void {
  if (typeof p.type === "string" && p.type in PYTHON_TYPES) {
    throw new UsageError(`${where}: type "${p.type}" is Python's; use "${PYTHON_TYPES[p.type]}"${p.type === "filepath" ? "" : " (pixels)"}, "blob" or "filedata"`);
  }
  if (!TYPES.includes(String(p.type))) throw new UsageError(`${where}: type must be "filedata", "blob" or "imagedata", got ${describe(p.type)}`);
  if (!MODES.includes(String(p.imageMode))) throw new UsageError(`${where}: imageMode must be "RGBA", "RGB" or "L" (the modes a browser's pixels can take), got ${describe(p.imageMode)}`);
  if (!FORMATS.includes(String(p.format))) throw new UsageError(`${where}: format must be "webp", "png" or "jpeg", got ${describe(p.format)}`);
  const sources = p.sources === null || p.sources === undefined ? [] : [p.sources].flat();
  if (sources.some((s) => !SOURCES.includes(String(s)))) throw new UsageError(`${where}: sources may hold "upload", "webcam" and "clipboard", got ${describe(p.sources)}`);
  p.sources = sources;
  const transforms = p.transforms ?? [];
  if (!Array.isArray(transforms) || transforms.some((t) => !TRANSFORMS.includes(String(t)))) throw new UsageError(`${where}: transforms may hold "crop" and "resize", got ${describe(p.transforms)}`);
  p.transforms = [...transforms];
  const size = p.canvasSize;
  if (!Array.isArray(size) || size.length !== 2 || !size.every((n) => Number.isInteger(n) && n > 0 && n <= 8192)) {
    throw new UsageError(`${where}: canvasSize must be [width, height], whole numbers of pixels from 1 to 8192, got ${describe(size)}`);
  }
  p.canvasSize = [size[0], size[1]];
  // Gradio: no brush means no eraser either.
  p.brush = checkBrush(p.brush);
  p.eraser = p.brush === false ? false : checkEraser(p.eraser);
  p.layers = checkLayers(p.layers);
  const buttons = p.buttons;
  if (buttons !== null && buttons !== undefined && (!Array.isArray(buttons) || buttons.some((b) => !["download", "share", "fullscreen"].includes(String(b))))) {
    throw new UsageError(`${where}: buttons may hold "download", "share" and "fullscreen", got ${describe(buttons)}`);
  }
  if (Array.isArray(buttons) && buttons.includes("share")) console.warn(`[gradio-lite] ${where}: the "share" button (to Hugging Face Spaces) is not available in a browser-only app and is not shown.`);
}

/** The page's value, checked: every image a FileData in the cache. */
export function checkEditorData(value: unknown): EditorValue | null {
  if (value === null || value === undefined) return null;
  const v = value as Partial<EditorValue>;
  const image = (x: unknown) => x === null || x === undefined || isFileData(x);
  if (typeof v !== "object" || Array.isArray(v) || !image(v.background) || !image(v.composite) || !(v.layers === undefined || v.layers === null || (Array.isArray(v.layers) && v.layers.every(isFileData)))) {
    // Not yet stored (a handler's images): the engine stores them, then checks again.
    throw new BadValueError(`ImageEditor expects { background, layers, composite } of images, or one image, got ${describe(value)}`);
  }
  return { background: v.background ?? null, layers: v.layers ?? [], composite: v.composite ?? null };
}

const convert = () => import("./image-editor-convert.ts");

export const ImageEditor = define<ImageEditorFactory>({
  type: "imageeditor",
  name: "ImageEditor",
  events: ["clear", "change", "input", "select", "upload", "apply"],
  objectValue: true,
  options: optionNames<ImageEditorOwnOptions & { type?: string }>()(
    "imageMode", "sources", "buttons", "placeholder", "transforms", "eraser", "brush", "format", "layers", "canvasSize", "fixedCanvas", "webcamOptions", "type",
  ),
  defaults: {
    type: "filedata",
    imageMode: "RGBA",
    sources: ["upload", "webcam", "clipboard"],
    buttons: null,
    placeholder: null,
    transforms: ["crop", "resize"],
    eraser: null,
    brush: null,
    format: "webp",
    layers: true,
    canvasSize: [800, 800],
    fixedCanvas: false,
    webcamOptions: { mirror: true, constraints: null },
    minWidth: 160,
  },
  normalizeProps,
  preprocess: checkEditorData,
  postprocess: checkEditorData,
  files: {
    store: async (value, props) => (await convert()).storeEditor(value, props),
    load: async (value, props) => (await convert()).loadEditor(value, props),
  },
});

/**
 * Gradio's templates: an ImageEditor with other defaults. A bare first
 * argument is options unless it holds `background` or `composite` (a value).
 */
function template(defaults: () => ImageEditorOwnOptions): ImageEditorFactory {
  const make = (first?: unknown, options?: object) => {
    const plain = !!first && typeof first === "object" && Object.getPrototypeOf(first) === Object.prototype;
    const isOptions = options === undefined && plain && !("background" in first) && !("composite" in first);
    const [value, given] = isOptions ? [undefined, first as object] : [first, options ?? {}];
    const merged = { ...defaults(), ...given };
    return value === undefined ? (ImageEditor as (o: object) => unknown)(merged) : (ImageEditor as (v: unknown, o: object) => unknown)(value, merged);
  };
  return make as ImageEditorFactory;
}

/** `gr.Sketchpad`: a blank canvas (no background sources), a black brush, crop. */
export const Sketchpad = template(() => ({ sources: [], brush: Brush({ colors: ["#000000"], colorMode: "fixed" }), transforms: ["crop"] }));
/** `gr.Paint`: a blank canvas (no background sources) with Gradio's palette, crop. */
export const Paint = template(() => ({ sources: [], transforms: ["crop"] }));
/** `gr.ImageMask`: an image to paint a mask on, in black, on one layer (no layer tools), crop. */
export const ImageMask = template(() => ({ brush: Brush({ colors: ["#000000"], colorMode: "fixed" }), layers: false, transforms: ["crop"] }));
