// The app's virtual file cache: Blobs in IndexedDB, content-addressed by
// SHA-256 (one copy per content). A file value is a FileData; its `url` is an
// object URL the page can use in <img>, <a download> or fetch.
//
// Memory: a Blob is hashed in 8 MB slices, then stored as the Blob itself
// (IndexedDB keeps Blobs on disk; TOOLCHAIN.md measures them 2-4x faster
// than ArrayBuffers), so a file never sits in memory twice.

import { describeWriteError, memoryStore, type KeyValueStore } from "./kv.ts";
import type { FileData, NamedFile } from "./protocol.ts";
import { sha256 } from "./sha256.ts";

export { isFileData } from "./file-data.ts";

export type { FileData };

interface Entry {
  blob: Blob;
  size: number;
  mimeType: string;
  createdAt: number;
}

export class FileCacheError extends Error {
  override name = "FileCacheError";
}


const HEX = /^[0-9a-f]{64}$/;

export class FileCache {
  private readonly urls = new Map<string, string>();
  /** Files put in the cache before the app started, by name (`<gradio-file>`). */
  private readonly named = new Map<string, FileData>();
  private sweeper: ReturnType<typeof setInterval> | null = null;

  private opened: Promise<KeyValueStore> | null = null;
  /**
   * Keys are this app's own (its page path and element): apps on one origin
   * share the database, never each other's files, and a sweep touches only
   * its own app's.
   */
  private namespace = "app";
  /** Files given with the page (`<gradio-file>`): never swept. */
  private readonly pinned = new Set<string>();

  setNamespace(appKey: string): void {
    this.namespace = appKey;
  }

  private key(kind: "hash" | "blob" | "keep", id: string): string {
    return `${this.namespace}|${kind}:${id}`;
  }

  /** `open` runs on first use: apps without files never open the database. */
  constructor(private readonly open: () => Promise<KeyValueStore> = async () => memoryStore()) {}

  private get store(): Promise<KeyValueStore> {
    return (this.opened ??= this.open());
  }

  /** False when files live in memory only; `reason` says why. */
  async persistence(): Promise<{ persistent: boolean; reason: string | null }> {
    const store = await this.store;
    return { persistent: store.persistent, reason: store.reason };
  }

  /**
   * Stores a Blob (once per content) and returns its FileData. The write and
   * the hash run side by side (the record is keyed by a fresh id, and the
   * hash then points at it), so ingesting costs about the slower of the two.
   */
  async put(blob: Blob, name = "file", mimeType = blob.type || "application/octet-stream"): Promise<FileData> {
    const store = await this.store;
    const id = crypto.randomUUID();
    try {
      const entry: Entry = { blob, size: blob.size, mimeType, createdAt: Date.now() };
      const [hash] = await Promise.all([sha256(blob), store.set(this.key("blob", id), entry)]);
      const existingId = await store.get<string>(this.key("hash", hash));
      const existing = existingId === undefined ? undefined : await store.get<Entry>(this.key("blob", existingId));
      if (existingId !== undefined && existing) {
        // One copy per content: keep the old record, as new as this upload (so a sweep spares it).
        await store.set(this.key("blob", existingId), { ...existing, createdAt: entry.createdAt });
        await store.del(this.key("blob", id));
      } else {
        await store.set(this.key("hash", hash), id);
      }
      return this.fileData(hash, blob, safeName(name), mimeType);
    } catch (error) {
      await store.del(this.key("blob", id)).catch(() => {});
      throw new FileCacheError(describeWriteError(error));
    }
  }

  /** Puts a file under a name the app can read it by (`gr.readFile("data.csv")`). */
  async putNamed(name: string, blob: Blob): Promise<FileData> {
    const data = await this.put(blob, name);
    this.named.set(name, data);
    this.pinned.add(data.path.split("/")[0]);
    return data;
  }

  /** `<gradio-file>`s whose `src` could not be fetched, by name: why. */
  private readonly failed = new Map<string, string>();

