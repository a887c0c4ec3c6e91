// A native plot's value on the wire: Gradio's PlotData, `{ columns, data,
// datatypes, mark }`. Each column gets the type Gradio derives from a pandas
// dtype: numbers are "quantitative", dates "temporal" (sent as epoch
// milliseconds, as pandas' to_json(date_unit="ms") does), anything else
// "nominal". Pure: the worker builds it, the page and Node tests read it.

import { BadValueError } from "../../src/component.ts";
import { toTable, type Cell, type TableData, type TableRow } from "../../src/table.ts";

export type PlotDataType = "quantitative" | "temporal" | "nominal";
export type PlotMark = "line" | "point" | "bar";

export interface PlotData {
  columns: string[];
  data: Cell[][];
  datatypes: Record<string, PlotDataType>;
  mark: PlotMark;
}

/**
 * The most rows a plot takes. Gradio has no limit, but a browser tab does:
 * 500k rows of four cells cost ~0.5 s to copy to the page and ~0.3 s to
 * draw; past that a plot should be given aggregated data (xBin, yAggregate).
 */
export const MAX_PLOT_ROWS = 500_000;

// An ISO 8601 date or date-time, as a Date becomes in src/table.ts and as CSV holds it.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Each column's type: all numbers → quantitative, all ISO dates → temporal, else nominal. */
export function columnTypes(table: TableData): Record<string, PlotDataType> {
  const types: Record<string, PlotDataType> = {};
  table.headers.forEach((name, c) => {
    let numbers = 0;
    let dates = 0;
    let others = 0;
    for (const row of table.data) {
      const cell = row[c];
      if (cell === null || cell === undefined) continue;
      if (typeof cell === "number") numbers++;
      else if (typeof cell === "string" && ISO_DATE.test(cell)) dates++;
      else others++;
      if (others) break;
    }
    // An empty column is quantitative, as pandas' float64 column of NaN is.
    types[name] = others ? "nominal" : dates && !numbers ? "temporal" : dates ? "nominal" : "quantitative";
  });
  return types;
}

/** Any table form (rows, row objects, `{ headers, data }`, CSV) → PlotData; null stays null. */
export function toPlotData(value: unknown, mark: PlotMark, where: string): PlotData | null {
  if (value === null || value === undefined) return null;
  if (isPlotData(value)) return value;
  // Counted before the rows are converted too: a million of them take a second.
  checkRowCount(Array.isArray(value) ? value.length : Array.isArray((value as { data?: unknown }).data) ? (value as { data: unknown[] }).data.length : 0, where);
  const table = toTable(value, null, where);
  checkRowCount(table.data.length, where);
  const datatypes = columnTypes(table);
  const temporal = table.headers.flatMap((h, c) => (datatypes[h] === "temporal" ? [c] : []));
  const data = temporal.length
    ? table.data.map((row) => {
        const out = row.slice();
        for (const c of temporal) out[c] = out[c] === null ? null : Date.parse(out[c] as string);
        return out;
      })
    : table.data;
  return { columns: table.headers, data, datatypes, mark };
}

function checkRowCount(rows: number, where: string): void {
  if (rows <= MAX_PLOT_ROWS) return;
  throw new BadValueError(
    `${where}: ${rows.toLocaleString("en-US")} rows is more than the ${MAX_PLOT_ROWS.toLocaleString("en-US")} a plot draws; aggregate them first (xBin, yAggregate) or filter them`,
  );
}

/** PlotData → row objects, as a handler receives a plot's value (dates as ISO strings). */
export function plotRows(value: unknown): TableRow[] | null {
  if (!isPlotData(value)) return null;
  return value.data.map((row) => {
    const record: TableRow = {};
    value.columns.forEach((name, c) => {
      const cell = row[c] ?? null;
      record[name] = value.datatypes[name] === "temporal" && typeof cell === "number" ? new Date(cell).toISOString() : cell;
    });
    return record;
  });
}

export function isPlotData(value: unknown): value is PlotData {
  const v = value as Partial<PlotData> | null;
  return !!v && typeof v === "object" && Array.isArray(v.columns) && Array.isArray(v.data) && !!v.datatypes && typeof v.datatypes === "object" && typeof v.mark === "string";
}
