// gr.DataFrame's value both ways, its options, and the view's pure logic:
// search, filters, sort, the virtual window, widths, TSV and editing.
import { describe, expect, it, vi } from "vitest";
import * as gr from "../../src/index.ts";
import { MAX_ROWS, PREVIEW_FROM_ROWS, PREVIEW_ROWS, checkCell, previewDataFrame, toCount } from "../../components/dataframe/dataframe.ts";
import { harness } from "./harness.ts";
import {
  cellText,
  columnWidths,
  nextSort,
  parseCell,
  passes,
  safeImageUrl,
  scrollToRow,
  sortKey,
  toTsv,
  truncate,
  virtualWindow,
  visibleRows,
  withCell,
  withColumn,
  withRow,
  type Table,
} from "../../components/dataframe/view/table-math.ts";

const file = { path: "abc/cat.png", url: "blob:cat", size: 3, origName: "cat.png", mimeType: "image/png", meta: { _type: "gradio.FileData" as const } };

describe("DataFrame values", () => {
  it("takes every table form and puts { headers, data } on the wire", () => {
    const want = { headers: ["a", "b"], data: [[1, "x"], [2, null]] };
    expect(gr.DataFrame([{ a: 1, b: "x" }, { a: 2 }]).value).toEqual(want);
    expect(gr.DataFrame([[1, "x"], [2, null]], { headers: ["a", "b"] }).value).toEqual(want);
    expect(gr.DataFrame({ headers: ["a", "b"], data: [[1, "x"], [2]] }).value).toEqual(want);
    expect(gr.DataFrame("a,b\n1,x\n2,\n").value).toEqual(want);
    // An options object alone is options, not a value.
    expect(gr.DataFrame({ headers: ["a"] }).value).toEqual({ headers: ["a"], data: [[null]] });
  });

  it("shows an empty table as Gradio does: the headers (or 1, 2, 3) and rowCount empty rows", () => {
    expect(gr.DataFrame().value).toEqual({ headers: ["1", "2", "3"], data: [[null, null, null]] });
    expect(gr.DataFrame({ rowCount: 2, colCount: 2 }).value).toEqual({ headers: ["1", "2"], data: [[null, null], [null, null]] });
    expect(gr.DataFrame({ headers: ["x", "y"] }).props).toMatchObject({ rowCount: [1, "dynamic"], colCount: [2, "dynamic"] });
    expect(gr.DataFrame({ staticColumns: [0] }).props.colCount).toEqual([3, "fixed"]);
    expect(gr.DataFrame({ columnWidths: [100, "20%"] }).props.columnWidths).toEqual(["100px", "20%"]);
  });

  it("gives a handler the form `type` names", () => {
    const table = { headers: ["a", "b"], data: [[1, "x"]] };
    expect(gr.DataFrame().preprocess(table)).toEqual([{ a: 1, b: "x" }]);
    expect(gr.DataFrame({ type: "array" }).preprocess(table)).toEqual([[1, "x"]]);
    expect(gr.DataFrame({ type: "table" }).preprocess(table)).toEqual(table);
    // A client may send any table form.
    expect(gr.DataFrame({ type: "array" }).preprocess("a,b\n1,2")).toEqual([[1, 2]]);
    expect(() => gr.DataFrame().preprocess(42)).toThrow(/DataFrame expects a table/);
  });

  it("takes Python's types with a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(gr.DataFrame({ type: "pandas" as never }).props.type).toBe("objects");
    expect(gr.DataFrame({ type: "numpy" as never }).props.type).toBe("array");
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^\[gradio-lite\] gr.DataFrame: type "pandas"/), expect.stringMatching(/type "numpy"/)]);
    warn.mockRestore();
    expect(() => gr.DataFrame({ type: "frame" as never })).toThrow(/type must be "objects", "array" or "table"/);
    expect(() => gr.DataFrame({ showSearch: "yes" as never })).toThrow(/showSearch must be/);
    expect(() => gr.DataFrame({ datatype: "money" as never })).toThrow(/datatype the string "money" is not one of/);
  });

  it("checks cells against their column's datatype, naming the column and row", () => {
    const df = gr.DataFrame({ headers: ["name", "price", "ok", "when"], datatype: ["str", "number", "bool", "date"] });
    expect(df.postprocess([["tea", "3.5", "true", Date.UTC(2024, 0, 1)]])).toEqual({
      headers: ["name", "price", "ok", "when"],
      data: [["tea", 3.5, true, "2024-01-01T00:00:00.000Z"]],
    });
    expect(df.postprocess([["tea", NaN, null, null]])).toEqual({ headers: ["name", "price", "ok", "when"], data: [["tea", null, null, null]] });
    expect(() => df.postprocess([["tea", 3], ["milk", "two"]])).toThrow('column "price" has datatype "number" but row 2 holds the string "two"');
    expect(() => df.postprocess([["tea", 3, "maybe"]])).toThrow(/column "ok" has datatype "bool" but row 1/);
    expect(checkCell("", "number", "n", 1)).toBeNull();
    expect(checkCell(1, "bool", "b", 1)).toBe(true);
  });

  it("says clearly what a bad value is", () => {
    const df = gr.DataFrame();
    expect(() => df.postprocess(42)).toThrow(/DataFrame expects a table .* got number 42/);
    expect(() => df.postprocess('a,b\n"open,1')).toThrow(/quoted field opened on line 2 is never closed/);
    expect(() => df.postprocess([{ a: { nested: 1 } }])).toThrow(/column "a", row 1 holds an object/);
    const huge = new Array(MAX_ROWS + 1);
    expect(() => df.postprocess(huge)).toThrow(/500,001 rows is more than a DataFrame shows \(at most 500,000\)/);
  });

  it("shows an app's own bad initial value as a message in the component, and builds", () => {
    const df = gr.DataFrame([{ a: 1 }, 2 as never]);
    expect(df.value).toEqual({ headers: [], data: [], error: expect.stringMatching(/row 2 is number 2/) });
    // A handler's bad value still throws (the engine shows it as an error toast).
    expect(() => df.postprocess(42)).toThrow(/expects a table/);
  });

  it("reads 100k rows without overflowing the stack", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [i, `r${i}`]);
    expect(gr.DataFrame(rows).value).toMatchObject({ headers: ["1", "2"] });
  });

  it("shows files in image columns by their URL", () => {
    const df = gr.DataFrame({ datatype: "image" });
    expect(df.postprocess([[file, "https://x/y.png"]])).toEqual({ headers: ["1", "2"], data: [["blob:cat", "https://x/y.png"]] });
  });

  it("reads Gradio's counts", () => {
    expect(toCount(4, 1, "rowCount")).toEqual([4, "dynamic"]);
    expect(toCount([2, "fixed"], 1, "rowCount")).toEqual([2, "fixed"]);
    expect(() => toCount("x", 1, "rowCount")).toThrow(/rowCount must be a number or \[n, "fixed" \| "dynamic"\]/);
  });

  it("is reachable as gr.Dataframe too (Gradio's Python spelling)", () => {
    expect(gr.Dataframe).toBe(gr.DataFrame);
  });
});

