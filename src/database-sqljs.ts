// SQLite itself: sql.js (SQLite compiled to wasm), loaded by the first
// gr.Database.open of an app. The wasm is a file of our own dist/, emitted
// beside the chunks (`?url&no-inline`: the npm build would otherwise inline
// it as base64), so it loads offline and from any sub-path.
// Why sql.js and not @sqlite.org/sqlite-wasm: docs/databases.md (measured).

import initSqlJs, { type SqlJsStatic } from "sql.js";
import wasmUrl from "sql.js/dist/sql-wasm-browser.wasm?url&no-inline";

let loaded: Promise<SqlJsStatic> | null = null;

/** The SQLite module, instantiated once per worker; a failed load is tried again next time. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loaded ??= initSqlJs({ locateFile: () => wasmUrl }).catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}
