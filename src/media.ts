// File-valued components: their values are FileData in the app's file cache
// (issue #4). The handler receives what `type` asks for.

import type { Props } from "../worker/protocol.ts";
import { callable } from "./callable.ts";
import { BadValueError, defineComponent, type ComponentSpec } from "./component.ts";
import { checkFileData, fileHost, type FileData } from "./files.ts";

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

const fileSpec: ComponentSpec = {
  type: "file",
  events: ["change", "upload", "clear", "select"],
  defaults: { fileCount: "single", type: "filedata" },
  preprocess: (v, p) => fileList(v, "File", p),
  postprocess: (v, p) => fileList(v, "File", p),
  files: {
    store: (v, p) => eachFile(v, p, (one) => toFileData(one, "file")),
    load: (v, p) => (p.type === "blob" ? eachFile(v, p, (one) => fileHost().read(one as FileData)) : Promise.resolve(v)),
  },
};

export const File = callable(defineComponent(fileSpec));

export const Image = callable(
  defineComponent({
    type: "image",
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
  }),
);

/** Audio and Video: one file, played by the browser's own player (no ffmpeg: any format it plays). */
function mediaSpec(type: "audio" | "video", sources: string[]): ComponentSpec {
  const name = type === "audio" ? "Audio" : "Video";
  return {
    type,
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

export const Audio = callable(defineComponent(mediaSpec("audio", ["upload", "microphone"])));
export const Video = callable(defineComponent(mediaSpec("video", ["upload", "webcam"])));

/** One gallery item as it crosses the wire: the image and its caption. */
export interface GalleryItem {
  image: FileData;
  caption: string | null;
}

function galleryItems(value: unknown): GalleryItem[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new BadValueError("Gallery expects a list of images (or [image, caption] pairs)");
  return value.map((item, i) => {
    const v = item as Partial<GalleryItem> | null;
    if (v && typeof v === "object" && "image" in v) return { image: checkFileData(v.image, "Gallery")!, caption: v.caption ?? null };
    throw new BadValueError(`Gallery item ${i + 1} is not an image`);
  });
}

export const Gallery = callable(
  defineComponent({
    type: "gallery",
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
  }),
);
