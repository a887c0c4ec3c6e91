// gr.ImageSlider (two images compared by a slider) and gr.SimpleImage (an
// image to upload or show, without Image's webcam, paste or editing). Their
// files live in the app's file cache as gr.Image's do.

import type { Props } from "../../worker/protocol.ts";
import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type OptionsOf, type ValueArg, type ValueFactory } from "../../src/factory.ts";
import { checkFileData, fileHost, type FileData } from "../../src/files.ts";
import type { Inputs } from "../../src/handler.ts";
import type { FileLike } from "../../src/file-components.ts";
import { describe } from "../../src/values.ts";
import { UsageError } from "../../src/errors.ts";

/** The pair of images, each of what `type` names. */
export type ImagePair<F> = [F | null, F | null];

export interface ImageSliderOwnOptions {
  /** Where the divider starts, in percent of the width from the left (default 50). */
  sliderPosition?: number;
  /** The tallest the images are shown, in pixels (default 500). */
  maxHeight?: number;
}

export interface ImageSlider<V = ImagePair<FileData> | null> extends Component<V, readonly [FileLike | null, FileLike | null] | null>, EventMethods<"change" | "upload" | "clear"> {}

interface SliderTypes {
  filedata: ImageSlider<ImagePair<FileData> | null>;
  blob: ImageSlider<ImagePair<Blob> | null>;
  imagedata: ImageSlider<ImagePair<ImageData> | null>;
}
type PairLike = readonly [FileLike | null, FileLike | null] | null;

/** `gr.ImageSlider(value?, options?)`: the value is `[before, after]`; `type` picks what a handler gets for each. */
export interface ImageSliderFactory {
  <T extends keyof SliderTypes = "filedata", const I extends Inputs = null>(options?: OptionsOf<ImageSliderOwnOptions & { type?: T }, PairLike, I>): SliderTypes[T];
  <T extends keyof SliderTypes = "filedata", const I extends Inputs = null>(value: ValueArg<PairLike, I>, options?: OptionsOf<ImageSliderOwnOptions & { type?: T }, PairLike, I>): SliderTypes[T];
}

// The converters load with the first file, as gr.Image's do (src/file-components.ts).
const convert = () => import("../../src/file-convert.ts");
const toFileData = async (value: unknown, name: string) => (await convert()).toFileData(value, name);

function pairOf(value: unknown): [unknown, unknown] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) || value.length !== 2) {
    throw new BadValueError(`ImageSlider expects a pair of images [before, after], got ${describe(value)}`);
  }
  return [value[0], value[1]];
}

function checkPair(value: unknown): ImagePair<FileData> | null {
  const pair = pairOf(value);
  return pair && [checkFileData(pair[0], "ImageSlider"), checkFileData(pair[1], "ImageSlider")];
}

async function loadOne(file: FileData | null, props: Props): Promise<unknown> {
  if (!file || props.type === "filedata") return file;
  const blob = await fileHost().read(file);
  return props.type === "imagedata" ? (await convert()).blobToImageData(blob) : blob;
}

export const ImageSlider = define<ImageSliderFactory>({
  type: "imageslider",
  name: "ImageSlider",
  events: ["change", "upload", "clear"],
  options: optionNames<ImageSliderOwnOptions & { type?: string }>()("sliderPosition", "maxHeight", "type"),
  defaults: { type: "filedata", sliderPosition: 50, maxHeight: 500, minWidth: 160 },
  normalizeProps: (p) => {
    const at = p.sliderPosition;
    if (typeof at !== "number" || !(at >= 0 && at <= 100)) throw new UsageError(`gr.ImageSlider: sliderPosition must be a number from 0 to 100, got ${describe(at)}`);
  },
  preprocess: checkPair,
  postprocess: checkPair,
  files: {
    async store(value) {
      const pair = pairOf(value);
      if (!pair) return null;
      return Promise.all(pair.map((img, i) => (img === null || img === undefined ? null : toFileData(img, i ? "after" : "before"))));
    },
    async load(value, props) {
      const pair = value as ImagePair<FileData> | null;
      return pair && Promise.all(pair.map((f) => loadOne(f, props)));
    },
  },
});
