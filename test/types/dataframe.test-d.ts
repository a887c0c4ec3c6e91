// What gr.DataFrame's types promise a TypeScript author: a handler gets the
// form `type` names, may return any table form, its events carry Gradio's
// event data, and its options are checked.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";

describe("gr.DataFrame", () => {
  test("a handler gets the form `type` names: row objects by default, rows, or { headers, data }", () => {
    gr.Blocks(() => {
      const objects = gr.DataFrame({ headers: ["name", "age"] });
      const rows = gr.DataFrame({ type: "array" });
      const table = gr.DataFrame([[1, 2]], { type: "table" });
      const out = gr.Textbox();
      gr.Button().click(
        (o, r, t) => {
          expectTypeOf(o).toEqualTypeOf<gr.TableRow[]>();
          expectTypeOf(o[0]!.name).toEqualTypeOf<gr.Cell>();
          expectTypeOf(r).toEqualTypeOf<gr.Cell[][]>();
          expectTypeOf(t).toEqualTypeOf<gr.TableData>();
          expectTypeOf(t.headers).toEqualTypeOf<string[]>();
          return String(o.length + r.length + t.data.length);
        },
        [objects, rows, table],
        out,
      );
      // gr.Dataframe is the same component (Gradio's Python spelling).
      expectTypeOf(gr.Dataframe({ type: "array" })).toEqualTypeOf<gr.DataFrame<gr.Cell[][]>>();
    });
  });

  test("a handler may return any table form", () => {
    gr.Blocks(() => {
      const df = gr.DataFrame();
      const b = gr.Button();
      b.click(() => [{ a: 1, b: "x", when: new Date() }], null, df);
      b.click(() => [[1, "x", null, true]], null, df);
      b.click(() => ({ headers: ["a"], data: [[1]] }), null, df);
      b.click(() => "a,b\n1,2", null, df);
      b.click(() => null, null, df);
      // @ts-expect-error: a number is not a table
      b.click(() => 42, null, df);
      // @ts-expect-error: a cell is not an object
      b.click(() => [{ a: { nested: 1 } }], null, df);
      // @ts-expect-error: { headers, data } needs data
      b.click(() => ({ headers: ["a"] }), null, df);
    });
  });

  test("its events carry Gradio's event data; only its own events exist", () => {
    gr.Blocks(() => {
      const df = gr.DataFrame();
      df.select((ctx) => {
        expectTypeOf(ctx.event).toEqualTypeOf<gr.SelectData>();
        expectTypeOf(ctx.event.rowValue).toEqualTypeOf<unknown[] | undefined>();
        expectTypeOf(ctx.event.index).toEqualTypeOf<number | [number, number]>();
      }, null, null);
      df.edit((ctx) => expectTypeOf(ctx.event).toEqualTypeOf<gr.EditData>(), null, null);
      df.keyUp((ctx) => expectTypeOf(ctx.event.key).toEqualTypeOf<string>(), null, null);
      df.change(() => {}, null, null);
      df.input(() => {}, null, null);
      // @ts-expect-error: a DataFrame has no click event
      df.click(() => {}, null, null);
      // @ts-expect-error: nor submit
      df.submit(() => {}, null, null);
    });
  });

  test("its options are Gradio's, camelCased, and checked", () => {
    gr.DataFrame({
      headers: ["a", "b"],
      datatype: ["str", "number"],
      rowCount: [3, "dynamic"],
      colCount: [2, "fixed"],
      interactive: true,
      wrap: true,
      columnWidths: [100, "20%"],
      maxHeight: 300,
      pinnedColumns: 1,
      showSearch: "filter",
      showRowNumbers: true,
      showCopyButton: true,
      showFullscreenButton: true,
      staticColumns: [0],
      maxChars: 20,
      lineBreaks: false,
    });
    gr.DataFrame({ datatype: "markdown", rowCount: 5 });
    // @ts-expect-error: Python's type names are not JS forms
    gr.DataFrame({ type: "pandas" });
    // @ts-expect-error: showSearch is "none", "search" or "filter"
    gr.DataFrame({ showSearch: true });
    // @ts-expect-error: an unknown datatype
    gr.DataFrame({ datatype: ["str", "money"] });
    // @ts-expect-error: a count's mode is "fixed" or "dynamic"
    gr.DataFrame({ rowCount: [3, "grow"] });
    // @ts-expect-error: Python's snake_case
    gr.DataFrame({ show_search: "search" });
    // @ts-expect-error: a typo in an option
    gr.DataFrame({ hedaers: ["a"] });
  });
});
