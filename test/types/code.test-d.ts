// What gr.Code's types promise: a string (or null) to the handler, a string
// back, Gradio's language names only, and only its own four events.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";

describe("gr.Code", () => {
  test("the handler gets the code as a string; returns a string", () => {
    gr.Blocks(() => {
      const code = gr.Code("print('hi')", { language: "python", lines: 3, maxLines: 20, wrapLines: true, showLineNumbers: false, autocomplete: true });
      const out = gr.Code({ language: "javascript", interactive: false, buttons: ["copy"] });
      code.change(
        (text) => {
          expectTypeOf(text).toEqualTypeOf<string | null>();
          return (text ?? "").toUpperCase();
        },
        code,
        out,
      );
      code.input((text) => text, code, out);
      code.focus(() => gr.update({ language: "sql-sqlite" }), null, out);
      code.blur(() => null, null, out);
      expectTypeOf(gr.Code.languages).toEqualTypeOf<readonly (gr.CodeLanguage | null)[]>();
    });
  });

  test("Gradio's names only; no other events; no file tuples", () => {
    gr.Blocks(() => {
      const code = gr.Code();
      // @ts-expect-error: not one of gr.Code.languages
      gr.Code({ language: "cobol" });
      // @ts-expect-error: a typo in an option
      gr.Code({ wrapLine: true });
      // @ts-expect-error: Code has no submit event (as Gradio's)
      code.submit(() => null, null, null);
      // @ts-expect-error: a (path,) tuple is not code (Gradio 5 refuses it too)
      gr.Button().click(() => ["app.py"], null, code);
      // @ts-expect-error: buttons are "copy" and "download"
      gr.Code({ buttons: ["share"] });
    });
  });
});
