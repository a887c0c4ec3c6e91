// gr.Database in a real app worker: SQLite (sql.js and its wasm) loads, a
// <gradio-file> database is queried, a write survives the app's restart, and
// bad SQL is a readable error after which the app keeps working.
import { createStore, get } from "idb-keyval";
import { afterEach, describe, expect, it } from "vitest";
import type { Client } from "../../ui/client.ts";
import { cleanup, mountApp, textbox, typeInto, waitFor } from "./helpers.ts";

afterEach(cleanup);

const saved = createStore("gradio-lite-databases", "databases");

/** An app with the demo's flights.db as a <gradio-file>, kept under `storageKey`. */
function flightsApp(storageKey: string): { el: HTMLElement & { client: Promise<Client> }; client: Promise<Client> } {
  const el = document.createElement("gradio-lite") as HTMLElement & { client: Promise<Client> };
  el.innerHTML = `<gradio-file name="flights.db" src="/demos/assets/flights.db"></gradio-file><script type="text/gradio">
    const db = await gr.Database.open("flights.db", { storageKey: ${JSON.stringify(storageKey)} });
    gr.Blocks(() => {
      const origin = gr.Textbox({ elemId: "origin" });
      const count = gr.Number({ elemId: "count" });
      origin.submit((o) => db.query("SELECT count(*) AS n FROM flight_info WHERE origin = ?", [o])[0].n, origin, count, { apiName: "count" });
      const sql = gr.Textbox({ elemId: "sql" });
      const rows = gr.JSON({ elemId: "rows" });
      gr.Button("Run", { elemId: "run" }).click((text) => db.query(text), sql, rows, { apiName: "query" });
      gr.Button("Add").click((o, price) => db.run("INSERT INTO flight_info (origin, dest, time, price) VALUES (:o, 'SFO', '2024-06-01 23:59', :price)", { o, price }).changes, [origin, count], count, { apiName: "add" });
    }).launch();
  </script>`;
  document.body.append(el);
  return { el, client: el.client };
}

