// Taking files from the user: the size limit is checked before a byte is
// read, then the files go to the worker's cache and become the value.

import type { FileData } from "../worker/protocol.ts";
import type { AppSession } from "./session.ts";
import type { BlockState } from "./store.ts";

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** Uploads `files` into `block`; resolves false when they were refused or failed (the user was told). */
export async function uploadInto(session: AppSession, block: BlockState, files: File[], multiple: boolean): Promise<boolean> {
  if (!files.length) return false;
  const max = session.config.maxFileSize;
  const tooBig = max === null ? [] : files.filter((f) => f.size > max);
  if (tooBig.length) {
    const names = tooBig.map((f) => `${f.name} (${formatSize(f.size)})`).join(", ");
    session.store.toast("error", `${names} ${tooBig.length === 1 ? "is" : "are"} larger than this app accepts (${formatSize(max!)}).`, "File too large");
    return false;
  }
  const picked = multiple ? files : files.slice(0, 1);
  block.status.value = { state: "pending", position: null, queueSize: 0, startedAt: performance.now(), etaAt: null, streaming: false, progress: null, showProgress: "minimal" };
  let stored: FileData[];
  try {
    stored = await session.upload(picked);
  } catch (error) {
    session.store.toast("error", error instanceof Error ? error.message : String(error), "Upload failed");
    return false;
  } finally {
    block.status.value = null;
  }
  session.userInput(block.config.id, multiple ? [...((block.value.peek() as FileData[] | null) ?? []), ...stored] : stored[0]);
  session.dispatch(block.config.id, "upload", multiple ? stored : stored[0]);
  return true;
}

export function clearFiles(session: AppSession, block: BlockState, multiple: boolean): void {
  session.userInput(block.config.id, multiple ? [] : null);
  session.dispatch(block.config.id, "clear");
}
