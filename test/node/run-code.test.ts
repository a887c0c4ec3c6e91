import { describe, expect, it } from "vitest";
import { API_GLOBAL, toModuleSource } from "../../worker/run-code.ts";

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
