// gr.DataFrame (and Gradio's other spelling, gr.Dataframe): loaded into an
// app's worker only when its code names them (worker/lazy-api.ts).
import { DataFrame } from "../components/dataframe/dataframe.ts";

// Fetched as the group loads, without holding it up: a handler's first long table's first look
// waited for this fetch (15-30 ms on a cold worker). 0.4 KB gzip; plot apps still fetch it
// with their first run (worker/jobs.ts).
void import("../worker/previews.ts");

export {
  DataFrame,
  MAX_ROWS as DATAFRAME_MAX_ROWS,
  type DataFrameCellLike,
  type DataFrameCount,
  type DataFrameDatatype,
  type DataFrameEvent,
  type DataFrameFactory,
  type DataFrameLike,
  type DataFrameOptions,
  type DataFrameOwnOptions,
  type DataFrameValue,
} from "../components/dataframe/dataframe.ts";
export type { Cell, CellLike, TableData, TableLike, TableOf, TableRow, TableType } from "./table.ts";

/** Gradio's Python spelling. */
export const Dataframe = DataFrame;
/** Gradio's Python spelling. */
export type Dataframe<V = import("./table.ts").TableRow[]> = import("../components/dataframe/dataframe.ts").DataFrame<V>;
