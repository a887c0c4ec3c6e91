// npm run build: dist/lite.js (the script-tag build) and dist/npm (the
// package entry: ESM + .d.ts of the authoring API and mount()).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "vite";

// DIST_DIR builds elsewhere (the server maps /dist/ to it), so parallel
// work on one checkout does not rebuild under another's running tests.
const out = process.env.DIST_DIR ?? "dist";
rmSync(out, { recursive: true, force: true });
await build({ configFile: "vite.config.ts", logLevel: "warn", build: { outDir: out } });
// The npm package keeps one file per source module, and package.json's
// sideEffects names the few whose import alone does something, so an
// app's bundler keeps only what the app uses: a hello world's worker gets no
// chat, tables or plots (docs/npm.md). Libraries it does not name as
// external come inside, under vendor/ (a folder named node_modules would be
// mistaken for installed packages).
await build({
  configFile: false,
  logLevel: "warn",
  base: "./",
  worker: { format: "es", rolldownOptions: { output: { minify: true } } },
  build: {
    outDir: join(out, "npm"),
    emptyOutDir: false,
    target: "es2022",
    lib: { entry: { index: "src/index.ts", mount: "ui/mount.ts" }, formats: ["es"] },
    rolldownOptions: {
      external: [/^preact/, /^@preact\//, /^idb-keyval/, /^marked/, /^dompurify/, /^acorn/, /^idiomorph/],
      output: {
        preserveModules: true,
        preserveModulesRoot: ".",
        entryFileNames: (chunk) => `${chunk.name.replace(/^node_modules\//, "vendor/")}.js`,
      },
    },
  },
});
writeBareImports(join(out, "npm"));
checkSideEffects(join(out, "npm"));
// The PWA's service worker (ui/pwa/sw.ts): one self-contained file, copied
// beside a PWA page; never loaded by a page that does not ask for it.
await build({
  configFile: false,
  logLevel: "warn",
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: out,
    emptyOutDir: false,
    target: "es2022",
    lib: { entry: "ui/pwa/sw.ts", formats: ["es"], fileName: () => "gradio-lite-sw.js" },
    rolldownOptions: { output: { minify: true } },
  },
});
// The build command's prerenderer (prerender/): Node code, run by bin/build-site.mjs, never by a page.
await build({
  configFile: false,
  // sql.js reads as CommonJS here (the page build makes it a module, vite.config.ts): its warnings are noise for Node.
  logLevel: "error",
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  // The package's dependencies are imported from node_modules, where they are installed with it.
  build: {
    outDir: join(out, "prerender"),
    emptyOutDir: false,
    target: "node20",
    ssr: "prerender/thread.ts",
    rolldownOptions: { output: { entryFileNames: "thread.mjs", chunkFileNames: "[name]-[hash].mjs" } },
  },
});
writeChunkGraph(out);
execFileSync("npx", ["tsc", "-p", "tsconfig.build.json", "--outDir", join(out, "npm/types")], { stdio: "inherit" });
// Declarations keep our `.ts` import specifiers; consumers resolve `.js` to `.d.ts`.
for (const file of walk(join(out, "npm/types"))) {
  const text = readFileSync(file, "utf8");
  writeFileSync(file, text.replace(/((?:from\s+|import\s*\(\s*|import\s+)["'][^"']+)\.tsx?(["'])/g, "$1.js$2"));
}
pruneDeclarations(join(out, "npm/types"), ["src/index.d.ts", "ui/mount.d.ts", "src/examples-api.d.ts"]);
// Libraries the demos' own custom components import by URL (the PDF demo's view loads pdf.js), as an
// app on a static host would serve them; not part of the runtime.
mkdirSync(join(out, "demo-vendor/pdfjs"), { recursive: true });
for (const file of ["pdf.min.mjs", "pdf.worker.min.mjs"]) copyFileSync(join("node_modules/pdfjs-dist/build", file), join(out, "demo-vendor/pdfjs", file));
// The face detection demo's model (docs/models.md): face-api's module, tfjs inside, and the weights of its four
// small nets (tiny detector, tiny landmarks, expressions, age and gender: 1.05 MB), served as static files.
const faceApi = "node_modules/@vladmandic/face-api";
mkdirSync(join(out, "demo-vendor/face-api/model"), { recursive: true });
copyFileSync(join(faceApi, "dist/face-api.esm.js"), join(out, "demo-vendor/face-api/face-api.esm.js"));
copyFileSync(join(faceApi, "LICENSE"), join(out, "demo-vendor/face-api/LICENSE"));
for (const net of ["tiny_face_detector", "face_landmark_68_tiny", "face_expression", "age_gender"]) {
  for (const file of [`${net}_model-weights_manifest.json`, `${net}_model.bin`]) copyFileSync(join(faceApi, "model", file), join(out, "demo-vendor/face-api/model", file));
}
console.log(`built ${out}/lite.js, ${out}/gradio-lite-sw.js and ${out}/npm/`);

/**
 * gradio-lite-chunks.json: each runtime file's size and the files it may
 * load (static and dynamic imports, wasm). A PWA page precaches what its app
 * may load later, not only what it loaded (ui/pwa/chunks.ts).
 */
function writeChunkGraph(dir) {
  const files = [...readdirSync(dir).filter((n) => n.endsWith(".js")), ...readdirSync(join(dir, "assets")).map((n) => `assets/${n}`)];
  const known = new Set(files);
  const graph = {};
  for (const file of files) {
    const path = join(dir, file);
    const folder = file.includes("/") ? "assets/" : "";
    const refs = new Set();
    // `import("./x.js")`, `from"./x.js"`, and `new URL(\`assets/x.js\`, import.meta.url)` (the worker, wasm).
    if (file.endsWith(".js")) {
      for (const [, name] of readFileSync(path, "utf8").matchAll(/["'`](?:\.\/)?((?:assets\/)?[\w.-]+\.(?:js|wasm|css))["'`]/g)) {
        const ref = name.startsWith("assets/") ? name : folder + name;
        if (known.has(ref) && ref !== file) refs.add(ref);
      }
    }
    graph[file] = [statSync(path).size, [...refs]];
  }
  writeFileSync(join(dir, "gradio-lite-chunks.json"), JSON.stringify(graph));
}

/**
 * The package's declarations are those its entry points' types reach; tsc
 * writes one for every module it compiled (the views, the engine), which
 * would ship types no entry point exposes. Deletes the rest.
 */
function pruneDeclarations(dir, entries) {
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, spec] of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = join(dirname(file), spec.replace(/\.js$/, ".d.ts"));
      if (!existsSync(target)) throw new Error(`${file}: its import ${spec} has no declaration file`);
      visit(target);
    }
  };
  for (const entry of entries) visit(join(dir, entry));
  for (const file of walk(dir)) if (!reached.has(file)) rmSync(file);
  for (const folder of walkFolders(dir).reverse()) if (!readdirSync(folder).length) rmSync(folder, { recursive: true });
}

