// "5mb", "200 KB", 1024: sizes as Gradio's max_file_size accepts them.

import { UsageError } from "./errors.ts";

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

export function parseSize(size: string | number | null | undefined): number | null {
  if (size === null || size === undefined) return null;
  if (typeof size === "number" && size >= 0) return size;
  const match = typeof size === "string" ? /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(size) : null;
  if (!match) throw new UsageError(`maxFileSize must be a number of bytes or a size like "5mb", got ${JSON.stringify(size)}`);
  return Math.round(Number(match[1]) * UNITS[(match[2] ?? "b").toLowerCase()]);
}
