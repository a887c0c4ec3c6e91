// @sqlite.org/sqlite-wasm in a module Worker. `?entry=` is the package's ES
// entry (3.41 in node_modules, or a newer one given to bench/sqlite.mjs).
const t0 = performance.now();
const entry = new URL(self.location.href).searchParams.get("entry");
await import("./sqlite-work.js");

function adapter(db) {
  return {
    exec: (sql) => db.exec(sql),
    insertMany(sql, rows) {
      db.transaction(() => {
        const st = db.prepare(sql);
        try {
          for (const row of rows) st.bind(row).stepReset();
        } finally {
          st.finalize();
        }
      });
    },
    all: (sql) => db.exec({ sql, rowMode: "object", returnValue: "resultRows" }),
  };
}

try {
  const { default: init } = await import(entry);
  const sqlite3 = await init({ print: () => {}, printErr: () => {} });
  const db = new sqlite3.oo1.DB(":memory:", "c");
  const openMs = performance.now() - t0;
  const work = await measureWork(adapter(db), 100_000);
  db.close();
  const persist = {
    needsIsolation: "opfs VFS: needs SharedArrayBuffer + Atomics (COOP/COEP)",
    opfsVfs: Boolean(sqlite3.capi.sqlite3_vfs_find("opfs")),
    sahpool: typeof sqlite3.installOpfsSAHPoolVfs === "function",
  };
  if (persist.sahpool) {
    // opfs-sahpool: no SharedArrayBuffer needed; files stay in OPFS, written as they change.
    let t = performance.now();
    const pool = await sqlite3.installOpfsSAHPoolVfs({ name: "bench-pool", clearOnInit: true });
    persist.sahpoolInstallMs = performance.now() - t;
    const pdb = new pool.OpfsSAHPoolDb("/flights.db");
    const pwork = await measureWork(adapter(pdb), 100_000);
    persist.how = "opfs-sahpool VFS (OPFS, no COOP/COEP)";
    persist.insertMs = pwork.insertMs;
    persist.groupByMs = pwork.groupByMs;
    pdb.close();
    await pool.removeVfs();
  } else {
    persist.how = "no opfs-sahpool in this version; opfs VFS only with COOP/COEP, else kvvfs (localStorage, ~5 MB) or export bytes";
  }
  postMessage({ lib: "@sqlite.org/sqlite-wasm", version: sqlite3.version.libVersion, sqlite: sqlite3.version.libVersion, openMs, ...work, persist, crossOriginIsolated: self.crossOriginIsolated });
} catch (e) {
  postMessage({ lib: "@sqlite.org/sqlite-wasm", error: String((e && e.stack) || e) });
}
