// npm run build: dist/lite.js (the script-tag build) and dist/npm (the
// package entry: ESM + .d.ts of the authoring API and mount()).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { build } from "vite";

rmSync("dist", { recursive: true, force: true });
await build({ configFile: "vite.config.ts", logLevel: "warn" });
await build({
  configFile: false,
  logLevel: "warn",
  base: "./",
  worker: { format: "es", rolldownOptions: { output: { minify: true } } },
  build: {
    outDir: "dist/npm",
    emptyOutDir: false,
    target: "es2022",
    lib: { entry: { index: "src/index.ts", mount: "ui/mount.ts" }, formats: ["es"] },
    rolldownOptions: {
      external: [/^comlink/, /^preact/, /^@preact\//, /^idb-keyval/, /^marked/, /^dompurify/, /^acorn/],
      output: { chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
});
execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
console.log("built dist/lite.js and dist/npm/");
