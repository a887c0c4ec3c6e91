// A fresh Vite + TypeScript project made from the packed package, as an app
// author gets one: `npm pack`, then the tarball where `npm install` puts it,
// and the code of docs/npm.md copied out of its fences. No network: the
// packages the tarball depends on (and vite, typescript) are this checkout's
// installed copies, linked in by name. Only those the tarball's package.json
// lists are linked, so an import the package forgot to declare fails here.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const REPO = resolve(".");

/** What is never part of a checkout's packable files: builds, installs, results. */
const NOT_SOURCE = /^(node_modules|dist(-.*)?|test-results(-.*)?|playwright-report|shots|\.git|\.cache)$/;

export interface Packed {
  tarball: string;
  /** The tarball's files, as `npm pack` lists them. */
  files: string[];
}

/**
 * `npm pack` of this checkout with `dist` as its build (DIST_DIR: a build
 * elsewhere), done in a copy so the checkout's README is never touched by the
 * pack's README swap (scripts/pack-readme.mjs).
 */
export function pack(dist: string, into: string): Packed {
  const stage = join(into, "stage");
  mkdirSync(stage, { recursive: true });
  for (const name of readdirSync(REPO)) {
    if (!NOT_SOURCE.test(name)) cpSync(join(REPO, name), join(stage, name), { recursive: true });
  }
  cpSync(dist, join(stage, "dist"), { recursive: true });
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", into], { cwd: stage, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  return { tarball: join(into, info.filename), files: info.files.map((f) => f.path) };
}

/** The app's node_modules: the tarball unpacked as gradio-lite, and links to what it and the app depend on. */
export function install(tarball: string, root: string): void {
  const target = join(root, "node_modules/gradio-lite");
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"]);
  const { dependencies } = JSON.parse(readFileSync(join(target, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  for (const name of [...Object.keys(dependencies), "vite", "typescript"]) {
    const link = join(root, "node_modules", name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(realpathSync(join(REPO, "node_modules", name)), link, "dir");
  }
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "npm-app", private: true, type: "module" }, null, 2));
}

/**
 * docs/npm.md's code, section by section: a fence whose first line is a
 * comment naming a file (`// src/main.ts — on the page`) is that file.
 */
export function docsFiles(markdown: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let section = "";
  for (const part of markdown.split(/^(## .*)$/m)) {
    if (part.startsWith("## ")) {
      section = part.slice(3).trim();
      continue;
    }
    for (const [, code] of part.matchAll(/^```(?:ts|js|html)\n([\s\S]*?)^```$/gm)) {
      const name = /^(?:\/\/|<!--)\s*([\w./-]+\.(?:ts|js|html))\b/.exec(code)?.[1];
      if (!name) continue;
      if (!sections.has(section)) sections.set(section, new Map());
      sections.get(section)!.set(name, code);
    }
  }
  return sections;
}

/** Writes files under `dir`, making folders as needed. */
export function writeFiles(dir: string, files: Map<string, string>): void {
  for (const [name, code] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), code);
  }
}

/** create-vite's vanilla-ts index.html: the page the docs' setup starts from. */
export const TEMPLATE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Vite + TS</title>
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`;

/**
 * create-vite's vanilla-ts tsconfig, with what the docs promise spelled out
 * (`strict`, `noUnusedLocals`), the package's own declarations checked too
 * (`skipLibCheck: false`), and `import "gradio-lite/examples"` resolved
 * (`noUncheckedSideEffectImports`).
 */
export function tsconfig(include: string[]): string {
  return JSON.stringify(
    {
      compilerOptions: {
        target: "es2023",
        module: "esnext",
        lib: ["ES2023", "DOM"],
        types: ["vite/client"],
        skipLibCheck: false,
        moduleResolution: "bundler",
        allowImportingTsExtensions: true,
        verbatimModuleSyntax: true,
        moduleDetection: "force",
        noEmit: true,
        strict: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        erasableSyntaxOnly: true,
        noFallthroughCasesInSwitch: true,
        noUncheckedSideEffectImports: true,
      },
      include,
    },
    null,
    2,
  );
}

/**
 * The JS a built page loads before anything lazy, as scripts/size.mjs counts
 * hello world for lite.js: the page's module script, the workers it starts,
 * and what those import statically. Bytes are gzip level 9.
 */
export function startupJs(outDir: string): { page: string[]; worker: string[]; sizes: Map<string, number>; total: number } {
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const closure = (roots: string[], workers: string[]) => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      const code = readFileSync(join(outDir, path), "utf8");
      // `import{a}from"./x.js"`, `export*from"./x.js"`; a worker: `new Worker(new URL(`/assets/x.js`,…)`.
      for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
        visit(join(dirname(path), m[1]));
      }
      for (const m of code.matchAll(/new Worker\(new URL\(["'`]\/?([^"'`]+\.js)["'`]/g)) workers.push(m[1]);
    };
    roots.forEach(visit);
    return [...seen];
  };
  const workerRoots: string[] = [];
  const page = closure([...html.matchAll(/<script type="module"[^>]*src="\/?([^"]+\.js)"/g)].map((m) => m[1]), workerRoots);
  const worker = closure(workerRoots, []);
  const sizes = new Map([...page, ...worker].map((f) => [f, gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length]));
  return { page, worker, sizes, total: [...sizes.values()].reduce((sum, n) => sum + n, 0) };
}

/** Every file under `dir`, relative to it. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [path.slice(base.length + 1)];
  });
}
