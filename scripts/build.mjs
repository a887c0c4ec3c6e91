// npm run build: dist/lite.js (the script-tag build) and dist/npm (the
// package entry: ESM + .d.ts of the authoring API and mount()).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";

// DIST_DIR builds elsewhere (the server maps /dist/ to it), so parallel
// work on one checkout does not rebuild under another's running tests.
const out = process.env.DIST_DIR ?? "dist";
rmSync(out, { recursive: true, force: true });
await build({ configFile: "vite.config.ts", logLevel: "warn", build: { outDir: out } });
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
      external: [/^comlink/, /^preact/, /^@preact\//, /^idb-keyval/, /^marked/, /^dompurify/, /^acorn/, /^idiomorph/],
      output: { chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
});
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
  writeFileSync(file, text.replace(/(from\s+["'][^"']+)\.tsx?(["'])/g, "$1.js$2").replace(/(import\(["'][^"']+)\.tsx?(["'])/g, "$1.js$2"));
}
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

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith(".d.ts") ? [path] : [];
  });
}
