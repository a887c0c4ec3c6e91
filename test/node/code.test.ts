// gr.Code's values both ways, its language names, and the page-side tables
// that follow them (which languages highlight, a download's file name).
import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { readCode, showCode } from "../../components/code/code.ts";
import { isHighlighted } from "../../ui/codemirror/languages.ts";
import { downloadName } from "../../components/code/view/download-name.ts";
import { describeError } from "../../ui/playground/describe-error.ts";
import { apiFor } from "../../worker/lazy-api.ts";

describe("gr.Code", () => {
  it("passes the page's text as it is, and trims a handler's, as Gradio", () => {
    expect(readCode("  x = 1\n")).toBe("  x = 1\n");
    expect(readCode(null)).toBeNull();
    expect(showCode("\n  def f():\n    pass\n\n")).toBe("def f():\n    pass");
    expect(showCode(undefined)).toBeNull();
  });

  it("names what is wrong: a file tuple (as Gradio 5), a non-string, an unknown language", () => {
    expect(() => showCode(["app.py"])).toThrow(/does not take a file path tuple.*read the file and return its text/);
    expect(() => showCode(42)).toThrow(/Code expects a string of code, got/);
    expect(() => readCode({})).toThrow(/Code expects a string from the page/);
    expect(() => gr.Code({ language: "cobol" as never })).toThrow(/language "cobol" is not supported; use one of gr.Code.languages/);
  });

  it("has Gradio's defaults and language list, and keeps maxLines at least lines", () => {
    const code = gr.Code("x", { lines: 8, maxLines: 3 });
    expect(code.props).toMatchObject({ language: null, lines: 8, maxLines: 8, wrapLines: false, showLineNumbers: true, autocomplete: false, buttons: ["copy", "download"] });
    expect(gr.Code.languages).toContain("sql-pgSQL");
    expect(gr.Code.languages.at(-1)).toBeNull();
  });

  it("highlights the languages with an installed CodeMirror package; the rest are plain text", () => {
    for (const name of ["python", "javascript", "typescript", "jsx", "tsx", "json", "html", "css", "markdown", "sql", "sql-sqlite"]) {
      expect(isHighlighted(name), name).toBe(true);
    }
    for (const name of ["c", "yaml", "shell", "r", null]) expect(isHighlighted(name), String(name)).toBe(false);
    // Every name gr.Code accepts is one the page knows what to do with.
    expect(gr.Code.languages.filter((l) => l && !isHighlighted(l))).toEqual(["c", "cpp", "latex", "jinja2", "yaml", "dockerfile", "shell", "r"]);
  });

  it("loads into an app's worker only when its code names gr.Code", async () => {
    expect("Code" in (await apiFor('gr.Code("x = 1", { language: "python" });'))).toBe(true);
    expect("Code" in (await apiFor('gr.Interface((n) => "Hi " + n, "text", "text").launch(); // code'))).toBe(false);
  });

  it("downloads with the language's extension", () => {
    expect(downloadName("python")).toBe("file.py");
    expect(downloadName("sql-mySQL")).toBe("file.sql");
    expect(downloadName(null)).toBe("file.txt");
  });
});

describe("the playground's status", () => {
  it("names the error, its place, and whether the last app still runs", () => {
    expect(describeError({ code: "syntax", message: "Unexpected token ';'", line: 2, column: 30 }, true)).toBe(
      "Syntax error on line 2, column 30: Unexpected token ';' (the last working app is still running)",
    );
    expect(describeError({ code: "no-launch", message: "The code never called launch()" }, false)).toBe("Nothing to show: The code never called launch()");
  });
});
