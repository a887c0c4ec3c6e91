// gr.Database: an SQLite database in the app's worker. Opened from a
// `<gradio-file>`, a URL, bytes, or new; queried synchronously into row
// objects (a DataFrame or plot value as is); kept across reloads in
// IndexedDB, saved shortly after each write. Loaded only for an app whose
// code names it (worker/lazy-api.ts); SQLite itself loads on the first open.

import type { SqlJsDatabase, SqlJsStatement, SqlJsStatic } from "sql.js";
import type { KeyValueStore } from "../worker/kv.ts";
import { isFileData } from "../worker/file-data.ts";
import { sha256 } from "../worker/sha256.ts";
import { GradioError } from "./errors.ts";
import { fileHost, type FileData, type FileHost } from "./files.ts";
import { excerpt, nameOf, sourceKind, toBindings, type DatabaseSource, type SqlRow, type SqlParams, type SqlValue } from "./database-sql.ts";

export type { DatabaseSource, SqlRow, SqlParam, SqlParams, SqlValue } from "./database-sql.ts";

export interface DatabaseOptions {
  /**
   * Keep the database, with every change, across reloads (in the browser's
   * IndexedDB). The default for a name, a `<gradio-file>` or a URL; a
   * database opened from bytes (an upload) is kept only when asked.
   */
  persist?: boolean;
  /** The name it is shown and kept under; by default the file name of the source. */
  name?: string;
  /** Where it is kept; by default the page's path and `name`, so each page has its own. */
  storageKey?: string;
}

/** What `db.run` reports. */
export interface RunResult {
  /** Rows inserted, updated or deleted by the statement. */
  changes: number;
  /** The rowid of the last row inserted on this connection. */
  lastInsertRowid: number;
}

/** A failed SQL statement or open: SQLite's own message, shown to the user as a toast. */
export class DatabaseError extends GradioError {
  /** The SQL that failed, when a statement did. */
  readonly sql: string | null;

  constructor(message: string, sql: string | null = null) {
    super(message, { title: "Database error" });
    this.name = "DatabaseError";
    this.sql = sql;
  }
}

/** What IndexedDB keeps per database. `source` says which original the bytes grew from. */
interface Saved {
  bytes: Uint8Array;
  source: string;
  savedAt: number;
}

/** Writes within this long are saved together (and a reload this soon after a write may miss it). */
const SAVE_DELAY_MS = 50;
const READS = /^\s*(?:SELECT|VALUES|EXPLAIN)\b/i;
const MAYBE_READS = /^\s*WITH\b/i;

let stores: Promise<KeyValueStore> | null = null;
const savedStore = () => (stores ??= import("../worker/kv.ts").then((kv) => kv.openStore("gradio-lite-databases", "databases")));
let warnedVolatile = false;