describe("DataFrame previews (a long table's first rows, sent first)", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [i + 1, `row ${i + 1}`, new Date(Date.UTC(2024, 0, 1 + (i % 28)))]);
  const props = { headers: ["n", "name", "when"] };

  it("makes none for a table that crosses fast whole, or for CSV text", () => {
    expect(previewDataFrame(rows(PREVIEW_FROM_ROWS), props)).toBeUndefined();
    expect(previewDataFrame(null, props)).toBeUndefined();
    expect(previewDataFrame("a,b\n1,2\n", props)).toBeUndefined();
  });

  it("converts only the first rows of every table form, with the row count", () => {
    const n = PREVIEW_FROM_ROWS + 1;
    for (const value of [rows(n), { headers: props.headers, data: rows(n) }, rows(n).map(([a, b, c]) => ({ n: a, name: b, when: c }))]) {
      const preview = previewDataFrame(value, props)!;
      expect(preview.total).toBe(n);
      expect(preview.headers).toEqual(props.headers);
      expect(preview.data).toHaveLength(PREVIEW_ROWS);
      // Converted as the whole value is: a Date as ISO text.
      expect(preview.data[0]).toEqual([1, "row 1", "2024-01-01T00:00:00.000Z"]);
    }
  });

  it("leaves a bad first row to the whole value's conversion, which names it", () => {
    const bad = rows(PREVIEW_FROM_ROWS + 1);
    bad[0]![1] = { nested: true } as unknown as string;
    expect(previewDataFrame(bad, props)).toBeUndefined();
    expect(() => gr.DataFrame(bad, { headers: props.headers })).not.toThrow();
  });

  it("crosses ahead of the value: job:preview, then job:done with the whole table", async () => {
    const n = PREVIEW_FROM_ROWS * 2;
    let table!: gr.DataFrame;
    let small!: gr.DataFrame;
    const demo = gr.Blocks(() => {
      table = gr.DataFrame(null, { headers: props.headers });
      small = gr.DataFrame(null, { headers: props.headers });
      const b = gr.Button("go");
      b.click(() => [rows(n), rows(10)], null, [table, small]);
    });
    const h = await harness(demo);
    try {
      const messages = await h.submit(h.config.dependencies[0]!.id, []).done;
      const types = messages.map((m) => m.type);
      expect(types.indexOf("job:preview")).toBeGreaterThanOrEqual(0);
      expect(types.indexOf("job:preview")).toBeLessThan(types.indexOf("job:done"));
      const preview = messages.find((m) => m.type === "job:preview")!;
      if (preview.type !== "job:preview") throw new Error("unreachable");
      // Only the long table has one.
      expect(preview.previews.map((p) => p.id)).toEqual([table.id]);
      expect((preview.previews[0]!.value as { data: unknown[]; total: number }).data).toHaveLength(PREVIEW_ROWS);
      const done = messages.at(-1)!;
      if (done.type !== "job:done") throw new Error("the run did not end");
      expect((done.updates!.find((u) => u.id === table.id)!.value as { data: unknown[] }).data).toHaveLength(n);
    } finally {
      h.close();
    }
  });

  it("makes none when the handler's result does not fit its outputs (the error says why)", async () => {
    let table!: gr.DataFrame;
    const demo = gr.Blocks(() => {
      table = gr.DataFrame(null, { headers: props.headers });
      const other = gr.Textbox();
      gr.Button("go").click(() => rows(PREVIEW_FROM_ROWS * 2) as never, null, [table, other]);
    });
    const h = await harness(demo);
    try {
      const messages = await h.submit(h.config.dependencies[0]!.id, []).done;
      expect(messages.some((m) => m.type === "job:preview")).toBe(false);
      expect(messages.find((m) => m.type === "job:error")).toBeTruthy();
    } finally {
      h.close();
    }
  });
});

