// Pure helpers of gr.Database (src/database.ts): what a source names, how
// parameters bind, how an SQLite error reads. No SQLite here, so Node tests
// cover them.

import type { FileData } from "../worker/protocol.ts";
import { isFileData } from "../worker/file-data.ts";
import { describe } from "./values.ts";

/** A value SQLite gives back: INTEGER and REAL as numbers, TEXT, BLOB, NULL. */
export type SqlValue = number | string | Uint8Array | null;

/** A value an app may bind to `?` or `:name`: dates become ISO text, booleans 1 / 0, undefined NULL. */
export type SqlParam = SqlValue | bigint | boolean | Date | undefined;

/** Positional (`?`) parameters as an array, named ones (`:name`, `$name`, `@name`) as an object. */
export type SqlParams = readonly SqlParam[] | Readonly<Record<string, SqlParam>>;

/**
 * One result row, by column name: directly a row of a DataFrame or plot
 * value. Typed without BLOBs (a Uint8Array is no table cell): a query of a
 * BLOB column names its rows' type, `db.query<{ data: Uint8Array }>(…)`.
 */
export type SqlRow = Record<string, number | string | null>;

/** Where a database comes from. */
export type DatabaseSource = string | FileData | Blob | Uint8Array | ArrayBuffer;

export type SourceKind =
  | { kind: "file"; name: string }
  | { kind: "url"; url: string }
  | { kind: "bytes" };

/** A URL with a scheme, or a path written as one (`/x.db`, `./x.db`, `../x.db`); anything else is a name. */
const URL_LIKE = /^(?:[a-z][a-z\d+.-]*:|\.{0,2}\/)/i;

/**
 * What a source names. A string is a `<gradio-file>` (when the app has one by
 * that name), else a URL when it looks like one, else the name of a new
 * database; `hasFile` answers the first question.
 */
export function sourceKind(source: unknown, hasFile: (name: string) => boolean): SourceKind | { kind: "new"; name: string } {
  if (typeof source === "string") {
    if (!source.trim()) throw new TypeError("gr.Database.open needs a name: a <gradio-file> name, a URL, or the name of a new database");
    if (hasFile(source)) return { kind: "file", name: source };
    if (URL_LIKE.test(source)) return { kind: "url", url: source };
    return { kind: "new", name: source };
  }
  if (isFileData(source) || source instanceof Blob || source instanceof Uint8Array || source instanceof ArrayBuffer) return { kind: "bytes" };
  throw new TypeError(`gr.Database.open expects a name, a URL, a FileData, a Blob or bytes, got ${describe(source)}`);
}

/** A name to show and to store under: the last part of a URL or path. */
export function nameOf(source: string): string {
  const path = source.split(/[?#]/)[0]!.replace(/\/+$/, "");
  return decodeURIComponent(path.slice(path.lastIndexOf("/") + 1)) || source;
}

type Bindable = number | string | Uint8Array | null;

function bindable(value: SqlParam, where: string): Bindable {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "bigint") {
    // sql.js binds numbers as doubles: a bigint past 2^53 would change silently.
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) return value.toString();
    return Number(value);
  }
  if (typeof value === "number" || typeof value === "string" || value instanceof Uint8Array) return value;
  throw new TypeError(`${where} is ${describe(value)}; bind a number, text, boolean, Date, bigint, Uint8Array or null`);
}

/**
 * Parameters as sql.js binds them. A named parameter may be given without its
 * prefix (`{ origin }` for `:origin`): it is offered under all three, and
 * SQLite takes the one the statement uses.
 */
export function toBindings(params: SqlParams | undefined): Bindable[] | Record<string, Bindable> | undefined {
  if (params === undefined || params === null) return undefined;
  if (Array.isArray(params)) return params.map((p, i) => bindable(p, `parameter ${i + 1}`));
  if (typeof params !== "object" || params instanceof Date || params instanceof Uint8Array) {
    throw new TypeError(`SQL parameters are an array (for ?) or an object (for :name), got ${describe(params)}`);
  }
  const named: Record<string, Bindable> = {};
  for (const [key, value] of Object.entries(params as Record<string, SqlParam>)) {
    const bound = bindable(value, `parameter "${key}"`);
    if (/^[:$@]/.test(key)) named[key] = bound;
    else for (const prefix of [":", "$", "@"]) named[prefix + key] = bound;
  }
  return named;
}

/** The SQL as it appears in a message: one line, and not the whole of a long script. */
export function excerpt(sql: string, max = 120): string {
  const line = sql.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