function maybeHost(): FileHost | null {
  try {
    return fileHost();
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function bytesOf(source: FileData | Blob | Uint8Array | ArrayBuffer, host: FileHost | null): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (source instanceof Blob) return new Uint8Array(await source.arrayBuffer());
  if (!host) throw new DatabaseError("A FileData can be opened once the app runs");
  return new Uint8Array(await (await host.read(source)).arrayBuffer());
}

export class Database {
  /** True while every change is also kept in the browser (IndexedDB). */
  readonly persistent: boolean;
  private closed = false;
  private dirty = false;
  private saving: Promise<void> | null = null;

  private constructor(
    /** The name it is shown and kept under. */
    readonly name: string,
    private readonly db: SqlJsDatabase,
    private readonly saveTo: { store: KeyValueStore; key: string; source: string } | null,
  ) {
    this.persistent = saveTo !== null;
  }

  /**
   * Opens a database: a `<gradio-file>` of the app by its name, a URL
   * (`https://…`, `/…`, `./…`), a FileData (an upload) or bytes, or else a new,
   * empty database by that name. With `persist` (the default for names and
   * URLs) the copy kept from an earlier visit opens instead, changes and all,
   * as long as the original it grew from is the same.
   */
  static async open(source: DatabaseSource, options: DatabaseOptions = {}): Promise<Database> {
    const host = maybeHost();
    const from = await resolveSource(source, host);
    const name = options.name ?? from.name;
    const persist = options.persist ?? from.persistByDefault;
    const [SQL, store] = await Promise.all([loadSqlite(), persist ? savedStore() : null]);
    const key = options.storageKey ?? `${host ? host.resolve("").pathname : "/"}|${name}`;
    const saved = store ? await store.get<Saved>(key) : undefined;
    let bytes: Uint8Array | null;
    if (saved && saved.source === from.origin) bytes = saved.bytes;
    else {
      if (saved) {
        console.warn(`[gradio-lite] gr.Database: ${name} changed since this browser kept a copy; the copy (with its changes) is replaced by the new ${name}`);
        await store!.del(key);
      }
      bytes = await from.bytes(name);
    }
    if (store && !store.persistent && !warnedVolatile) {
      warnedVolatile = true;
      console.warn(`[gradio-lite] gr.Database: changes are kept in memory only (${store.reason}): they are gone when the page closes`);
    }
    const saveTo = store?.persistent ? { store, key, source: from.origin } : null;
    // Nothing is kept until the first write: an unchanged original is had again from its source.
    return new Database(name, openBytes(SQL, bytes, name), saveTo);
  }

  /** Runs one statement and gives its rows as objects by column name (a DataFrame or plot value as is). */
  query(sql: string, params?: SqlParams): SqlRow[];
  /** The same, with the rows' type named: `db.query<{ time: string; price: number }>(…)`. */
  query<R extends Record<string, SqlValue>>(sql: string, params?: SqlParams): R[];
  query<R extends Record<string, SqlValue>>(sql: string, params?: SqlParams): R[] {
    const before = MAYBE_READS.test(sql) ? this.totalChanges() : null;
    const rows: R[] = [];
    this.withStatement(sql, params, (st) => {
      const columns = st.getColumnNames();
      while (st.step()) {
        const values = st.get();
        const row: Record<string, SqlValue> = {};
        for (let c = 0; c < columns.length; c++) row[columns[c]!] = values[c] ?? null;
        rows.push(row as R);
      }
    });
    if (!READS.test(sql) && (before === null || this.totalChanges() !== before)) this.changed();
    return rows;
  }

  /** Runs one statement that changes data; says how many rows it changed. */
  run(sql: string, params?: SqlParams): RunResult {
    this.withStatement(sql, params, (st) => {
      while (st.step());
    });
    this.changed();
    const [changes, lastInsertRowid] = this.live().exec("SELECT changes(), last_insert_rowid()")[0]!.values[0] as [number, number];
    return { changes, lastInsertRowid };
  }

  /** Runs a script of statements separated by `;` (no parameters, no rows back). */
  exec(sql: string): void {
    try {
      this.live().exec(sql);
    } catch (error) {
      throw this.sqlError(error, sql);
    } finally {
      // A script may have changed data before the statement that failed.
      this.changed();
    }
  }

  /** The database file, as bytes: to download (return it to a gr.File) or open elsewhere. */
  export(): Uint8Array {
    return this.live().export();
  }

  /** Resolves once every committed change so far is kept in the browser. */
  async flush(): Promise<void> {
    while (this.saving) await this.saving;
  }

  /** Saves what is pending, then closes; using the database afterwards is an error. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    this.db.close();
  }

  private live(): SqlJsDatabase {
    if (this.closed) throw new DatabaseError(`${this.name} is closed`);
    return this.db;
  }

  private withStatement(sql: string, params: SqlParams | undefined, use: (st: SqlJsStatement) => void): void {
    let st: SqlJsStatement | null = null;
    try {
      st = this.live().prepare(sql);
      const bindings = toBindings(params);
      if (bindings) st.bind(bindings as Parameters<SqlJsStatement["bind"]>[0]);
      use(st);
    } catch (error) {
      throw this.sqlError(error, sql);
    } finally {
      st?.free();
    }
  }

  private sqlError(error: unknown, sql: string): Error {
    if (error instanceof DatabaseError) return error;
    return new DatabaseError(`${this.name}: ${messageOf(error)} (in: ${excerpt(sql)})`, sql);
  }

  private totalChanges(): number {
    return this.live().exec("SELECT total_changes()")[0]!.values[0]![0] as number;
  }

  /**
   * Inside BEGIN … COMMIT there is nothing whole to keep (sql.js refuses to
   * export then). The save stops; the COMMIT, a statement like any other,
   * starts the next one.
   */
  private inTransaction(): boolean {
    try {
      this.db.exec("BEGIN; ROLLBACK");
      return false;
    } catch {
      return true;
    }
  }

  private changed(): void {
    if (!this.saveTo) return;
    this.dirty = true;
    this.saving ??= this.saveWhileDirty().finally(() => {
      this.saving = null;
    });
  }

  private async saveWhileDirty(): Promise<void> {
    const { store, key, source } = this.saveTo!;
    while (this.dirty && !this.closed) {
      await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS));
      if (this.closed || this.inTransaction()) return;
      this.dirty = false;
      try {
        await store.set(key, { bytes: this.db.export(), source, savedAt: Date.now() } satisfies Saved);
      } catch (error) {
        const { describeWriteError } = await import("../worker/kv.ts");
        console.warn(`[gradio-lite] gr.Database: ${this.name}: ${describeWriteError(error)}`);
        return;
      }
    }
  }
}

