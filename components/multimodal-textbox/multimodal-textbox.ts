// gr.MultimodalTextbox: text and files in one box, Gradio's chat input. Its
// value is `{ text, files }`; files cross as FileData in the app's file cache,
// and what a handler returns (a Blob, a path, a URL) is stored there first.
// Gradio's source: gradio/components/multimodal_textbox.py.

import type { Props } from "../../worker/protocol.ts";
import { isFileData } from "../../worker/file-data.ts";
import { acceptsFile } from "../../src/file-types.ts";
import { BadValueError, optionNames, type Component, type EventMethods, type Text } from "../../src/component.ts";
import { UsageError } from "../../src/errors.ts";
import { define, type OptionsOf, type ValueFactory } from "../../src/factory.ts";
import type { FileData } from "../../src/files.ts";
import type { Inputs } from "../../src/handler.ts";
import type { FileLike } from "../../src/file-components.ts";
import { describe } from "../../src/values.ts";

/** What a handler receives: the text, and the attached files. */
export interface MultimodalValue {
  text: string;
  files: FileData[];
}

/** A file a handler may return: anything a file output takes, or Gradio's `{ path }`. */
export type MultimodalFileLike = FileLike | { path: string };

/** What a handler may return: text alone, or `{ text?, files? }` (files are stored in the app's file cache). */
export type MultimodalValueLike = string | { text?: string | null; files?: readonly MultimodalFileLike[] | null };

export type MultimodalSource = "upload" | "microphone";

export interface MultimodalTextboxOwnOptions {
  /** "upload": the attach button, drag and drop, paste; "microphone": a record button. Default ["upload"]. */
  sources?: MultimodalSource | MultimodalSource[] | null;
  /** Accepted files: "image", "audio", "video", "text" (or "file": any), extensions (".pdf"), MIME types. */
  fileTypes?: string[] | null;
  /** "single" (default): a new file replaces the one attached; "multiple" or "directory" add. */
  fileCount?: "single" | "multiple" | "directory";
  lines?: number;
  maxLines?: number;
  placeholder?: Text | null;
  /** true (default): an arrow icon; a string: its text; false: no button. */
  submitBtn?: string | boolean | null;
  /** A stop button (fires `stop`), clickable while a reply streams: true for a square icon, a string for its text. */
  stopBtn?: string | boolean | null;
  autofocus?: boolean;
  /** Pasted text longer than this becomes an attached .txt file, as in Gradio. */
  maxPlainTextLength?: number;
  rtl?: boolean;
  textAlign?: "left" | "right" | null;
}
export type MultimodalTextboxOptions<I extends Inputs = Inputs> = OptionsOf<MultimodalTextboxOwnOptions, MultimodalValueLike | null, I>;

/** Gradio's EVENTS for it (no `upload` or `clear`: its view fires them, but Python cannot listen to them). */
export type MultimodalTextboxEvent = "change" | "input" | "select" | "submit" | "focus" | "blur" | "stop";

export interface MultimodalTextbox extends Component<MultimodalValue, MultimodalValueLike | null>, EventMethods<MultimodalTextboxEvent> {}

const NAME = "MultimodalTextbox";
const SOURCES: readonly string[] = ["upload", "microphone"];

/** A value from the page (or an API client) → what the handler receives. */
export function fromPage(value: unknown, props: Props): MultimodalValue {
  const out = toMultimodal(value);
  const fileTypes = Array.isArray(props.fileTypes) ? (props.fileTypes as string[]) : null;
  for (const f of out.files) {
    if (!acceptsFile(f.origName, f.mimeType, fileTypes)) {
      throw new BadValueError(`${NAME}: ${f.origName} (${f.mimeType || "unknown type"}) is not one of the accepted file types: ${fileTypes!.join(", ")}`);
    }
  }
  return out;
}

/**
 * A value in its page form, checked: text alone, or `{ text?, files? }` with
 * every file a FileData (the engine stores Blobs and paths first, storeFiles).
 * Each message names the field at fault.
 */
