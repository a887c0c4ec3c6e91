import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

// A component's folder holds both sides: its view in components/<name>/view/, the rest runs in the worker.
const views = files("components").filter((file) => /^components\/[^/]+\/view\//.test(file));
const componentsWorkerSide = files("components").filter((file) => !views.includes(file));

describe("module boundaries", () => {
  it("every component folder has its worker side beside its view", () => {
    expect(componentsWorkerSide.length).toBeGreaterThan(30);
    expect(views.length).toBeGreaterThan(30);
  });

  it("the engine and the authoring API never import the UI", () => {
    const offenders = [...files("src"), ...files("worker"), ...componentsWorkerSide].filter((file) =>
      /(from\s+|import\s*\(\s*)["'](preact|@preact\/signals|[./]*\/ui\/|[./]*\/view\/)/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("the UI imports the worker's protocol as types only", () => {
    const imports = /import\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']/g;
    const offenders = [...files("ui"), ...views].filter((file) =>
      [...readFileSync(file, "utf8").matchAll(imports)].some(([, type, from]) => from.includes("/worker/") && !type),
    );
    expect(offenders).toEqual([]);
  });
});