/** A source, resolved: its name, what identifies the original, and its bytes when needed (null: a new database). */
interface ResolvedSource {
  name: string;
  origin: string;
  persistByDefault: boolean;
  bytes(name: string): Promise<Uint8Array | null>;
}

async function resolveSource(source: DatabaseSource, host: FileHost | null): Promise<ResolvedSource> {
  const given = typeof source === "string" && host ? await host.named(source) : null;
  let kind: ReturnType<typeof sourceKind>;
  try {
    kind = sourceKind(source, () => given !== null);
  } catch (error) {
    throw new DatabaseError(messageOf(error));
  }
  switch (kind.kind) {
    case "file":
      // Its path starts with its SHA-256: a new file under the same name is a new original.
      return { name: kind.name, origin: `file:${given!.path.split("/")[0]}`, persistByDefault: true, bytes: () => bytesOf(given!, host) };
    case "url": {
      const url = (host ? host.resolve(kind.url) : new URL(kind.url)).href;
      return { name: nameOf(kind.url), origin: `url:${url}`, persistByDefault: true, bytes: (name) => fetchBytes(url, name) };
    }
    case "new":
      return { name: kind.name, origin: "new", persistByDefault: true, bytes: async () => null };
    case "bytes": {
      const bytes = await bytesOf(source as Exclude<DatabaseSource, string>, host);
      const name = isFileData(source) ? (source.origName ?? "database") : "database";
      return { name, origin: `bytes:${await sha256(new Blob([bytes as Uint8Array<ArrayBuffer>]))}`, persistByDefault: false, bytes: async () => bytes };
    }
  }
}

function loadSqlite(): Promise<SqlJsStatic> {
  return import("./database-sqljs.ts")
    .then((m) => m.loadSqlJs())
    .catch((error: unknown) => {
      throw new DatabaseError(`SQLite could not be loaded: ${messageOf(error)}`);
    });
}

async function fetchBytes(url: string, name: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DatabaseError(`Could not open ${name}: fetching ${url} failed (${messageOf(error)})`);
  }
  if (!response.ok) throw new DatabaseError(`Could not open ${name}: ${url} answered ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

/** An SQLite file from its bytes (empty when null), checked now rather than at the first query. */
function openBytes(SQL: SqlJsStatic, bytes: Uint8Array | null, name: string): SqlJsDatabase {
  const db = new SQL.Database(bytes && bytes.length ? bytes : null);
  try {
    db.exec("SELECT count(*) FROM sqlite_schema");
    return db;
  } catch (error) {
    db.close();
    throw new DatabaseError(`Could not open ${name}: ${messageOf(error)} (is it an SQLite file?)`);
  }
}