/**
 * gradio-lite-deps.json in dist/npm: the packages its modules import by name
 * (the libraries kept external). gradio-lite/vite has Vite's dev server
 * bundle them when it starts; it would otherwise serve them file by file
 * (it does not bundle what a package it serves as it is imports). Each must
 * be one of package.json's dependencies, or an app could not install it.
 */
function writeBareImports(dir) {
  const { dependencies } = JSON.parse(readFileSync("package.json", "utf8"));
  const names = new Set();
  for (const file of walk(dir, ".js")) {
    const text = readFileSync(file, "utf8");
    // The build writes each static import on a line of its own, and dynamic ones as import("name").
    const found = [...text.matchAll(/^(?:import|export)\b[^;]*?["']([^"'.][^"']*)["'];?$/gm), ...text.matchAll(/\bimport\(\s*["']([^"'.][^"']*)["']\s*\)/g)];
    for (const [, spec] of found) {
      const pkg = spec.split("/").slice(0, spec.startsWith("@") ? 2 : 1).join("/");
      if (!Object.hasOwn(dependencies, pkg)) throw new Error(`${file} imports ${spec}, which package.json's dependencies do not list`);
      names.add(spec);
    }
  }
  writeFileSync(join(dir, "gradio-lite-deps.json"), `${JSON.stringify([...names].sort(), null, 2)}\n`);
}

/**
 * package.json's `sideEffects` says which of dist/npm's modules do something
 * when imported; every other one may be left out of an app that uses none of
 * its exports (the page's modules add CSS, the libraries are others' code,
 * and three modules hook into others). Bundlers read the list from the
 * package's root package.json, where it also covers this repository's own
 * builds: its sources are all listed as they are, so these builds keep every
 * module as before. A listed file that the build no longer writes fails here.
 */
function checkSideEffects(dir) {
  const { sideEffects } = JSON.parse(readFileSync("package.json", "utf8"));
  for (const entry of sideEffects.filter((e) => e.startsWith("./dist/npm/") && !e.includes("*"))) {
    const file = join(dir, entry.slice("./dist/npm/".length));
    if (!existsSync(file)) throw new Error(`package.json's sideEffects names ${entry}, which the build did not write (${file})`);
  }
}

function walkFolders(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? [path, ...walkFolders(path)] : [];
  });
}

function walk(dir, ending = ".d.ts") {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, ending) : path.endsWith(ending) ? [path] : [];
  });
}
