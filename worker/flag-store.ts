// Where flagged rows live: IndexedDB, one record per row (two tabs flagging
// at once never overwrite each other), under the app, its flagging folder
// (`flaggingDir`) and the dataset file Gradio would write ("dataset1.csv").
// A row's files stay in the app's file cache, kept from its sweeps; the row
// holds their cache paths. Loaded with the first flag or the first count.

import { fileHost } from "../src/files.ts";
import type { FileCache } from "./file-cache.ts";
import { describeWriteError, openStore, type KeyValueStore } from "./kv.ts";
import type { FileData, FlaggedDataset, Result } from "./protocol.ts";

export type { FlaggedDataset };

interface StoredRow {
  cells: string[];
  /** Path in a cell → the file's path in the cache. */
  files: Record<string, string>;
  time: number;
}

interface Folder {
  datasets: Array<{ file: string; headers: string[] }>;
}

let sequence = 0;

export class FlagStoreError extends Error {
  override name = "FlagStoreError";
}

// Keys are JSON arrays, so no app, folder or file name can run into the next part.
const keyOf = (...parts: string[]) => JSON.stringify(parts);
const prefixOf = (...parts: string[]) => keyOf(...parts).slice(0, -1) + ",";
const sameHeaders = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

export interface FlagStoreOptions {
  kv: Promise<KeyValueStore>;
  /** The app's key (its page and element): its rows are its own. */
  app: string;
  /** The app's file cache, opened only for rows with files (an app load that counts rows needs none). */
  files: () => Promise<FileCache>;
}

export class FlagStore {
  constructor(private readonly options: FlagStoreOptions) {}

  private async app(): Promise<string> {
    return this.options.app;
  }

  private async folder(dir: string): Promise<Folder> {
    const kv = await this.options.kv;
    return (await kv.get<Folder>(keyOf("folder", await this.app(), dir))) ?? { datasets: [] };
  }

  /**
   * The dataset new rows with these headers go to, as Gradio's CSVLogger
   * picks its file: `name` when given; else a "datasetN.csv" with the same
   * headers; else the next number. Gradio looks at its newest file only; here
   * the newest with these headers is taken, so two Interfaces sharing a
   * folder (a TabbedInterface) each keep their rows in one dataset.
   */
  async datasetFor(dir: string, headers: readonly string[], name?: string | null): Promise<string> {
    const folder = await this.folder(dir);
    const numbered = folder.datasets.filter((d) => /^dataset\d+\.csv$/.test(d.file));
    const same = numbered.filter((d) => sameHeaders(d.headers, headers)).at(-1);
    const next = Math.max(0, ...numbered.map((d) => Number(/\d+/.exec(d.file)![0]))) + 1;
    const file = name ?? same?.file ?? `dataset${next}.csv`;
    if (!folder.datasets.some((d) => d.file === file)) {
      folder.datasets.push({ file, headers: [...headers] });
      await this.write(keyOf("folder", await this.app(), dir), folder);
    }
    return file;
  }

  /** The dataset a reader sees before any flag: the one these headers would go to, if it exists. */
  async existing(dir: string, headers: readonly string[]): Promise<string | null> {
    const newest = (await this.folder(dir)).datasets.filter((d) => sameHeaders(d.headers, headers)).at(-1);
    return newest?.file ?? null;
  }

  /** Adds a row, its files kept in the cache; returns how many rows the dataset has now. */
  async append(dir: string, file: string, cells: string[], files: Map<string, FileData>): Promise<number> {
    const stored: StoredRow = { cells, files: {}, time: Date.now() };
    for (const [path, data] of files) {
      await (await this.options.files()).keep(data.path);
      stored.files[path] = data.path;
    }
    // Sorted by time, then by order within this worker; the random part keeps two tabs' rows apart.
    const id = `${String(stored.time).padStart(15, "0")}-${String(sequence++).padStart(9, "0")}-${crypto.randomUUID()}`;
    await this.write(keyOf("row", this.options.app, dir, file, id), stored);
    return (await this.rowKeys(dir, file)).length;
  }

  /** False (with why) when rows live in memory only: they are gone when the page closes. */
  async persistence(): Promise<{ persistent: boolean; reason: string | null }> {
    const kv = await this.options.kv;
    return { persistent: kv.persistent, reason: kv.reason };
  }

  private async write(key: string, value: unknown): Promise<void> {
    try {
      await (await this.options.kv).set(key, value);
    } catch (error) {
      throw new FlagStoreError(describeWriteError(error));
    }
  }

  private async rowKeys(dir: string, file: string): Promise<string[]> {
    const prefix = prefixOf("row", await this.app(), dir, file);
    return (await (await this.options.kv).keys()).filter((k) => typeof k === "string" && k.startsWith(prefix)).sort();
  }

  /** How many rows a dataset has. */
  async count(dir: string, file: string): Promise<number> {
    return (await this.rowKeys(dir, file)).length;
  }

  /** One dataset with its rows, oldest first, and the files they name (a file no longer in the cache is left out). */
  async read(dir: string, file: string): Promise<FlaggedDataset> {
    const kv = await this.options.kv;
    const headers = (await this.folder(dir)).datasets.find((d) => d.file === file)?.headers ?? [];
    const stored = (await Promise.all((await this.rowKeys(dir, file)).map((key) => kv.get<StoredRow>(key)))).filter((r) => r !== undefined);
    const paths = new Map(stored.flatMap((row) => Object.entries(row.files)));
    const files: Record<string, FileData> = {};
    const cache = paths.size ? await this.options.files() : null;
    await Promise.all(
      [...paths].map(async ([path, cached]) => {
        const data = await cache!.file(cached);
        if (data) files[path] = data;
      }),
    );
    return { dir, file, headers, rows: stored.map((row) => row.cells), files };
  }

  /** Every dataset of this app, in every flagging folder. */
  async all(): Promise<FlaggedDataset[]> {
    const kv = await this.options.kv;
    const prefix = prefixOf("folder", await this.app());
    const dirs = (await kv.keys()).filter((k) => typeof k === "string" && k.startsWith(prefix)).map((k) => (JSON.parse(k) as string[])[2]);
    const out: FlaggedDataset[] = [];
    for (const dir of dirs.sort()) for (const { file } of (await this.folder(dir)).datasets) out.push(await this.read(dir, file));
    return out;
  }
}

let shared: FlagStore | null = null;

/** This worker's store (a worker runs one app): its own database, opened with the first use. */
export function flagStore(): FlagStore {
  const host = fileHost();
  return (shared ??= new FlagStore({ kv: openStore("gradio-lite-flagged", "rows"), app: host.app(), files: () => host.cache() }));
}

/** Every dataset of the app, for the page (`client.flagged()`): a failure is data. */
export async function allFlagged(): Promise<Result<FlaggedDataset[]>> {
  try {
    return { ok: true, value: await flagStore().all() };
  } catch (error) {
    return { ok: false, error: { code: "load", message: error instanceof Error ? error.message : String(error) } };
  }
}
