// File-valued components: their values are FileData in the app's file cache
// (issue #4). The handler receives what `type` asks for.

import type { Props } from "../worker/protocol.ts";
import { BadValueError, optionNames, type Component, type ComponentSpec, type EventMethods } from "./component.ts";
import { define, type OptionsOf, type ValueArg } from "./factory.ts";
import { checkFileData, fileHost, type FileData } from "./files.ts";
import type { Inputs } from "./handler.ts";

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
const blobToImageData = async (blob: Blob) => (await convert()).blobToImageData(blob);

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
export interface ImageOwnOptions {
  sources?: ImageSource[];
}
export interface Image<V = FileData | null> extends Component<V, FileLike | null>, EventMethods<"change" | "upload" | "clear" | "select"> {}

/** `gr.Image(options?)`: a FileData, or with `type` a Blob or ImageData (pixels). */
export type ImageFactory = FileFactory<
  { filedata: Image<FileData | null>; blob: Image<Blob | null>; imagedata: Image<ImageData | null> },
  FileLike | null,
  ImageOwnOptions,
  "filedata" | "blob" | "imagedata"
>;

export const Image = define<ImageFactory>({
    type: "image",
    name: "Image",
    options: optionNames<ImageOwnOptions & { type?: string }>()("sources", "type"),
    events: ["change", "upload", "clear", "select"],
    defaults: { type: "filedata", sources: ["upload", "clipboard", "webcam"] },
    preprocess: (v) => checkFileData(v, "Image"),
    postprocess: (v) => checkFileData(v, "Image"),
    files: {
      store: (v) => toFileData(v, "image"),
      async load(v, p) {
        if (v === null || v === undefined || p.type === "filedata") return v;
        const blob = await fileHost().read(v as FileData);
        return p.type === "imagedata" ? blobToImageData(blob) : blob;
      },
    },
});

/** Audio and Video: one file, played by the browser's own player (no ffmpeg: any format it plays). */
function mediaSpec(type: "audio" | "video", sources: string[]): ComponentSpec {
  const name = type === "audio" ? "Audio" : "Video";
  return {
    type,
    name,
    options: optionNames<MediaOwnOptions & { type?: string }>()("sources", "type"),
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

export interface MediaOwnOptions {
  sources?: Array<"upload" | "microphone" | "webcam">;
}
export interface Audio<V = FileData | null> extends Component<V, FileLike | null>, EventMethods<"change" | "upload" | "clear" | "stream"> {}
export interface Video<V = FileData | null> extends Component<V, FileLike | null>, EventMethods<"change" | "upload" | "clear" | "stream"> {}

export const Audio = define<FileFactory<{ filedata: Audio<FileData | null>; blob: Audio<Blob | null> }, FileLike | null, MediaOwnOptions>>(
  mediaSpec("audio", ["upload", "microphone"]),
);
export const Video = define<FileFactory<{ filedata: Video<FileData | null>; blob: Video<Blob | null> }, FileLike | null, MediaOwnOptions>>(
  mediaSpec("video", ["upload", "webcam"]),
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