export function toMultimodal(value: unknown): MultimodalValue {
  if (value === null || value === undefined) return { text: "", files: [] };
  if (typeof value === "string") return { text: value, files: [] };
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new BadValueError(`${NAME} expects text or { text, files }, got ${describe(value)}`);
  }
  const { text, files, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length) throw new BadValueError(`${NAME} expects { text, files }, got an object with ${extra.map((k) => `"${k}"`).join(", ")}`);
  if (text !== undefined && text !== null && typeof text !== "string") {
    throw new BadValueError(`${NAME}: text must be a string, got ${describe(text)}`);
  }
  if (files !== undefined && files !== null && !Array.isArray(files)) {
    throw new BadValueError(`${NAME}: files must be a list of files, got ${describe(files)}`);
  }
  return {
    text: text ?? "",
    files: ((files as unknown[] | null | undefined) ?? []).map((f, i) => {
      if (isFileData(f)) return f;
      throw new BadValueError(`${NAME}: files[${i}] must be a file (a FileData, Blob, File, path or URL), got ${describe(f)}`);
    }),
  };
}

/** Gradio's `{ path }` (not yet a FileData): a path or URL to store. */
const isPathObject = (f: unknown): f is { path: string } =>
  !!f && typeof f === "object" && !(f instanceof Blob) && typeof (f as { path?: unknown }).path === "string";

const isStorable = (f: unknown) =>
  typeof f === "string" ||
  f instanceof Blob ||
  f instanceof Uint8Array ||
  f instanceof ArrayBuffer ||
  (typeof ImageData !== "undefined" && f instanceof ImageData) ||
  isPathObject(f);

/**
 * Stores the files a handler returned (Blob, File, bytes, a path or URL,
 * Gradio's `{ path }`) in the app's file cache. Anything else is left for
 * toMultimodal to explain.
 */
export async function storeFiles(value: unknown): Promise<unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const files = (value as { files?: unknown }).files;
  if (!Array.isArray(files) || files.every((f) => isFileData(f) || !isStorable(f))) return value;
  const { toFileData } = await import("../../src/file-convert.ts");
  const stored = await Promise.all(
    files.map(async (f: unknown, i) => {
      if (isFileData(f) || !isStorable(f)) return f;
      const source = isPathObject(f) ? f.path : f;
      try {
        return await toFileData(source, `file-${i + 1}`);
      } catch (error) {
        throw new BadValueError(`${NAME}: files[${i}] ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  return { ...value, files: stored };
}

function normalizeProps(p: Props): void {
  // Gradio takes one source as a string.
  if (typeof p.sources === "string") p.sources = [p.sources];
  if (p.sources === null) p.sources = ["upload"];
  if (p.sources !== undefined && (!Array.isArray(p.sources) || p.sources.some((s) => !SOURCES.includes(s as string)))) {
    throw new UsageError(`gr.${NAME}: sources must be a list of "upload" and "microphone", got ${JSON.stringify(p.sources)}`);
  }
  if (p.fileTypes !== undefined && p.fileTypes !== null && !(Array.isArray(p.fileTypes) && p.fileTypes.every((t) => typeof t === "string"))) {
    throw new UsageError(`gr.${NAME}: fileTypes must be a list of strings (["image", ".pdf"]), got ${describe(p.fileTypes)}`);
  }
  if (p.fileCount !== undefined && !["single", "multiple", "directory"].includes(p.fileCount as string)) {
    throw new UsageError(`gr.${NAME}: fileCount must be "single", "multiple" or "directory", got ${describe(p.fileCount)}`);
  }
  // As Gradio: never fewer lines at most than at least.
  if (typeof p.lines === "number" && typeof p.maxLines === "number") p.maxLines = Math.max(p.lines, p.maxLines);
}

export const MultimodalTextbox = define<ValueFactory<MultimodalTextbox, MultimodalValueLike | null, MultimodalTextboxOwnOptions>>({
  type: "multimodaltextbox",
  objectValue: true,
  name: NAME,
  events: ["change", "input", "select", "submit", "focus", "blur", "stop"],
  options: optionNames<MultimodalTextboxOwnOptions>()(
    "sources", "fileTypes", "fileCount", "lines", "maxLines", "placeholder", "submitBtn", "stopBtn", "autofocus",
    "maxPlainTextLength", "rtl", "textAlign",
  ),
  defaults: {
    label: "MultimodalTextbox",
    sources: ["upload"],
    fileTypes: null,
    fileCount: "single",
    lines: 1,
    maxLines: 20,
    submitBtn: true,
    stopBtn: false,
    autofocus: false,
    maxPlainTextLength: 1000,
    rtl: false,
    textAlign: null,
  },
  normalizeProps,
  preprocess: (v, p) => fromPage(v, p),
  postprocess: (v) => toMultimodal(v),
  files: {
    store: (v) => storeFiles(v),
    load: async (v) => v,
  },
});
