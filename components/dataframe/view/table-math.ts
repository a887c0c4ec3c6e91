// The DataFrame view's pure logic: which rows show (search, filters, sort),
// which of them are in the DOM (the virtual window), how wide each column
// is, and the text a cell shows and copies. No DOM here: test/node tests it.

export type Cell = string | number | boolean | null;
export type Datatype = "str" | "number" | "bool" | "date" | "markdown" | "html" | "image";

export interface Table {
  headers: string[];
  data: Cell[][];
}

export type SortDirection = "asc" | "desc";
export interface Sort {
  col: number;
  dir: SortDirection;
}

/** Gradio's filter menu: text conditions for text columns, comparisons for numbers. */
export type TextFilterOp = "contains" | "does not contain" | "starts with" | "ends with" | "is" | "is not" | "is empty" | "is not empty";
export type NumberFilterOp = "=" | "≠" | ">" | "<" | "≥" | "≤" | "is empty" | "is not empty";
export interface ColumnFilter {
  col: number;
  op: TextFilterOp | NumberFilterOp;
  value: string;
}
export const TEXT_OPS: readonly TextFilterOp[] = ["contains", "does not contain", "starts with", "ends with", "is", "is not", "is empty", "is not empty"];
export const NUMBER_OPS: readonly NumberFilterOp[] = ["=", "≠", ">", "<", "≥", "≤", "is empty", "is not empty"];

/** Column `c`'s datatype: one for all, or one per column ("str" past the list's end). */
export function datatypeAt(datatype: unknown, c: number): Datatype {
  const t = Array.isArray(datatype) ? datatype[c] : datatype;
  return typeof t === "string" && ["str", "number", "bool", "date", "markdown", "html", "image"].includes(t) ? (t as Datatype) : "str";
}

/** The text a cell shows and copies: "" for null, dates without a midnight time. */
export function cellText(cell: Cell, type: Datatype = "str"): string {
  if (cell === null) return "";
  if (type === "date" && typeof cell === "string") return cell.replace(/T00:00:00(\.000)?Z$/, "");
  return String(cell);
}

/** `text` cut to `maxChars` with "…" (Gradio's max_chars). */
export function truncate(text: string, maxChars: number | null | undefined): string {
  if (!maxChars || maxChars < 1 || text.length <= maxChars) return text;
  return `${text.slice(0, maxChars)}…`;
}

// ── search and filters ──────────────────────────────────────────────────

// Each row's cells as one lowercased string, built once per table (a search
// over 100k rows then costs one `includes` per row).
const rowTexts = new WeakMap<Cell[][], string[]>();
function searchText(data: Cell[][]): string[] {
  let texts = rowTexts.get(data);
  if (!texts) {
    texts = data.map((row) => row.map((c) => (c === null ? "" : String(c))).join("\u0000").toLowerCase());
    rowTexts.set(data, texts);
  }
  return texts;
}

/** Whether a cell passes a column filter. Number conditions on a number compare numerically. */
export function passes(cell: Cell, filter: ColumnFilter): boolean {
  const text = cell === null ? "" : String(cell);
  if (filter.op === "is empty") return text === "";
  if (filter.op === "is not empty") return text !== "";
  const want = filter.value;
  const t = text.toLowerCase();
  const w = want.toLowerCase();
  const n = typeof cell === "number" ? cell : Number(text);
  const m = Number(want);
  const numeric = text !== "" && want.trim() !== "" && Number.isFinite(n) && Number.isFinite(m);
  switch (filter.op) {
    case "contains":
      return t.includes(w);
    case "does not contain":
      return !t.includes(w);
    case "starts with":
      return t.startsWith(w);
    case "ends with":
      return t.endsWith(w);
    case "is":
      return t === w;
    case "is not":
      return t !== w;
    case "=":
      return numeric ? n === m : t === w;
    case "≠":
      return numeric ? n !== m : t !== w;
    case ">":
      return numeric && n > m;
    case "<":
      return numeric && n < m;
    case "≥":
      return numeric && n >= m;
    case "≤":
      return numeric && n <= m;
  }
}

