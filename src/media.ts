// File-valued components: their values are FileData in the app's file cache
// (issue #4). The handler receives what `type` asks for.

import type { Props } from "../worker/protocol.ts";
import { BadValueError, optionNames, type Component, type ComponentSpec, type EventMethods } from "./component.ts";
import { define, type OptionsOf, type ValueArg } from "./factory.ts";
import { checkFileData, fileHost, type FileData } from "./files.ts";
import type { Inputs } from "./handler.ts";
import type { AudioChunk, AudioSamples } from "./wav.ts";

/** What a handler may return to a file component: stored in the app's file cache. */
export type FileLike = FileData | Blob | File | Uint8Array | ArrayBuffer | ImageData | string;

/** What a handler receives from a file component, per its `type`. */
export interface FileTypes {
  filedata: FileData;
  blob: Blob;
  imagedata: ImageData;
}

/** A file component's factory: `type` picks what the handler receives (`V`'s key). */
export interface FileFactory<C extends { filedata: unknown; blob: unknown }, R, X, Ty extends keyof C & string = "filedata" | "blob"> {
  <T extends Ty = Extract<"filedata", Ty>, const I extends Inputs = null>(options?: OptionsOf<X & { type?: T }, R, I>): C[T];
  <T extends Ty = Extract<"filedata", Ty>, const I extends Inputs = null>(value: ValueArg<R, I>, options?: OptionsOf<X & { type?: T }, R, I>): C[T];
}

// The converters load with the first file (src/file-convert.ts).
const convert = () => import("./file-convert.ts");
const toFileData = async (value: unknown, name: string) => (await convert()).toFileData(value, name);
const blobToImageData = async (blob: Blob, name: string) => (await convert()).blobToImageData(blob, name);

const many = (props: Props) => props.fileCount === "multiple" || props.fileCount === "directory";

function fileList(value: unknown, type: string, props: Props): FileData | FileData[] | null {
  if (!many(props)) return checkFileData(value, type);
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new BadValueError(`${type} with fileCount "${String(props.fileCount)}" expects a list of files`);
  return value.map((v) => checkFileData(v, type)!).filter(Boolean);
}

async function eachFile<T>(value: unknown, props: Props, fn: (v: unknown) => Promise<T>): Promise<T | T[] | null> {
  if (many(props)) return Promise.all(((value as unknown[] | null) ?? []).map(fn));
  return value === null || value === undefined ? null : fn(value);
}

export interface FileOwnOptions {
  /** "single" (default), "multiple" or "directory": several files give an array. */
  fileCount?: "single" | "multiple" | "directory";
  /** Accepted types: extensions (".csv") or MIME groups ("image", "audio"). */
  fileTypes?: string[] | null;
}
export interface File<V = FileData | null> extends Component<V, FileLike | FileLike[] | null>, EventMethods<"change" | "upload" | "clear" | "select"> {}

/** `gr.File(options?)`: one file, or an array with `fileCount: "multiple"`; a FileData or (`type: "blob"`) a Blob. */
export interface FileComponentFactory {
  <T extends "filedata" | "blob" = "filedata", const M extends FileOwnOptions["fileCount"] = "single", const I extends Inputs = null>(
    options?: OptionsOf<FileOwnOptions & { type?: T; fileCount?: M }, FileLike | FileLike[] | null, I>,
  ): File<M extends "multiple" | "directory" ? Array<FileTypes[T]> : FileTypes[T] | null>;
  <T extends "filedata" | "blob" = "filedata", const M extends FileOwnOptions["fileCount"] = "single", const I extends Inputs = null>(
    value: ValueArg<FileLike | FileLike[], I>,
    options?: OptionsOf<FileOwnOptions & { type?: T; fileCount?: M }, FileLike | FileLike[] | null, I>,
  ): File<M extends "multiple" | "directory" ? Array<FileTypes[T]> : FileTypes[T] | null>;
}

const fileSpec: ComponentSpec = {
  type: "file",
  name: "File",
  options: optionNames<FileOwnOptions & { type?: string }>()("fileCount", "fileTypes", "type"),
  events: ["change", "upload", "clear", "select"],
  defaults: { fileCount: "single", type: "filedata" },
  preprocess: (v, p) => fileList(v, "File", p),
  postprocess: (v, p) => fileList(v, "File", p),
  files: {
    store: (v, p) => eachFile(v, p, (one) => toFileData(one, "file")),
    load: (v, p) => (p.type === "blob" ? eachFile(v, p, (one) => fileHost().read(one as FileData)) : Promise.resolve(v)),
  },
};

export const File = define<FileComponentFactory>(fileSpec);

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

/** Where audio comes from. */
export type AudioSource = "upload" | "microphone";

export interface AudioOwnOptions {
  /** Where the user takes audio from; one source may be given alone. */
  sources?: AudioSource | AudioSource[];
  /**
   * The microphone streams to the component's `stream` listeners, a chunk
   * every `streamEvery` seconds (sources then default to `["microphone"]`
   * and `type` to "samples"). As an output of a generator, each value it
   * yields is a chunk of one stream: the page plays them in a row, and the
   * chunks joined are the value when the generator ends (docs/media.md).
   */
  streaming?: boolean;
  /** An output plays as soon as it has something to play (browsers allow it once the user has used the page). */
  autoplay?: boolean;
}

/** What a handler receives from audio, per `type`; a stream's chunks are mono. */
export interface AudioTypes<Streaming extends boolean = false> {
  filedata: FileData;
  blob: Blob;
  samples: Streaming extends true ? AudioChunk : AudioSamples;
}

/** What a handler may return to audio: a file, or samples (stored as a WAV file). */
export type AudioReturn = FileLike | AudioSamples | null;

