// The table value shared by gr.DataFrame and the plots: every form an app
// gives, the form a handler asks for, CSV, and what a bad table says.
import { describe, expect, it } from "vitest";
import { fromTable, parseCsv, toTable } from "../../src/table.ts";

describe("tables", () => {
  it("reads row objects, rows with headers, { headers, data } and CSV into one form", () => {
    const want = { headers: ["a", "b"], data: [[1, "x"], [2, null]] };
    expect(toTable([{ a: 1, b: "x" }, { a: 2 }], null, "T")).toEqual(want);
    expect(toTable([[1, "x"], [2, null]], ["a", "b"], "T")).toEqual(want);
    expect(toTable({ headers: ["a", "b"], data: [[1, "x"], [2]] }, null, "T")).toEqual(want);
    expect(toTable("a,b\n1,x\n2,\n", null, "T")).toEqual(want);
    expect(toTable(null, ["a"], "T")).toEqual({ headers: ["a"], data: [] });
    expect(toTable([[1, 2, 3]], null, "T").headers).toEqual(["1", "2", "3"]);
  });

  it("makes cells plain: dates as ISO text, NaN and undefined as null, bigints as numbers", () => {
    const t = toTable([{ when: new Date(Date.UTC(2024, 0, 2)), n: NaN, big: 5n, u: undefined }], null, "T");
    expect(t.data).toEqual([["2024-01-02T00:00:00.000Z", null, 5, null]]);
  });

  it("hands a handler the form its type names, as copies", () => {
    const t = { headers: ["a", "b"], data: [[1, "x"]] };
    expect(fromTable(t, "objects")).toEqual([{ a: 1, b: "x" }]);
    expect(fromTable(t, "array")).toEqual([[1, "x"]]);
    const copy = fromTable(t, "table");
    copy.data[0]![0] = 9;
    expect(t.data[0]![0]).toBe(1);
  });

  it("parses quoted CSV fields with commas, quotes and line breaks", () => {
    expect(parseCsv('name,note\r\n"Smith, J","said ""hi""\nthen left"\n')).toEqual([
      ["name", "note"],
      ["Smith, J", 'said "hi"\nthen left'],
    ]);
    expect(parseCsv('"007",7,true')).toEqual([["007", 7, true]]);
  });

  it("names what is wrong with a bad table", () => {
    expect(() => toTable('a,b\n"open,1', null, "DataFrame")).toThrow(/quoted field opened on line 2 is never closed/);
    expect(() => toTable([{ a: { nested: 1 } }], null, "DataFrame")).toThrow(/column "a", row 1 holds an object/);
    expect(() => toTable([[1, 2, 3]], ["a", "b"], "DataFrame")).toThrow(/row 1 has 3 cells but there are 2 headers/);
    expect(() => toTable([[1], { a: 1 }], null, "DataFrame")).toThrow(/rows mix arrays and objects/);
    expect(() => toTable([1, 2], null, "DataFrame")).toThrow(/row 1 is number 1/);
    expect(() => toTable(42, null, "LinePlot")).toThrow(/LinePlot expects a table/);
  });
});
