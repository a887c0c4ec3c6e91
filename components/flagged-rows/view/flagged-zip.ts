// The zip of a flagged dataset: Gradio's flagging folder as the server would
// hold it (`flagged/dataset1.csv`, and each file at the path its cell names).
// This module and fflate load with the first zip.

import { strToU8, zipSync } from "fflate";
import type { FlaggedDataset } from "../../../worker/protocol.ts";
import { folderOf, toCsv } from "../../../src/flag-cells.ts";

/** Reads a flagged file from the app's cache (a blob: URL the worker made; nothing else is fetched). */
async function bytesOf(path: string, url: string): Promise<Uint8Array> {
  const unreadable = () => new Error(`The flagged file "${path}" could not be read: it may have been cleared from this browser's storage`);
  if (!url.startsWith("blob:")) throw unreadable();
  try {
    return new Uint8Array(await (await fetch(url)).arrayBuffer());
  } catch {
    throw unreadable();
  }
}

export async function flaggedZip(data: FlaggedDataset): Promise<Blob> {
  const folder = folderOf(data.dir);
  const entries: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = { [`${folder}/${data.file}`]: strToU8(toCsv(data.headers, data.rows)) };
  await Promise.all(
    // Media is compressed already: stored as it is, which keeps a large zip quick to make.
    Object.entries(data.files).map(async ([path, file]) => void (entries[`${folder}/${path}`] = [await bytesOf(path, file.url), { level: 0 }])),
  );
  return new Blob([zipSync(entries)], { type: "application/zip" });
}