export interface Audio<V = FileData | null> extends Component<V, AudioReturn>, EventMethods<"change" | "upload" | "clear" | "stream"> {}

/**
 * `gr.Audio(options?)`: a FileData, a Blob, or with `type: "samples"` Python's
 * numpy form, `{ sampleRate, data }`. With `streaming: true` the default
 * `type` is "samples", and each chunk's `data` is one Float32Array.
 */
export interface AudioFactory {
  <const S extends boolean = false, T extends keyof AudioTypes = S extends true ? "samples" : "filedata", const I extends Inputs = null>(
    options?: OptionsOf<AudioOwnOptions & { type?: T; streaming?: S }, AudioReturn, I>,
  ): Audio<AudioTypes<S>[T] | null>;
  <const S extends boolean = false, T extends keyof AudioTypes = S extends true ? "samples" : "filedata", const I extends Inputs = null>(
    value: ValueArg<AudioReturn, I>,
    options?: OptionsOf<AudioOwnOptions & { type?: T; streaming?: S }, AudioReturn, I>,
  ): Audio<AudioTypes<S>[T] | null>;
}

/** Audio and Video: one file, played by the browser's own player (no ffmpeg: any format it plays). */
function mediaSpec(type: "audio" | "video", sources: string[], options: readonly string[]): ComponentSpec {
  const name = type === "audio" ? "Audio" : "Video";
  return {
    type,
    name,
    options,
    events: ["change", "upload", "clear", "stream"],
    defaults: { type: "filedata", sources },
    preprocess: (v) => checkFileData(v, name),
    postprocess: (v) => checkFileData(v, name),
    files: {
      store: (v) => toFileData(v, type),
      load: async (v, p) => (v === null || v === undefined || p.type !== "blob" ? v : fileHost().read(v as FileData)),
    },
  };
}

// Live media (streams, samples) teaches these specs more values when an app uses it: src/live-api.ts.
export const Audio = define<AudioFactory>(
  mediaSpec("audio", ["upload", "microphone"], optionNames<AudioOwnOptions & { type?: string }>()("sources", "type", "streaming", "autoplay")),
);

export interface MediaOwnOptions {
  sources?: Array<"upload" | "microphone" | "webcam">;
  /**
   * As an output of a generator, each value it yields (a WebM or fragmented
   * MP4 file) is a chunk of one stream, played in a row; the chunks joined
   * are the value when the generator ends (docs/media.md).
   */
  streaming?: boolean;
  /** An output plays as soon as it has something to play. */
  autoplay?: boolean;
}
export interface Video<V = FileData | null> extends Component<V, FileLike | null>, EventMethods<"change" | "upload" | "clear" | "stream"> {}

export const Video = define<FileFactory<{ filedata: Video<FileData | null>; blob: Video<Blob | null> }, FileLike | null, MediaOwnOptions>>(
  mediaSpec("video", ["upload", "webcam"], optionNames<MediaOwnOptions & { type?: string }>()("sources", "type", "streaming", "autoplay")),
);

/** One gallery item as a handler receives it: the image (a FileData, or a Blob with `type: "blob"`) and its caption. */
export interface GalleryItem<F = FileData> {
  image: F;
  caption: string | null;
}

/** What a handler may return as one gallery item: an image, an `[image, caption]` pair, or `{ image, caption }`. */
export type GalleryItemLike = FileLike | readonly [FileLike, string | null] | { image: FileLike; caption?: string | null };

export interface GalleryOwnOptions {
  columns?: number;
}
export interface Gallery<V = GalleryItem[]> extends Component<V, GalleryItemLike[] | null>, EventMethods<"change" | "select" | "upload"> {}

function galleryItems(value: unknown): GalleryItem[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new BadValueError("Gallery expects a list of images (or [image, caption] pairs)");
  return value.map((item, i) => {
    const v = item as Partial<GalleryItem> | null;
    if (v && typeof v === "object" && "image" in v) return { image: checkFileData(v.image, "Gallery")!, caption: v.caption ?? null };
    throw new BadValueError(`Gallery item ${i + 1} is not an image`);
  });
}

export const Gallery = define<
  FileFactory<{ filedata: Gallery<Array<GalleryItem<FileData>>>; blob: Gallery<Array<GalleryItem<Blob>>> }, GalleryItemLike[] | null, GalleryOwnOptions>
>({
    type: "gallery",
    name: "Gallery",
    options: optionNames<GalleryOwnOptions & { type?: string }>()("columns", "type"),
    events: ["change", "select", "upload"],
    defaults: { columns: 2, type: "filedata" },
    preprocess: (v) => galleryItems(v),
    postprocess: (v) => galleryItems(v),
    files: {
      // Items may be images, [image, caption] pairs, or { image, caption }.
      async store(value) {
        if (value === null || value === undefined) return [];
        if (!Array.isArray(value)) throw new BadValueError("Gallery expects a list of images (or [image, caption] pairs)");
        return Promise.all(
          value.map(async (item, i) => {
            const [image, caption] = Array.isArray(item)
              ? item
              : item && typeof item === "object" && "image" in item
                ? [(item as GalleryItem).image, (item as GalleryItem).caption]
                : [item, null];
            const stored = await toFileData(image, `image-${i + 1}`);
            if (!stored) throw new BadValueError(`Gallery item ${i + 1} has no image`);
            return { image: stored, caption: caption === null || caption === undefined ? null : String(caption) };
          }),
        );
      },
      async load(value, props) {
        const items = value as GalleryItem[];
        if (props.type !== "blob") return items;
        return Promise.all(items.map(async (it) => ({ image: await fileHost().read(it.image), caption: it.caption })));
      },
    },
});
