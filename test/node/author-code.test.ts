import { afterEach, describe, expect, it } from "vitest";
import { authorCode } from "../../ui/author-code.ts";

const g = globalThis as { runs?: number; seen?: unknown };
afterEach(() => {
  delete g.runs;
  delete g.seen;
});

describe("authorCode: Gradio's forms of js= source", () => {
  it.each([
    ["an arrow", "(scope) => { globalThis.seen = scope; }"],
    ["an arrow with a trailing semicolon", "(scope) => { globalThis.seen = scope; };"],
    ["a bare-parameter arrow", "scope => (globalThis.seen = scope)"],
    ["an async arrow", "async (scope) => { globalThis.seen = scope; }"],
    ["a function expression", "function (scope) { globalThis.seen = scope; }"],
    ["a named async function", "async function onLoad(scope) { globalThis.seen = scope; }"],
    ["a method, as a function's toString gives it", "jsOnLoad(scope) { globalThis.seen = scope; }"],
    ["an arrow with parentheses in a default", '({ a } = { a: ")" }) => { globalThis.seen = a; }'],
  ])("%s is called with the scope as its one argument", async (_name, source) => {
    const scope = { a: 1 };
    await authorCode(source, ["a"])(scope);
    expect(g.seen).toEqual(source.includes('a: ")"') ? 1 : scope);
  });

  it("plain statements see the scope's variables by name and may await", async () => {
    const run = authorCode("const n = await Promise.resolve(element.n); globalThis.seen = [n, typeof props];", ["element", "props"]);
    await run({ element: { n: 7 }, props: {} });
    expect(g.seen).toEqual([7, "object"]);
  });

  it("statements run only when called, once; an IIFE is statements, not a function", async () => {
    for (const source of [
      "globalThis.runs = (globalThis.runs ?? 0) + 1",
      "if (true) { globalThis.runs = (globalThis.runs ?? 0) + 1; }",
      "while (!globalThis.runs) { globalThis.runs = 1; }",
      "(() => { globalThis.runs = (globalThis.runs ?? 0) + 1; })()",
      "(function () { globalThis.runs = (globalThis.runs ?? 0) + 1; })();",
    ]) {
      g.runs = 0;
      const run = authorCode(source);
      expect(g.runs).toBe(0);
      await run();
      expect(g.runs).toBe(1);
    }
  });

  it("an `if (…) { … }` statement is a statement, not a method named `if`", async () => {
    await authorCode("if (flag) { globalThis.seen = 'ran'; }", ["flag"])({ flag: false });
    expect(g.seen).toBeUndefined();
  });

  it("a function with no scope is called with no argument (launch js)", async () => {
    await authorCode("(...args) => { globalThis.seen = args.length; }")();
    expect(g.seen).toBe(0);
  });

  it("sees globals, not this module's bindings", async () => {
    await authorCode("globalThis.seen = typeof authorCode")();
    expect(g.seen).toBe("undefined");
  });

  it("throws a SyntaxError for source that is neither", () => {
    expect(() => authorCode("this is not javascript")).toThrow(SyntaxError);
  });
});
