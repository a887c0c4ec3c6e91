// gr.Image: the worker side (its view is ./view/; webcam frames: ./frames.ts).

import { optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type OptionsOf, type ValueArg } from "../../src/factory.ts";
import { type FileLike, toFileData, blobToImageData } from "../../src/file-components.ts";
import { checkFileData, fileHost, type FileData } from "../../src/files.ts";
import type { Inputs } from "../../src/handler.ts";

/** Where a media component takes input from. */
export type ImageSource = "upload" | "clipboard" | "webcam";

/** Gradio's `WebcamOptions`: how the camera is opened. */
export interface WebcamOptions {
  /** Show the preview, and take photos and frames, mirrored (default true, as Gradio). */
  mirror?: boolean;
  /** getUserMedia constraints for the camera: `{ video: { width: 1280, height: 720 } }`. */
  constraints?: { video?: boolean | Record<string, unknown>; audio?: boolean | Record<string, unknown> } | null;
}

export interface ImageOwnOptions {
  /** Where the user takes an image from; one source may be given alone. */
  sources?: ImageSource | ImageSource[];
  /**
   * An input streams its webcam to its `stream` listeners (sources then
   * default to `["webcam"]` and `type` to "imagedata"); an output shows the
   * frames it is sent as they come, without storing files. A `stream`
   * listener sets it on its component and on the images it outputs.
   */
  streaming?: boolean;
  webcamOptions?: WebcamOptions;
}
export interface Image<V = FileData | null> extends Component<V, ImageReturn>, EventMethods<"change" | "upload" | "clear" | "select" | "stream"> {}

/** What a handler receives from an image, per `type`. */
export interface ImageTypes {
  filedata: FileData;
  blob: Blob;
  imagedata: ImageData;
}

/** What a handler may return to an image: a file, pixels, or (for a streaming output) a bitmap or canvas. */
export type ImageReturn = FileLike | ImageBitmap | OffscreenCanvas | null;

/**
 * `gr.Image(options?)`: a FileData, or with `type` a Blob or ImageData
 * (pixels). With `streaming: true` the default `type` is "imagedata", as a
 * stream's frames are pixels.
 */
export interface ImageFactory {
  <const S extends boolean = false, T extends keyof ImageTypes = S extends true ? "imagedata" : "filedata", const I extends Inputs = null>(
    options?: OptionsOf<ImageOwnOptions & { type?: T; streaming?: S }, ImageReturn, I>,
  ): Image<ImageTypes[T] | null>;
  <const S extends boolean = false, T extends keyof ImageTypes = S extends true ? "imagedata" : "filedata", const I extends Inputs = null>(
    value: ValueArg<ImageReturn, I>,
    options?: OptionsOf<ImageOwnOptions & { type?: T; streaming?: S }, ImageReturn, I>,
  ): Image<ImageTypes[T] | null>;
}

export const Image = define<ImageFactory>({
    type: "image",
    name: "Image",
    options: optionNames<ImageOwnOptions & { type?: string }>()("sources", "type", "streaming", "webcamOptions"),
    events: ["change", "upload", "clear", "select", "stream"],
    defaults: { type: "filedata", sources: ["upload", "clipboard", "webcam"] },
    preprocess: (v) => checkFileData(v, "Image"),
    postprocess: (v) => checkFileData(v, "Image"),
    files: {
      store: (v) => toFileData(v, "image"),
      async load(v, p) {
        if (v === null || v === undefined || p.type === "filedata") return v;
        const blob = await fileHost().read(v as FileData);
        return p.type === "imagedata" ? blobToImageData(blob, `"${(v as FileData).origName}"`) : blob;
      },
    },
});
