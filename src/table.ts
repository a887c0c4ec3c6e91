// A table, the value shared by gr.DataFrame and the native plots. An app may
// give it as row objects, rows with `headers`, `{ headers, data }` or CSV
// text; on the wire it is always `{ headers, data }` with plain cells, and a
// handler gets it back in the form the component's `type` names.

import { BadValueError } from "./component.ts";
import { describe } from "./values.ts";

/** A cell as it crosses to the page: dates become ISO strings, NaN and undefined become null. */
export type Cell = string | number | boolean | null;

/** What a cell may hold when an app gives it. */
export type CellLike = Cell | Date | bigint | undefined;

/** A table on the wire, and the `"table"` form a handler may ask for. */
export interface TableData {
  headers: string[];
  data: Cell[][];
}

/** Every form an app may give a table in. */
export type TableLike =
  | readonly Readonly<Record<string, CellLike>>[]
  | readonly (readonly CellLike[])[]
  | { readonly headers?: readonly string[]; readonly data: readonly (readonly CellLike[])[] }
  | string;

/** The form a handler receives, per the component's `type`. */
export type TableType = "objects" | "array" | "table";
export type TableRow = Record<string, Cell>;
export type TableOf<T extends TableType> = T extends "array" ? Cell[][] : T extends "table" ? TableData : TableRow[];

/**
 * Any table form → `{ headers, data }`. `headers` names the columns of rows
 * given as arrays (Gradio's `headers` option); `where` starts each message.
 */
export function toTable(value: unknown, headers: readonly string[] | null | undefined, where: string): TableData {
  if (value === null || value === undefined || value === "") return { headers: [...(headers ?? [])], data: [] };
  if (typeof value === "string") return fromRows(parseCsv(value, where), null, where, true);
  if (Array.isArray(value)) {
    if (value.length === 0) return { headers: [...(headers ?? [])], data: [] };
    if (value.every((row) => Array.isArray(row))) return fromRows(value as unknown[][], headers, where, false);
    if (value.every(isRecord)) return fromObjects(value as Record<string, unknown>[], where);
    const bad = value.findIndex((row) => !Array.isArray(row) && !isRecord(row));
    throw new BadValueError(
      bad >= 0
        ? `${where}: row ${bad + 1} is ${describe(value[bad])}; a table is a list of rows (arrays) or of row objects`
        : `${where}: rows mix arrays and objects; give every row the same form`,
    );
  }
  if (isRecord(value) && Array.isArray(value.data)) {
    const given = Array.isArray(value.headers) ? value.headers.map(String) : headers;
    if (!value.data.every((row) => Array.isArray(row))) throw new BadValueError(`${where}: "data" must be a list of rows (arrays)`);
    return fromRows(value.data as unknown[][], given, where, false);
  }
  throw new BadValueError(`${where} expects a table (row objects, rows, { headers, data } or CSV text), got ${describe(value)}`);
}

/** `{ headers, data }` → the form `type` names. Rows are copied: a handler may change them freely. */
export function fromTable<T extends TableType>(table: TableData, type: T): TableOf<T> {
  if (type === "table") return { headers: [...table.headers], data: table.data.map((row) => [...row]) } as TableOf<T>;
  if (type === "array") return table.data.map((row) => [...row]) as TableOf<T>;
  const { headers } = table;
  return table.data.map((row) => {
    const record: TableRow = {};
    for (let c = 0; c < headers.length; c++) record[headers[c]!] = row[c] ?? null;
    return record;
  }) as TableOf<T>;
}

/** A cell as it goes on the wire; `column` and `row` (1-based) name a bad one. */
export function toCell(value: unknown, where: string, column: string, row: number): Cell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isNaN(value) ? null : value;
    case "bigint":
      return Number(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  throw new BadValueError(`${where}: column "${column}", row ${row} holds ${describe(value)}; a cell is text, a number, true/false, a Date or null`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}

function columnNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(i + 1));
}

function fromRows(rows: readonly unknown[][], headers: readonly string[] | null | undefined, where: string, firstIsHeader: boolean): TableData {
  let body = rows;
  let names = headers ? headers.map(String) : null;
  if (firstIsHeader) {
    names = (rows[0] ?? []).map(String);
    body = rows.slice(1);
  }
  // A loop, not Math.max(...rows): a spread of 100k rows overflows the call stack.
  let width = names?.length ?? 0;
  for (const r of body) if (r.length > width) width = r.length;
  if (names && body.some((r) => r.length > names.length)) {
    const at = body.findIndex((r) => r.length > names.length);
    throw new BadValueError(`${where}: row ${at + 1} has ${body[at]!.length} cells but there are ${names.length} headers (${names.join(", ")})`);
  }
  const cols = names ?? columnNames(width);
  const data = body.map((row, r) => {
    // Built by push, not new Array(n): a packed array, which postMessage copies ~5× faster than a holey one.
    const out: Cell[] = [];
    for (let c = 0; c < cols.length; c++) out.push(toCell(row[c], where, cols[c]!, r + 1));
    return out;
  });
  return { headers: cols, data };
}

function fromObjects(rows: readonly Record<string, unknown>[], where: string): TableData {
  const index = new Map<string, number>();
  for (const row of rows) for (const key of Object.keys(row)) if (!index.has(key)) index.set(key, index.size);
  const headers = [...index.keys()];
  const data = rows.map((row, r) => {
    const out: Cell[] = [];
    for (let c = 0; c < headers.length; c++) out.push(null);
    for (const key in row) out[index.get(key)!] = toCell(row[key], where, key, r + 1);
    return out;
  });
  return { headers, data };
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
 * Unquoted fields that read as numbers become numbers, as pandas' read_csv
 * does; an empty field is null. A quote left open is an error with its line.
 */
export function parseCsv(text: string, where = "CSV"): unknown[][] {
  const rows: unknown[][] = [];
  let row: unknown[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let quoteLine = 0;
  const push = () => {
    row.push(wasQuoted ? field : csvScalar(field));
    field = "";
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") {
      quoted = wasQuoted = true;
      quoteLine = line;
    } else if (ch === ",") push();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      push();
      rows.push(row);
      row = [];
      line++;
    } else field += ch;
  }
  if (quoted) throw new BadValueError(`${where}: a quoted field opened on line ${quoteLine} is never closed`);
  if (field !== "" || wasQuoted || row.length) {
    push();
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === null));
}

function csvScalar(field: string): Cell {
  const t = field.trim();
  if (t === "") return null;
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  if (t === "true" || t === "True") return true;
  if (t === "false" || t === "False") return false;
  return field;
}
