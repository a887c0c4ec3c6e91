import { describe, expect, it } from "vitest";
import { paramNames } from "../../src/param-names.ts";

describe("paramNames", () => {
  it("reads functions, arrows and async forms", () => {
    expect(paramNames(function greet(name: string, n: number) { return name + n; })).toEqual(["name", "n"]);
    expect(paramNames((a: number, b: number) => a + b)).toEqual(["a", "b"]);
    // An untyped bare arrow, as app code writes it.
    expect(paramNames(new Function("return x => x")())).toEqual(["x"]);
    expect(paramNames(async (q: string) => q)).toEqual(["q"]);
  });

  it("keeps names before defaults and stops at destructuring", () => {
    expect(paramNames((a = Math.max(1, 2), b = [3]) => [a, b])).toEqual(["a", "b"]);
    expect(paramNames(({ a }: { a: number }, b: number) => a + b)).toEqual([]);
    expect(paramNames((a: number, ...rest: number[]) => a + rest.length)).toEqual(["a"]);
  });
});