const table: Table = {
  headers: ["name", "n", "when"],
  data: [
    ["pear", 10, "2024-03-01"],
    ["Apple", 9, "2023-01-05"],
    ["fig", null, "2025-07-07"],
    ["apple", 100, null],
    ["kiwi", "7", "March 3, 2020"],
  ],
};

describe("DataFrame view logic", () => {
  it("sorts numbers as numbers, text case-insensitively, stably, empty cells last either way", () => {
    const datatype = ["str", "number", "date"];
    const by = (col: number, dir: "asc" | "desc") => visibleRows(table, { sort: { col, dir }, datatype }).map((r) => table.data[r]![0]);
    expect(by(1, "asc")).toEqual(["kiwi", "Apple", "pear", "apple", "fig"]);
    expect(by(1, "desc")).toEqual(["apple", "pear", "Apple", "kiwi", "fig"]);
    expect(by(0, "asc")).toEqual(["Apple", "apple", "fig", "kiwi", "pear"]);
    expect(by(2, "asc")).toEqual(["kiwi", "Apple", "pear", "fig", "apple"]);
    expect(by(2, "desc")).toEqual(["fig", "pear", "Apple", "kiwi", "apple"]);
    // In a text column, numbers come before text.
    expect(sortKey(3, "str")).toBe(3);
    expect(sortKey("B", "str")).toBe("b");
    expect(sortKey("", "number")).toBeNull();
  });

  it("cycles a header's sort: ascending, descending, none", () => {
    expect(nextSort(null, 1)).toEqual({ col: 1, dir: "asc" });
    expect(nextSort({ col: 1, dir: "asc" }, 1)).toEqual({ col: 1, dir: "desc" });
    expect(nextSort({ col: 1, dir: "desc" }, 1)).toBeNull();
    expect(nextSort({ col: 1, dir: "desc" }, 0)).toEqual({ col: 0, dir: "asc" });
  });

  it("searches every cell, case-insensitively, and applies column filters", () => {
    expect(visibleRows(table, { query: "APP" })).toEqual([1, 3]);
    expect(visibleRows(table, { query: "  " })).toEqual([0, 1, 2, 3, 4]);
    expect(visibleRows(table, { filters: [{ col: 1, op: ">", value: "8" }] })).toEqual([0, 1, 3]);
    expect(visibleRows(table, { filters: [{ col: 1, op: "is empty", value: "" }] })).toEqual([2]);
    expect(visibleRows(table, { query: "apple", filters: [{ col: 1, op: "<", value: "50" }] })).toEqual([1]);
    expect(passes("Banana", { col: 0, op: "starts with", value: "ban" })).toBe(true);
    expect(passes("Banana", { col: 0, op: "does not contain", value: "nan" })).toBe(false);
    expect(passes(5, { col: 0, op: "=", value: "5.0" })).toBe(true);
    expect(passes("x", { col: 0, op: ">", value: "1" })).toBe(false);
  });

  it("renders only the rows in view, with overscan, and scrolls a row into view", () => {
    expect(virtualWindow(0, 350, 35, 100_000, 5)).toEqual({ start: 0, end: 16, before: 0, after: (100_000 - 16) * 35 });
    const end = virtualWindow(35 * 99_990, 350, 35, 100_000, 5);
    expect(end.end).toBe(100_000);
    expect(end.start).toBe(99_985);
    expect(end.before + (end.end - end.start) * 35 + end.after).toBe(100_000 * 35);
    expect(virtualWindow(0, 350, 35, 0)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
    // Past the end (a table that shrank): still the last rows.
    expect(virtualWindow(1e9, 350, 35, 10, 2).end).toBe(10);
    expect(scrollToRow(0, 700, 400, 35, 38)).toBe(0);
    expect(scrollToRow(30, 0, 400, 35, 38)).toBe(31 * 35 - 362);
    expect(scrollToRow(3, 0, 400, 35, 38)).toBe(0);
  });

  it("sizes columns from the header and a sample; given widths win", () => {
    const widths = columnWidths(table, [null as never, "50px"], ["str", "number", "date"]);
    expect(widths[1]).toBe("50px");
    expect(parseFloat(widths[0]!)).toBeGreaterThanOrEqual(64);
    expect(columnWidths({ headers: ["x"], data: [["a".repeat(500)]] }, null, "str")).toEqual(["320px"]);
  });

  it("copies the rows shown as TSV, quoting tabs, newlines and quotes", () => {
    expect(toTsv({ headers: ["a", "b"], data: [[1, "x\ty"], [null, 'say "hi"']] })).toBe('a\tb\n1\t"x\ty"\n\t"say ""hi"""');
    expect(toTsv(table, [3, 1]).split("\n")).toEqual(["name\tn\twhen", "apple\t100\t", "Apple\t9\t2023-01-05"]);
  });

  it("shows cells as text: dates without a midnight time, long text cut at maxChars", () => {
    expect(cellText("2024-01-02T00:00:00.000Z", "date")).toBe("2024-01-02");
    expect(cellText(null)).toBe("");
    expect(cellText(false)).toBe("false");
    expect(truncate("abcdef", 3)).toBe("abc…");
    expect(truncate("abc", null)).toBe("abc");
  });

  it("parses an edit by datatype, and changes one row only", () => {
    expect(parseCell("4.5", "number")).toEqual({ ok: true, cell: 4.5 });
    expect(parseCell("", "number")).toEqual({ ok: true, cell: null });
    expect(parseCell("four", "number")).toEqual({ ok: false, message: "Enter a number" });
    expect(parseCell("hi", "str")).toEqual({ ok: true, cell: "hi" });
    const next = withCell(table, 1, 0, "Quince");
    expect(next.data[1]).toEqual(["Quince", 9, "2023-01-05"]);
    expect(next.data[0]).toBe(table.data[0]);
    expect(table.data[1]![0]).toBe("Apple");
    expect(withRow(table).data.at(-1)).toEqual([null, null, null]);
    expect(withColumn(table).headers).toEqual(["name", "n", "when", "4"]);
  });

  it("shows only safe image URLs", () => {
    expect(safeImageUrl("https://x/y.png")).toBe("https://x/y.png");
    expect(safeImageUrl("data:image/png;base64,AAA")).toBe("data:image/png;base64,AAA");
    expect(safeImageUrl("javascript:alert(1)")).toBeNull();
    expect(safeImageUrl("data:text/html,<b>")).toBeNull();
  });
});
