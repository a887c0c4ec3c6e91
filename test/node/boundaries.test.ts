import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("module boundaries", () => {
  it("the engine and the authoring API never import the UI", () => {
    const offenders = [...files("src"), ...files("worker")].filter((file) =>
      /from\s+["'](preact|@preact\/signals|[./]*\/ui\/)/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("the UI imports the worker's protocol as types only", () => {
    const imports = /import\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']/g;
    const offenders = files("ui").filter((file) =>
      [...readFileSync(file, "utf8").matchAll(imports)].some(([, type, from]) => from.includes("/worker/") && !type),
    );
    expect(offenders).toEqual([]);
  });
});
