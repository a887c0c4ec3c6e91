// A small key-value store over IndexedDB (idb-keyval), with idb-keyval's
// shape. When IndexedDB cannot be opened (private modes, disabled storage)
// it falls back to memory and says so: the app keeps working, and the user
// is told that nothing will survive a reload.

import type { UseStore } from "idb-keyval";

export interface KeyValueStore {
  /** False when the data lives in memory only (IndexedDB unavailable). */
  readonly persistent: boolean;
  /** Why it is not persistent, for the warning shown to the user. */
  readonly reason: string | null;
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export function memoryStore(reason: string | null = null): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    persistent: false,
    reason,
    get: async <T>(key: string) => data.get(key) as T | undefined,
    set: async (key, value) => void data.set(key, value),
    del: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
  };
}

type Idb = typeof import("idb-keyval");

function idbStore(idb: Idb, store: UseStore): KeyValueStore {
  return {
    persistent: true,
    reason: null,
    get: <T>(key: string) => idb.get<T>(key, store),
    set: (key, value) => idb.set(key, value, store),
    del: (key) => idb.del(key, store),
    keys: () => idb.keys<string>(store),
  };
}

/** Opens (and probes) an IndexedDB store; memory when that fails. */
export async function openStore(dbName: string, storeName: string, idb: IDBFactory | undefined = globalThis.indexedDB): Promise<KeyValueStore> {
  if (!idb) return memoryStore("this browser context has no IndexedDB");
  try {
    // Loaded with the first store: apps that keep nothing never fetch it.
    const idb = await import("idb-keyval");
    const store = idb.createStore(dbName, storeName);
    await idb.get("__probe__", store);
    return idbStore(idb, store);
  } catch (error) {
    return memoryStore(`IndexedDB could not be opened (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** A message for a failed write: quota errors get their own words. */
export function describeWriteError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "QuotaExceededError") return "The browser's storage for this site is full, so this could not be saved. Free some space (or clear old data) and try again.";
  return `Could not save to the browser's storage: ${error instanceof Error ? error.message : String(error)}`;
}
