// gr.Gallery: the worker side (its view is ./view/).

import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define } from "../../src/factory.ts";
import { type FileLike, type FileFactory, toFileData } from "../../src/file-components.ts";
import { checkFileData, fileHost, type FileData } from "../../src/files.ts";

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
