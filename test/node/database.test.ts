import { describe, expect, it } from "vitest";
import { excerpt, nameOf, sourceKind, toBindings } from "../../src/database-sql.ts";
import { apiFor } from "../../worker/lazy-api.ts";

const fileData = { path: "ab12/x.db", url: "blob:x", size: 1, origName: "x.db", mimeType: null, meta: { _type: "gradio.FileData" } };

describe("gr.Database: what a source names", () => {
  const none = () => false;
  it("a <gradio-file> of that name comes first", () => {
    expect(sourceKind("./flights.db", (n) => n === "./flights.db")).toEqual({ kind: "file", name: "./flights.db" });
    expect(sourceKind("flights.db", (n) => n === "flights.db")).toEqual({ kind: "file", name: "flights.db" });
  });
  it.each(["https://example.com/a.db", "/data/a.db", "./a.db", "../a.db", "blob:http://x/1"])("%s is a URL", (s) => {
    expect(sourceKind(s, none)).toEqual({ kind: "url", url: s });
  });
  it.each(["notes.db", "notes", "data/notes.db"])("%s is a new database", (s) => {
    expect(sourceKind(s, none)).toEqual({ kind: "new", name: s });
  });
  it("bytes, a Blob and a FileData are bytes", () => {
    for (const s of [new Uint8Array(1), new ArrayBuffer(1), new Blob(["x"]), fileData]) expect(sourceKind(s, none)).toEqual({ kind: "bytes" });
  });
  it("anything else says what it got", () => {
    expect(() => sourceKind(42, none)).toThrow(/expects a name, a URL, a FileData, a Blob or bytes, got/);
    expect(() => sourceKind("  ", none)).toThrow(/needs a name/);
  });
  it("names a URL by its file", () => {
    expect(nameOf("https://x.org/data/flights%20v2.db?v=3#top")).toBe("flights v2.db");
    expect(nameOf("./flights.db")).toBe("flights.db");
  });
});

describe("gr.Database: parameters", () => {
  it("binds dates as ISO text, booleans as 1/0, undefined as NULL, safe bigints as numbers", () => {
    const blob = new Uint8Array([1, 2]);
    expect(toBindings([new Date("2024-06-01T00:00:00Z"), true, false, undefined, null, 10n, 2n ** 60n, "x", 1.5, blob])).toEqual([
      "2024-06-01T00:00:00.000Z", 1, 0, null, null, 10, "1152921504606846976", "x", 1.5, blob,
    ]);
  });
  it("offers a bare name under :name, $name and @name; a prefixed one as given", () => {
    expect(toBindings({ origin: "DFW", ":price": 9 })).toEqual({ ":origin": "DFW", $origin: "DFW", "@origin": "DFW", ":price": 9 });
  });
  it("refuses what SQLite cannot hold, naming the parameter", () => {
    expect(() => toBindings([{} as never])).toThrow(/parameter 1 is an object/);
    expect(() => toBindings({ when: [1] as never })).toThrow(/parameter "when" is an array/);
    expect(() => toBindings("x" as never)).toThrow(/array \(for \?\) or an object \(for :name\)/);
  });
  it("keeps long SQL short in messages", () => {
    expect(excerpt("SELECT *\n   FROM t")).toBe("SELECT * FROM t");
    expect(excerpt("x".repeat(300), 10)).toBe("xxxxxxxxx…");
  });
});

describe("gr.Database: a lazily loaded group", () => {
  it("loads for code that names it, and not for hello world", async () => {
    expect("Database" in (await apiFor('const db = await gr.Database.open("a.db");'))).toBe(true);
    expect("DatabaseError" in (await apiFor("e instanceof gr.DatabaseError"))).toBe(true);
    expect("Database" in (await apiFor('gr.Interface((n) => "Hi " + n, "text", "text").launch();'))).toBe(false);
  });
});
