// gr.DataFrame: a table the page shows (virtualized), sorts, searches and,
// when interactive, edits. Any table form goes in (src/table.ts); on the wire
// it is `{ headers, data }` with each column's cells checked against its
// `datatype`; a handler gets the form `type` names.

import type { Props } from "../../worker/protocol.ts";
import { isFileData } from "../../worker/file-data.ts";
import { BadValueError, defineComponent, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { callable } from "../../src/callable.ts";
import type { OptionsOf, ValueArg } from "../../src/factory.ts";
import type { FileData } from "../../src/files.ts";
import type { Inputs } from "../../src/handler.ts";
import { fromTable, toTable, type Cell, type CellLike, type TableData, type TableOf, type TableType } from "../../src/table.ts";
import { describe } from "../../src/values.ts";

/** How a column's cells show: text, a number, a checkbox, a date, sanitized Markdown or HTML, or an image (a URL or file). */
export type DataFrameDatatype = "str" | "number" | "bool" | "date" | "markdown" | "html" | "image";

/** Gradio's count: a number, or `[n, "fixed" | "dynamic"]` ("dynamic" lets the user add rows or columns). */
export type DataFrameCount = number | readonly [number, "fixed" | "dynamic"];

/** A cell a handler may give: a plain cell, a Date, or (in an "image" column) a file. */
export type DataFrameCellLike = CellLike | FileData;

/** Every table form a DataFrame accepts: row objects, rows, `{ headers, data }` or CSV text. */
export type DataFrameLike =
  | readonly Readonly<Record<string, DataFrameCellLike>>[]
  | readonly (readonly DataFrameCellLike[])[]
  | { readonly headers?: readonly string[]; readonly data: readonly (readonly DataFrameCellLike[])[] }
  | string;

/** The value on the wire; `error` says why an app's initial value could not be shown. */
export interface DataFrameValue extends TableData {
  error?: string;
}

export interface DataFrameOwnOptions<T extends TableType = TableType> {
  /** Column names for rows given as arrays (and for an empty table). */
  headers?: readonly string[] | null;
  /** One datatype for every column, or one per column. */
  datatype?: DataFrameDatatype | readonly DataFrameDatatype[];
  /** Rows shown when empty; `[n, "dynamic"]` (the default, n = 1) lets the user add rows. */
  rowCount?: DataFrameCount;
  /** Columns when empty (default: the headers', or 3); `[n, "dynamic"]` lets the user add columns. */
  colCount?: DataFrameCount | null;
  /** Long text wraps instead of being cut with an ellipsis. */
  wrap?: boolean;
  /** Per column: pixels (a number) or a CSS width ("120px", "20%"). */
  columnWidths?: ReadonlyArray<string | number> | null;
  /** Pixels or a CSS length; the rows scroll inside it (default 500). */
  maxHeight?: number | string;
  /** This many columns from the left stay in place while scrolling sideways. */
  pinnedColumns?: number | null;
  /** A search box ("search"), and per-column filters too ("filter"). */
  showSearch?: "none" | "search" | "filter";
  showRowNumbers?: boolean;
  /** A button that copies the table as tab-separated text. */
  showCopyButton?: boolean;
  showFullscreenButton?: boolean;
  /** Column indices the user may not edit (the column count is then fixed). */
  staticColumns?: readonly number[] | null;
  /** Cells longer than this show cut with "…"; selecting a cell shows it whole. */
  maxChars?: number | null;
  /** In "markdown" columns, a single newline is a line break. */
  lineBreaks?: boolean;
  /** What a handler receives: row objects ("objects", the default), rows ("array") or `{ headers, data }` ("table"). */
  type?: T;
}

export type DataFrameEvent = "change" | "input" | "select" | "edit" | "keyUp";

export interface DataFrame<V = TableOf<"objects">> extends Component<V, DataFrameLike | null>, EventMethods<DataFrameEvent> {}

export type DataFrameOptions<T extends TableType = TableType, I extends Inputs = Inputs> = OptionsOf<DataFrameOwnOptions<T>, DataFrameLike | null, I>;

/** `gr.DataFrame(value?, options?)` or `gr.DataFrame(options)`: `type` picks what a handler receives. */
export interface DataFrameFactory {
  <T extends TableType = "objects", const I extends Inputs = null>(options?: DataFrameOptions<T, I>): DataFrame<TableOf<T>>;
  <T extends TableType = "objects", const I extends Inputs = null>(value: ValueArg<DataFrameLike, I>, options?: DataFrameOptions<T, I>): DataFrame<TableOf<T>>;
  new <T extends TableType = "objects", const I extends Inputs = null>(options?: DataFrameOptions<T, I>): DataFrame<TableOf<T>>;
  new <T extends TableType = "objects", const I extends Inputs = null>(value: ValueArg<DataFrameLike, I>, options?: DataFrameOptions<T, I>): DataFrame<TableOf<T>>;
}

/**
 * More rows than this is a message, not a table: the page could hold them,
 * but the browser's largest scrollable height (~33 million px in Chrome) and
 * a structured clone per update make a larger one unusable. A handler should
 * filter or page it.
 */
export const MAX_ROWS = 500_000;

const DATATYPES: ReadonlySet<string> = new Set(["str", "number", "bool", "date", "markdown", "html", "image"]);

const OPTIONS = optionNames<DataFrameOwnOptions>()(
  "headers", "datatype", "rowCount", "colCount", "wrap", "columnWidths", "maxHeight", "pinnedColumns", "showSearch",
  "showRowNumbers", "showCopyButton", "showFullscreenButton", "staticColumns", "maxChars", "lineBreaks", "type",
);

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[gradio-lite] gr.DataFrame: ${message}`);
}

/** `n` or `[n, mode]` → `[n, mode]`; a bare number is "dynamic", as in Gradio. */
export function toCount(value: unknown, fallback: number, name: string): [number, "fixed" | "dynamic"] {
  if (value === null || value === undefined) return [fallback, "dynamic"];
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return [value, "dynamic"];
  if (Array.isArray(value) && typeof value[0] === "number" && (value[1] === "fixed" || value[1] === "dynamic")) return [value[0], value[1]];
  throw new BadValueError(`gr.DataFrame: ${name} must be a number or [n, "fixed" | "dynamic"], got ${describe(value)}`);
}

/** The datatype of column `c`. */
export function datatypeOf(datatype: unknown, c: number): DataFrameDatatype {
  const t = Array.isArray(datatype) ? datatype[c] : datatype;
  return typeof t === "string" && DATATYPES.has(t) ? (t as DataFrameDatatype) : "str";
}

/** Puts the options in their wire form, checking what the compiler cannot. An update holds only the options it changes. */
export function normalizeOptions(props: Props): void {
  const has = (key: string) => key in props;
  if (has("headers")) props.headers = Array.isArray(props.headers) ? props.headers.map(String) : null;
  if (has("rowCount")) props.rowCount = toCount(props.rowCount, 1, "rowCount");
  if (has("staticColumns")) props.staticColumns = Array.isArray(props.staticColumns) ? props.staticColumns.filter((c): c is number => Number.isInteger(c)) : [];
  if (has("colCount")) {
    const cols = toCount(props.colCount, (props.headers as string[] | null)?.length || 3, "colCount");
    // As in Gradio: static columns fix the column count.
    props.colCount = (props.staticColumns as number[] | undefined)?.length ? [cols[0], "fixed"] : cols;
  }
  if (has("datatype")) {
    for (const t of [props.datatype].flat()) {
      if (typeof t === "string" && DATATYPES.has(t)) continue;
      if (t === "auto") warnOnce('datatype "auto" is not supported; columns show as "str" unless you name their datatype');
      else throw new BadValueError(`gr.DataFrame: datatype ${describe(t)} is not one of ${[...DATATYPES].join(", ")}`);
    }
  }
  if (Array.isArray(props.columnWidths)) props.columnWidths = props.columnWidths.map((w) => (typeof w === "number" ? `${w}px` : String(w)));
  if (has("showSearch") && !["none", "search", "filter"].includes(props.showSearch as string)) {
    throw new BadValueError(`gr.DataFrame: showSearch must be "none", "search" or "filter", got ${describe(props.showSearch)}`);
  }
  if (has("type")) props.type = tableType(props.type);
}

// Python's types, for a port: pandas and polars frames are row objects here, numpy arrays are rows.
function tableType(type: unknown): TableType {
  if (type === "objects" || type === "array" || type === "table") return type;
  if (type === "pandas" || type === "polars") {
    warnOnce(`type "${type}" has no JS equivalent; the handler gets row objects (type "objects")`);
    return "objects";
  }
  if (type === "numpy") {
    warnOnce('type "numpy" has no JS equivalent; the handler gets rows (type "array")');
    return "array";
  }
  throw new BadValueError(`gr.DataFrame: type must be "objects", "array" or "table", got ${describe(type)}`);
}

/** A cell of a column of `type`, checked: numbers from numeric text, true/false from "true"/"false". */
export function checkCell(cell: Cell, type: DataFrameDatatype, column: string, row: number): Cell {
  if (cell === null || cell === "") return type === "number" || type === "bool" ? null : cell;
  const bad = (what: string) =>
    new BadValueError(`DataFrame: column "${column}" has datatype "${type}" but row ${row} holds ${describe(cell)}; ${what}`);
  switch (type) {
    case "number":
      if (typeof cell === "number") return cell;
      if (typeof cell === "string" && cell.trim() !== "" && Number.isFinite(Number(cell))) return Number(cell);
      throw bad("give a number, numeric text or null");
    case "bool":
      if (typeof cell === "boolean") return cell;
      if (cell === 0 || cell === 1) return cell === 1;
      if (typeof cell === "string" && /^(true|false)$/i.test(cell.trim())) return cell.trim().toLowerCase() === "true";
      throw bad("give true, false or null");
    case "date":
      if (typeof cell === "number") return new Date(cell).toISOString();
      return String(cell);
    default:
      return cell;
  }
}

// Files in "image" columns cross as their URL (the page shows only http(s), blob: and data: URLs).
function filesToUrls(value: unknown): unknown {
  const cell = (v: unknown) => (isFileData(v) ? v.url || v.path : v);
  const row = (r: unknown) =>
    Array.isArray(r) ? r.map(cell) : r && typeof r === "object" && !(r instanceof Date) ? Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)])) : r;
  if (Array.isArray(value)) return value.map(row);
  if (value && typeof value === "object" && Array.isArray((value as { data?: unknown }).data)) {
    const v = value as { data: unknown[] };
    return { ...v, data: v.data.map(row) };
  }
  return value;
}

function rowCountOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === "object" && Array.isArray((value as { data?: unknown }).data)) return (value as { data: unknown[] }).data.length;
  return 0;
}

/** What an app or a handler gave → the wire value. */
export function toDataFrame(value: unknown, props: Props): DataFrameValue {
  const rows = rowCountOf(value);
  if (rows > MAX_ROWS) {
    throw new BadValueError(
      `DataFrame: ${rows.toLocaleString("en-US")} rows is more than a DataFrame shows (at most ${MAX_ROWS.toLocaleString("en-US")}); filter or page the table in the handler`,
    );
  }
  const headers = Array.isArray(props.headers) ? props.headers.map(String) : null;
  const given = [props.datatype].flat().includes("image") ? filesToUrls(value) : value;
  if (value === null || value === undefined) return emptyTable(props);
  const table = toTable(given, headers, "DataFrame");
  const { datatype } = props;
  if (datatype !== "str" && datatype !== undefined) {
    for (let c = 0; c < table.headers.length; c++) {
      const type = datatypeOf(datatype, c);
      if (type === "str" || type === "markdown" || type === "html" || type === "image") continue;
      const name = table.headers[c]!;
      for (let r = 0; r < table.data.length; r++) table.data[r]![c] = checkCell(table.data[r]![c]!, type, name, r + 1);
    }
  }
  return table;
}

/** Tables longer than this cross in two steps: a preview of their first rows, then the whole (see previewDataFrame). */
export const PREVIEW_FROM_ROWS = 5000;
/** Rows in a preview: more than a fullscreen table shows. */
export const PREVIEW_ROWS = 100;

/**
 * A long table's first rows, with its row count. Converting and copying
 * 100k rows to the page takes a few hundred ms; its first screen takes a few,
 * so the page paints that while the rest is on its way. CSV text has no
 * cheap first rows and crosses whole.
 */
export function previewDataFrame(value: unknown, props: Props): (DataFrameValue & { total: number }) | undefined {
  const total = rowCountOf(value);
  if (total <= PREVIEW_FROM_ROWS || total > MAX_ROWS) return undefined;
  const head = Array.isArray(value)
    ? value.slice(0, PREVIEW_ROWS)
    : { ...(value as { headers?: unknown }), data: (value as { data: unknown[] }).data.slice(0, PREVIEW_ROWS) };
  try {
    return { ...toDataFrame(head, props), total };
  } catch {
    // A bad cell among the first rows: the whole value's conversion says so.
    return undefined;
  }
}

/** No value: the headers (or "1", "2", …) and `rowCount` empty rows, as Gradio shows it. */
function emptyTable(props: Props): DataFrameValue {
  const given = Array.isArray(props.headers) ? props.headers.map(String) : null;
  const [cols] = toCount(props.colCount, given?.length || 3, "colCount");
  const headers = given ?? Array.from({ length: cols }, (_, i) => String(i + 1));
  const [rows] = toCount(props.rowCount, 1, "rowCount");
  return { headers, data: Array.from({ length: rows }, () => headers.map(() => null)) };
}

/**
 * The page's value (after edits), or a client's (any table form, as a
 * handler may return) → what the handler asked for with `type`.
 */
export function fromDataFrame(value: unknown, props: Props): unknown {
  const type = tableType(props.type ?? "objects");
  const v = value as Partial<DataFrameValue> | null;
  if (v === null || v === undefined || (typeof v === "object" && v.error !== undefined)) return fromTable({ headers: [], data: [] }, type);
  const headers = Array.isArray(props.headers) ? props.headers.map(String) : null;
  return fromTable(toTable(value, headers, "DataFrame"), type);
}

const Base = defineComponent({
  type: "dataframe",
  name: "DataFrame",
  events: ["change", "input", "select", "edit", "keyUp"],
  options: OPTIONS,
  objectValue: true,
  defaults: {
    headers: null,
    datatype: "str",
    rowCount: [1, "dynamic"],
    colCount: null,
    wrap: false,
    columnWidths: null,
    maxHeight: 500,
    pinnedColumns: null,
    showSearch: "none",
    showRowNumbers: false,
    showCopyButton: false,
    showFullscreenButton: false,
    staticColumns: null,
    maxChars: null,
    lineBreaks: true,
    type: "objects",
  },
  normalizeProps: normalizeOptions,
  preprocess: fromDataFrame,
  postprocess: toDataFrame,
  preview: previewDataFrame,
});

// An app's own initial value that does not fit shows as a message in the
// component, so the rest of the app still runs; a handler's bad value is the
// engine's error toast, and the table keeps what it showed.
class DataFrameComponent extends Base {
  // Unset while the base constructor checks the initial value (class fields are set after super()).
  declare built: boolean;
  constructor(first?: unknown, options?: object) {
    super(first, options);
    this.built = true;
  }
  override postprocess(value: unknown, props?: Props): unknown {
    if (this.built) return super.postprocess(value, props);
    try {
      return super.postprocess(value, props);
    } catch (error) {
      if (!(error instanceof BadValueError)) throw error;
      return { headers: [], data: [], error: error.message } satisfies DataFrameValue;
    }
  }
}

export const DataFrame = callable(DataFrameComponent) as unknown as DataFrameFactory;