  /**
   * The app's `<gradio-file>`s: each stored under its name, or, when its `src`
   * could not be fetched, remembered with why. Returns what the page shows.
   */
  async addNamed(files: NamedFile[]): Promise<string[]> {
    const warnings: string[] = [];
    for (const { name, blob, error } of files) {
      if (error === undefined) await this.putNamed(name, blob);
      else {
        this.failed.set(name, error);
        warnings.push(this.failure(name)!);
      }
    }
    return warnings;
  }

  /** What the app's box and a read of this name say about a `<gradio-file>` that did not load. */
  failure(name: string): string | null {
    const why = this.failed.get(name);
    return why === undefined ? null : `The file "${name}" did not load: ${why}`;
  }

  /** The file given by `<gradio-file>` under this name, if any. */
  namedFile(name: string): FileData | null {
    return this.named.get(name) ?? null;
  }

  /** The Blob of a FileData, a cache path, or a name given by `<gradio-file>`. */
  async read(file: FileData | string): Promise<Blob> {
    const failure = typeof file === "string" ? this.failure(file) : null;
    if (failure) throw new FileCacheError(failure);
    const path = typeof file === "string" ? (this.named.get(file)?.path ?? file) : file.path;
    const hash = path.split("/")[0];
    if (!HEX.test(hash)) {
      throw new FileCacheError(`"${path}" is not a file in this app's cache: read files the app was given (a FileData, or a name from <gradio-file>)`);
    }
    const entry = await this.entry(hash);
    if (!entry) throw new FileCacheError(`The file "${path}" is no longer in the cache (it may have been cleared)`);
    return entry.blob;
  }

  /**
   * The FileData of a file already in the cache (a path kept from an earlier
   * visit: its object URL is made again), or null when it is gone.
   */
  async file(path: string): Promise<FileData | null> {
    const [hash, ...name] = path.split("/");
    const entry = HEX.test(hash) ? await this.entry(hash) : undefined;
    return entry ? this.fileData(hash, entry.blob, name.join("/"), entry.mimeType) : null;
  }

  /** Never swept (Blocks' deleteCache): a flagged file stays as long as its row. */
  async keep(path: string): Promise<void> {
    const store = await this.store;
    try {
      await store.set(this.key("keep", path.split("/")[0]), true);
    } catch (error) {
      throw new FileCacheError(describeWriteError(error));
    }
  }

  private async entry(hash: string): Promise<Entry | undefined> {
    const store = await this.store;
    const id = await store.get<string>(this.key("hash", hash));
    return id === undefined ? undefined : store.get<Entry>(this.key("blob", id));
  }

  /** Deletes files older than `ageSeconds`, every `frequencySeconds` (Blocks' deleteCache). */
  sweepEvery(frequencySeconds: number, ageSeconds: number): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = setInterval(() => void this.sweep(ageSeconds), frequencySeconds * 1000);
  }

  async sweep(ageSeconds: number): Promise<number> {
    const store = await this.store;
    const now = Date.now();
    let removed = 0;
    const prefix = this.key("hash", "");
    for (const key of await store.keys()) {
      if (!key.startsWith(prefix)) continue;
      const hash = key.slice(prefix.length);
      if (this.pinned.has(hash) || (await store.get(this.key("keep", hash)))) continue;
      const id = await store.get<string>(key);
      const entry = id === undefined ? undefined : await store.get<Entry>(this.key("blob", id));
      if (!entry || now - entry.createdAt > ageSeconds * 1000) {
        await store.del(key);
        if (id !== undefined) await store.del(this.key("blob", id));
        const url = this.urls.get(hash);
        if (url) URL.revokeObjectURL(url);
        this.urls.delete(hash);
        removed++;
      }
    }
    return removed;
  }

  private fileData(hash: string, blob: Blob, name: string, mimeType: string): FileData {
    let url = this.urls.get(hash);
    if (!url) this.urls.set(hash, (url = URL.createObjectURL(blob)));
    return { path: `${hash}/${name}`, url, size: blob.size, origName: name, mimeType, meta: { _type: "gradio.FileData" } };
  }
}

function safeName(name: string): string {
  return name.replace(/[\\/]/g, "_").slice(0, 200) || "file";
}