// ── sorting ─────────────────────────────────────────────────────────────

/**
 * A cell's sort key: numbers (and, in number and date columns, numeric text
 * and dates) compare as numbers and come before text; text compares
 * case-insensitively; empty cells go last either way.
 */
export function sortKey(cell: Cell, type: Datatype): number | string | null {
  if (cell === null || cell === "") return null;
  if (typeof cell === "number") return cell;
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if (type === "number") {
    const n = Number(cell);
    if (Number.isFinite(n)) return n;
  }
  if (type === "date") {
    const t = Date.parse(cell);
    if (Number.isFinite(t)) return t;
  }
  return cell.toLowerCase();
}

function compareKeys(a: number | string | null, b: number | string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const an = typeof a === "number";
  if (an !== (typeof b === "number")) return an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The row indices to show, in order: the rows that match `query` (any cell
 * contains it, case-insensitively) and every filter, sorted by `sort`
 * (stable: equal keys keep the table's order; empty cells stay last).
 */
export function visibleRows(table: Table, options: { query?: string; filters?: readonly ColumnFilter[]; sort?: Sort | null; datatype?: unknown }): number[] {
  const { data } = table;
  const query = options.query?.trim().toLowerCase() ?? "";
  const filters = options.filters ?? [];
  let rows: number[];
  if (!query && !filters.length) {
    rows = new Array(data.length);
    for (let i = 0; i < data.length; i++) rows[i] = i;
  } else {
    const texts = query ? searchText(data) : null;
    rows = [];
    for (let i = 0; i < data.length; i++) {
      if (texts && !texts[i]!.includes(query)) continue;
      if (filters.every((f) => passes(data[i]![f.col] ?? null, f))) rows.push(i);
    }
  }
  const sort = options.sort;
  if (sort) {
    const type = datatypeAt(options.datatype, sort.col);
    const keys = data.map((row) => sortKey(row[sort.col] ?? null, type));
    const sign = sort.dir === "asc" ? 1 : -1;
    rows.sort((a, b) => {
      const ka = keys[a]!;
      const kb = keys[b]!;
      // Empty cells last in both directions.
      if (ka === null || kb === null) return compareKeys(ka, kb) || a - b;
      return sign * compareKeys(ka, kb) || a - b;
    });
  }
  return rows;
}

/** A header click: ascending, then descending, then the table's own order. */
export function nextSort(current: Sort | null, col: number): Sort | null {
  if (!current || current.col !== col) return { col, dir: "asc" };
  return current.dir === "asc" ? { col, dir: "desc" } : null;
}

// ── the virtual window ──────────────────────────────────────────────────

export interface Window {
  /** First row (of the visible order) in the DOM. */
  start: number;
  /** One past the last. */
  end: number;
  /** Space above and below the rendered rows, in px. */
  before: number;
  after: number;
}

/**
 * The rows to render for a viewport `height` px tall scrolled to
 * `scrollTop`, with `overscan` extra rows each side so a fast scroll does not
 * show blank space before the next frame renders.
 */
export function virtualWindow(scrollTop: number, height: number, rowHeight: number, total: number, overscan = 8): Window {
  if (total <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(total - 1, first) - overscan);
  const end = Math.min(total, first + Math.ceil(Math.max(height, rowHeight) / rowHeight) + 1 + overscan);
  return { start, end, before: start * rowHeight, after: (total - end) * rowHeight };
}

/** The scrollTop that brings row `index` into a viewport (unchanged when it already shows). */
export function scrollToRow(index: number, scrollTop: number, height: number, rowHeight: number, headerHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  const viewTop = scrollTop;
  const viewBottom = scrollTop + height - headerHeight;
  if (top < viewTop) return top;
  if (bottom > viewBottom) return bottom - (height - headerHeight);
  return scrollTop;
}

// ── widths ──────────────────────────────────────────────────────────────

const CHAR_PX = 8;
const PADDING_PX = 26;
export const MIN_COL_PX = 64;
export const MAX_COL_PX = 320;

/** How wide a text is in px: the view measures with a canvas; tests estimate per character. */
export interface Measure {
  cell(text: string): number;
  header(text: string): number;
  /** Room the header's buttons (sort, filter) take. */
  headerExtra: number;
}
const ESTIMATE: Measure = { cell: (t) => t.length * CHAR_PX, header: (t) => t.length * CHAR_PX * 1.05, headerExtra: 20 };

/**
 * Column widths in px from the header and a sample of cells (the first 200
 * rows): measured once, so columns do not jump as rows scroll in and out.
 * A width from `columnWidths` wins.
 */
export function columnWidths(table: Table, given: readonly string[] | null | undefined, datatype: unknown, measure: Measure = ESTIMATE): string[] {
  const sample = table.data.slice(0, 200);
  return table.headers.map((header, c) => {
    const set = given?.[c];
    if (set) return set;
    const type = datatypeAt(datatype, c);
    let widest = measure.header(header) + measure.headerExtra;
    if (type === "image") widest = Math.max(widest, 80);
    else if (type !== "bool") {
      // The longest few texts decide the width: measuring each of 200 cells costs more than the render.
      const texts = sample.map((row) => cellText(row[c] ?? null, type));
      texts.sort((a, b) => b.length - a.length);
      for (const text of texts.slice(0, 6)) {
        // Markdown and HTML show shorter than their source; a long one is cut, not measured in full.
        widest = Math.max(widest, measure.cell(text.length > 60 ? text.slice(0, 60) : text) * (type === "markdown" || type === "html" ? 0.8 : 1));
      }
    }
    return `${Math.ceil(Math.min(MAX_COL_PX, Math.max(MIN_COL_PX, widest + PADDING_PX)))}px`;
  });
}

// ── copy ────────────────────────────────────────────────────────────────

/** A TSV field: quoted (as spreadsheets read it) when it holds a tab, a newline or a quote. */
function tsvField(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows shown, with their headers, as tab-separated text (what spreadsheets paste). */
export function toTsv(table: Table, rows?: readonly number[]): string {
  const lines = [table.headers.map(tsvField).join("\t")];
  const order = rows ?? table.data.map((_, i) => i);
  for (const r of order) lines.push(table.data[r]!.map((c) => tsvField(cellText(c))).join("\t"));
  return lines.join("\n");
}

// ── editing ─────────────────────────────────────────────────────────────

/** What the user typed → the cell, per its column's datatype; an error for text in a number column. */
export function parseCell(text: string, type: Datatype): { ok: true; cell: Cell } | { ok: false; message: string } {
  if (type === "number") {
    if (text.trim() === "") return { ok: true, cell: null };
    const n = Number(text);
    return Number.isFinite(n) ? { ok: true, cell: n } : { ok: false, message: "Enter a number" };
  }
  if (type === "bool") return { ok: true, cell: /^(true|1|yes)$/i.test(text.trim()) };
  return { ok: true, cell: text };
}

/** A new table with one cell changed (the other rows shared: a change costs one row's copy). */
export function withCell(table: Table, row: number, col: number, cell: Cell): Table {
  const data = table.data.slice();
  const copy = data[row]!.slice();
  copy[col] = cell;
  data[row] = copy;
  return { headers: table.headers, data };
}

/** A new table with an empty row at the end. */
export function withRow(table: Table): Table {
  return { headers: table.headers, data: [...table.data, table.headers.map(() => null)] };
}

/** A new table with an empty column at the end, named after its position (as Gradio does). */
export function withColumn(table: Table): Table {
  let n = table.headers.length + 1;
  while (table.headers.includes(String(n))) n++;
  return { headers: [...table.headers, String(n)], data: table.data.map((row) => [...row, null]) };
}

/** Only http(s), blob: and data:image URLs show as images; anything else shows as text. */
export function safeImageUrl(text: string): string | null {
  return /^(https?:|blob:|data:image\/)/i.test(text.trim()) ? text.trim() : null;
}
