// The docs show code that the type tests compile: keep them the same text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(path, "utf8");

describe("docs/npm.md", () => {
  it("shows the typed app that test/types/npm-example compiles", () => {
    const doc = read("docs/npm.md");
    const app = read("test/types/npm-example/app.worker.ts").replace(/import \* as gr from .*$/m, 'import * as gr from "gradio-lite";');
    const main = read("test/types/npm-example/main.ts").replace(/import \{ mount \} from .*$/m, 'import { mount } from "gradio-lite/mount";');
    expect(doc).toContain("```ts\n" + app.trimEnd() + "\n```");
    expect(doc).toContain("```ts\n" + main.trimEnd() + "\n```");
  });
});

describe("docs/package-readme.md (the npm package's README)", () => {
  it("shows the setup and hello world of docs/npm.md, as they are there", () => {
    const readme = read("docs/package-readme.md");
    const fences = [...readme.matchAll(/^```ts\n[\s\S]*?^```$/gm)].map((m) => m[0]);
    expect(fences.length).toBeGreaterThanOrEqual(3);
    for (const fence of fences) expect(read("docs/npm.md")).toContain(fence);
  });
});
