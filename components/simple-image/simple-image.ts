// gr.SimpleImage: an image without the editing tools, the worker side (its view is ./view/).

import { optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { toFileData, type FileLike } from "../../src/file-components.ts";
import { checkFileData, type FileData } from "../../src/files.ts";

export type SimpleImageOwnOptions = Record<never, never>;
export interface SimpleImage extends Component<FileData | null, FileLike | null>, EventMethods<"change" | "upload" | "clear"> {}

export const SimpleImage = define<ValueFactory<SimpleImage, FileLike | null, SimpleImageOwnOptions>>({
  type: "simpleimage",
  name: "SimpleImage",
  events: ["change", "upload", "clear"],
  options: optionNames<SimpleImageOwnOptions>()(),
  defaults: { minWidth: 160 },
  preprocess: (v) => checkFileData(v, "SimpleImage"),
  postprocess: (v) => checkFileData(v, "SimpleImage"),
  files: { store: (v) => toFileData(v, "image"), load: async (v) => v },
});
