// Builds dist/lite.js: one ES module that registers <gradio-lite>, carries
// its CSS, and loads its worker (and lazy chunks) from files beside it.
import { defineConfig } from "vite";

export default defineConfig({
  // Relative URLs so dist/ works from any sub-path or a CDN folder.
  base: "./",
    worker: { format: "es", rolldownOptions: { output: { minify: true } } },
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2022",
    sourcemap: false,
    lib: {
      entry: "ui/lite.ts",
      formats: ["es"],
      fileName: () => "lite.js",
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: "assets/[name]-[hash].js",
        // Preact and the view helpers every page needs travel in one chunk:
        // several small shared chunks cost more bytes (gzip restarts per file).
        manualChunks: (id: string) => (/node_modules\/(preact|@preact)\/|\/ui\/(frame|lazy|styles)\./.test(id) ? "ui-core" : undefined),
      },
    },
  },
});