/** The copy of the database kept under `key`, once one saved at or after `time` is there. */
async function savedSince(key: string, time: number, timeout = 5000): Promise<{ bytes: Uint8Array; savedAt: number }> {
  const start = performance.now();
  for (;;) {
    const copy = await get<{ bytes: Uint8Array; savedAt: number }>(key, saved);
    if (copy && copy.savedAt >= time) return copy;
    if (performance.now() - start > timeout) throw new Error(`no copy of ${key} saved since ${time}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("gr.Database", () => {
  it("opens a <gradio-file> database and answers queries with row objects", async () => {
    const key = `t-${crypto.randomUUID()}`;
    const { client } = flightsApp(key);
    const c = await client;
    expect((await c.predict("/count", ["DFW"])).data).toEqual([48]);
    const { data } = await c.predict("/query", ["SELECT origin, count(*) AS n FROM flight_info GROUP BY origin ORDER BY origin"]);
    expect(data).toEqual([[{ origin: "DAL", n: 48 }, { origin: "DFW", n: 48 }, { origin: "HOU", n: 48 }]]);
    // Only read: no copy is kept (the original is there to be had again).
    await new Promise((r) => setTimeout(r, 200));
    expect(await get(key, saved)).toBeUndefined();
  });

  it("keeps a write across a restart of the app (IndexedDB), without the app asking", async () => {
    const key = `t-${crypto.randomUUID()}`;
    const first = flightsApp(key);
    const c = await first.client;
    const before = Date.now();
    expect((await c.predict("/add", ["HOU", 77])).data).toEqual([1]);
    // Saved shortly after the write (docs/databases.md): wait for that copy, as a reload would find it.
    const copy = await savedSince(key, before);
    expect(new TextDecoder().decode(copy.bytes.slice(0, 15))).toBe("SQLite format 3");
    first.el.remove();

    const again = await flightsApp(key).client;
    expect((await again.predict("/count", ["HOU"])).data).toEqual([49]);
    expect((await again.predict("/count", ["DFW"])).data).toEqual([48]);
  });

  it("turns bad SQL into SQLite's own message in a toast; the app keeps working", async () => {
    const { el, client } = flightsApp(`t-${crypto.randomUUID()}`);
    await client;
    await waitFor(() => textbox("sql", el));
    typeInto(textbox("sql", el)!, "SELECT * FROM flights_info");
    el.querySelector<HTMLButtonElement>("#run")!.click();
    const toast = await waitFor(() => el.querySelector('[role="alert"]'));
    expect(toast.textContent).toContain("flights.db: no such table: flights_info (in: SELECT * FROM flights_info)");
    // Over the client too, as data (no showError needed: it is a gr.Error).
    const c = await client;
    await expect(c.predict("/query", ["SELEC 1"])).rejects.toThrow(/near "SELEC": syntax error/);
    expect((await c.predict("/query", ["SELECT 1 + 1 AS two"])).data).toEqual([[{ two: 2 }]]);
  });

  it("makes a new database: exec a script, run with parameters, query, export the file", async () => {
    const m = mountApp(`
      const db = await gr.Database.open("notes-${crypto.randomUUID()}.db");
      db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, at TEXT, done INTEGER); CREATE INDEX notes_at ON notes (at);");
      gr.Blocks(() => {
        const t = gr.Textbox();
        const out = gr.JSON();
        t.submit((body) => {
          const first = db.run("INSERT INTO notes (body, at, done) VALUES (?, ?, ?)", [body, new Date("2024-06-01T12:00:00Z"), true]);
          const second = db.run("INSERT INTO notes (body, at, done) VALUES ($body, $at, $done)", { body: body + "!", at: null, done: false });
          const file = db.export();
          return {
            first, second,
            rows: db.query("SELECT id, body, at, done FROM notes ORDER BY id"),
            header: new TextDecoder().decode(file.slice(0, 15)),
            persistent: db.persistent,
            name: db.name.startsWith("notes-"),
          };
        }, t, out, { apiName: "note" });
      }).launch();`);
    const c = await m.client;
    const { data } = await c.predict("/note", ["milk"]);
    expect(data[0]).toEqual({
      first: { changes: 1, lastInsertRowid: 1 },
      second: { changes: 1, lastInsertRowid: 2 },
      rows: [
        { id: 1, body: "milk", at: "2024-06-01T12:00:00.000Z", done: 1 },
        { id: 2, body: "milk!", at: null, done: 0 },
      ],
      header: "SQLite format 3",
      persistent: true,
      name: true,
    });
  });

  it("opens the kept copy while the original is the same, and a changed original afresh", async () => {
    const m = mountApp(`
      const key = "t-${crypto.randomUUID()}";
      async function original(x) {
        const maker = await gr.Database.open("maker.db", { persist: false });
        maker.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (" + x + ")");
        const bytes = maker.export();
        await maker.close();
        return bytes;
      }
      const xs = (db) => db.query("SELECT x FROM t ORDER BY x").map((r) => r.x);
      gr.Blocks(() => {
        const out = gr.JSON();
        gr.Button().click(async () => {
          const a = await original(1);
          const first = await gr.Database.open(a, { persist: true, storageKey: key });
          first.run("INSERT INTO t VALUES (2)");
          await first.close();
          const again = await gr.Database.open(a, { persist: true, storageKey: key });
          const kept = xs(again);
          await again.close();
          const changed = await gr.Database.open(await original(3), { persist: true, storageKey: key });
          let closed = "";
          await changed.close();
          try { changed.query("SELECT 1"); } catch (e) { closed = e.message; }
          return { kept, changed: xs(await gr.Database.open(await original(3), { persist: true, storageKey: key })), closed };
        }, null, out, { apiName: "copies" });
      }).launch();`);
    const { data } = await (await m.client).predict("/copies", []);
    expect(data[0]).toEqual({ kept: [1, 2], changed: [3], closed: "database is closed" });
  });

  it("keeps committed changes only: a save waits for COMMIT", async () => {
    const m = mountApp(`
      const key = "t-${crypto.randomUUID()}";
      const kept = async () => {
        const copy = await gr.Database.open("tx.db", { storageKey: key });
        const n = copy.query("SELECT count(*) AS n FROM t")[0].n;
        await copy.close();
        return n;
      };
      gr.Blocks(() => {
        const out = gr.JSON();
        gr.Button().click(async () => {
          const db = await gr.Database.open("tx.db", { storageKey: key });
          db.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (0)");
          await db.flush();
          db.exec("BEGIN");
          db.run("INSERT INTO t VALUES (1)");
          await new Promise((r) => setTimeout(r, 200));
          await db.flush();
          const during = await kept();
          db.exec("COMMIT");
          await db.flush();
          return { during, after: await kept() };
        }, null, out, { apiName: "tx" });
      }).launch();`);
    const { data } = await (await m.client).predict("/tx", []);
    expect(data[0]).toEqual({ during: 1, after: 2 });
  });

  it("opens a URL, and says which URL failed", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const out = gr.JSON();
      gr.Button().click(async () => {
        const db = await gr.Database.open("/demos/assets/flights.db", { persist: false });
        let missing = "";
        try { await gr.Database.open("http://127.0.0.1:9/no-such.db"); } catch (e) { missing = e.name + ": " + e.message; }
        return { name: db.name, n: db.query("SELECT count(*) AS n FROM flight_info")[0].n, missing };
      }, null, out, { apiName: "url" });
    }).launch();`);
    const { data } = await (await m.client).predict("/url", []);
    expect(data[0]).toEqual({
      name: "flights.db",
      n: 144,
      missing: expect.stringMatching(/^DatabaseError: Could not open no-such\.db: fetching http:\/\/127\.0\.0\.1:9\/no-such\.db failed/),
    });
  });

  it("stops the app with a clear message when the file is not an SQLite database", async () => {
    const el = document.createElement("gradio-lite");
    el.innerHTML = `<gradio-file name="notes.db">this is not a database</gradio-file><script type="text/gradio">
      const db = await gr.Database.open("notes.db", { persist: false });
      gr.Blocks(() => gr.Textbox()).launch();
    </script>`;
    document.body.append(el);
    const box = await waitFor(() => el.querySelector('[role="alert"]'), 15_000);
    expect(box.textContent).toMatch(/Could not open notes\.db: file is not a database \(is it an SQLite file\?\)/);
  });
});
