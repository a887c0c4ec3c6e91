// gr.Database's types: rows as objects (a DataFrame value as is), typed rows
// on request, parameters SQLite can bind, and no `any` for the author.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";

describe("gr.Database", () => {
  test("open gives a Database; query gives row objects", async () => {
    const db = await gr.Database.open("flights.db", { persist: true, storageKey: "k" });
    expectTypeOf(db).toEqualTypeOf<gr.Database>();
    expectTypeOf(db.query("SELECT 1")).toEqualTypeOf<gr.SqlRow[]>();
    expectTypeOf(db.query("SELECT 1")[0]!.x).toEqualTypeOf<number | string | null>();
    expectTypeOf(db.query<{ data: Uint8Array }>("SELECT data FROM files")[0]!.data).toEqualTypeOf<Uint8Array>();
    expectTypeOf(db.query<{ time: string; price: number }>("SELECT time, price FROM f")[0]!.price).toEqualTypeOf<number>();
    expectTypeOf(db.run("DELETE FROM f")).toEqualTypeOf<gr.RunResult>();
    expectTypeOf(db.export()).toEqualTypeOf<Uint8Array>();
    expectTypeOf(db.close()).toEqualTypeOf<Promise<void>>();
    // @ts-expect-error: `new gr.Database` is not how a database opens
    new gr.Database();
  });

  test("sources and parameters", async () => {
    await gr.Database.open(new Uint8Array(), { name: "upload.db" });
    await gr.Database.open(new Blob([]));
    const db = await gr.Database.open("https://example.com/a.db");
    db.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)", [1, "a", new Date(), true, null]);
    db.query("SELECT * FROM t WHERE a = :a", { a: 10n });
    // @ts-expect-error: an object is not a value SQLite can hold
    db.query("SELECT ?", [{ a: 1 }]);
    // @ts-expect-error: a number is not a source
    await gr.Database.open(42);
  });

  test("its rows are a DataFrame's and a plot's value", async () => {
    const db = await gr.Database.open("flights.db");
    gr.Blocks(() => {
      const origin = gr.Dropdown(["DFW", "HOU"], { value: "DFW" });
      gr.DataFrame((o) => db.query("SELECT time, price FROM f WHERE origin = ?", [o]), { inputs: origin });
      gr.LinePlot((o) => db.query("SELECT time, price FROM f WHERE origin = ?", [o]), { inputs: origin, x: "time", y: "price" });
    });
  });

  test("DatabaseError is a gr.Error", () => {
    expectTypeOf<gr.DatabaseError>().toMatchTypeOf<gr.Error>();
    expectTypeOf<gr.DatabaseError["sql"]>().toEqualTypeOf<string | null>();
  });
});
