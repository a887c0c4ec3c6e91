import type { FileData } from "./protocol.ts";

/** A FileData, as it crosses the wire (Gradio's `meta._type` marks it). */
export function isFileData(value: unknown): value is FileData {
  const v = value as Partial<FileData> | null;
  return !!v && typeof v === "object" && typeof v.path === "string" && typeof v.size === "number" && v.meta?._type === "gradio.FileData";
}
