// gr.Database and gr.DatabaseError: loaded into an app's worker only when its
// code names them (worker/lazy-api.ts); SQLite itself (sql.js + its wasm)
// loads with the first gr.Database.open.
export { Database, DatabaseError, type DatabaseOptions, type DatabaseSource, type SqlRow, type RunResult, type SqlParam, type SqlParams, type SqlValue } from "./database.ts";
