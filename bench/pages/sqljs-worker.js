// sql.js in a (classic) Worker: its build is UMD, so it comes in by importScripts.
const t0 = performance.now();
const base = new URL(self.location.href).searchParams.get("base");
importScripts(`${base}/sql-wasm-browser.js`, "sqlite-work.js");

async function idbPut(key, value) {
  const db = await new Promise((ok, ko) => {
    const r = indexedDB.open("bench-sqljs", 1);
    r.onupgradeneeded = () => r.result.createObjectStore("dbs");
    r.onsuccess = () => ok(r.result);
    r.onerror = () => ko(r.error);
  });
  await new Promise((ok, ko) => {
    const tx = db.transaction("dbs", "readwrite");
    tx.objectStore("dbs").put(value, key);
    tx.oncomplete = ok;
    tx.onerror = () => ko(tx.error);
  });
  db.close();
}

(async () => {
  const SQL = await initSqlJs({ locateFile: (f) => `${base}/${f}` });
  const db = new SQL.Database();
  const openMs = performance.now() - t0;
  const work = await measureWork(
    {
      exec: (sql) => db.run(sql),
      insertMany(sql, rows) {
        db.run("BEGIN");
        const st = db.prepare(sql);
        for (const row of rows) st.run(row);
        st.free();
        db.run("COMMIT");
      },
      all(sql) {
        const st = db.prepare(sql);
        const out = [];
        while (st.step()) out.push(st.getAsObject());
        st.free();
        return out;
      },
    },
    100_000,
  );
  // Persistence: sql.js keeps the database in memory; saving is export() + a put.
  let t = performance.now();
  const bytes = db.export();
  const exportMs = performance.now() - t;
  t = performance.now();
  await idbPut("flights.db", bytes);
  const idbPutMs = performance.now() - t;
  postMessage({
    lib: "sql.js", version: SQL.Database.name ? "1.17.0" : "?", sqlite: new SQL.Database().exec("select sqlite_version()")[0].values[0][0],
    openMs, ...work,
    persist: { how: "export() to IndexedDB", exportMs, idbPutMs, dbBytes: bytes.byteLength, needsIsolation: false },
    crossOriginIsolated: self.crossOriginIsolated,
  });
})().catch((e) => postMessage({ lib: "sql.js", error: String(e && e.stack || e) }));
