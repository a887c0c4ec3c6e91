import { describe, expect, it } from "vitest";
import { API_GLOBAL, runModule } from "../../worker/run-code.ts";
import { setModuleUrl, toModuleSource } from "../../worker/run-module.ts";

describe("toModuleSource", () => {
  it("binds gr on the first line without adding lines", () => {
    const out = toModuleSource("a\nb");
    expect(out.split("\n")).toHaveLength(2);
    expect(out).toContain(`const gr = globalThis.${API_GLOBAL};`);
  });

  it("turns gradio-lite imports into reads of the API, in place", () => {
    expect(toModuleSource(`import * as gr from "gradio-lite";\nx`)).toBe(`const gr = globalThis.${API_GLOBAL};\nx`);
    expect(toModuleSource(`import * as g from 'gradio-lite'\nx`)).toContain(`const g = globalThis.${API_GLOBAL};`);
    expect(toModuleSource(`import { Textbox, Button as B } from "gradio-lite";`)).toContain(
      `const { Textbox, Button : B } = globalThis.${API_GLOBAL};`,
    );
  });

  it("resolves relative and root-relative imports against the base URL, leaving absolute ones", () => {
    const out = toModuleSource(
      `import a from "./a.js";\nimport b from "../b.js";\nimport c from "/c.js";\nimport d from "https://cdn.test/d.js";\nconst e = await import("./e.js");`,
      "https://site.test/apps/app.js",
    );
    expect(out).toContain(`"https://site.test/apps/a.js"`);
    expect(out).toContain(`"https://site.test/b.js"`);
    expect(out).toContain(`"https://site.test/c.js"`);
    expect(out).toContain(`"https://cdn.test/d.js"`);
    expect(out).toContain(`import("https://site.test/apps/e.js")`);
  });
});

describe("runModule", () => {
  const api = { answer: 42 };

  it("runs code that imports nothing as strict code with top-level await and gr in scope", async () => {
    const seen: unknown[] = [];
    (globalThis as Record<string, unknown>).seen = seen;
    const error = await runModule(`const x = await Promise.resolve(gr.answer);\nseen.push(x, this, (() => { try { undeclared = 1; return "sloppy"; } catch { return "strict"; } })());`, api);
    expect(error).toBeNull();
    expect(seen).toEqual([42, undefined, "strict"]);
  });

  it("reports a load error at its line and column, past the prelude", async () => {
    expect(await runModule(`const a = 1;\n  undefinedThing.call();\n`, api)).toMatchObject({ code: "load", message: "ReferenceError: undefinedThing is not defined", line: 2, column: 3 });
    expect(await runModule(`undefinedThing.call();`, api)).toMatchObject({ line: 1, column: 1 });
  });

  it("imports code that imports, as a module", async () => {
    setModuleUrl((source) => `data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
    const seen: unknown[] = [];
    (globalThis as Record<string, unknown>).seen = seen;
    expect(await runModule(`const { answer } = await import("data:text/javascript,export const answer = 7");\nseen.push(answer, typeof import.meta.url);`, api)).toBeNull();
    expect(seen).toEqual([7, "string"]);
  });

  it("locates a syntax error through the module path", async () => {
    expect(await runModule(`const x = 1;\nfunction f( {\n  return 1;\n}\n`, api)).toMatchObject({ code: "syntax", line: 3, column: 3 });
  });
});
