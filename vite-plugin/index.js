// gradio-lite/vite: the Vite settings an app that uses gradio-lite needs, so
// its whole config is `plugins: [gradioLite()]` (docs/npm.md). Plain ESM, no
// build step; its types are index.d.ts beside it.
import { readFileSync } from "node:fs";
import { workerStart } from "./worker-start.js";

/** The packages gradio-lite's modules import by name (scripts/build.mjs writes the list). */
function dependencies() {
  const list = new URL("../dist/npm/gradio-lite-deps.json", import.meta.url);
  try {
    return JSON.parse(readFileSync(list, "utf8"));
  } catch (error) {
    throw new Error(`gradio-lite/vite: no gradio-lite build at ${list.pathname} (in a checkout of gradio-lite, run npm run build first)`, { cause: error });
  }
}

/** @returns {import("vite").Plugin} */
export default function gradioLite() {
  return {
    name: "gradio-lite",
    config(config) {
      const output = config.worker?.rolldownOptions?.output;
      const own = Array.isArray(output) ? {} : (output ?? {});
      const minify = config.build?.minify;
      const plugins = config.worker?.plugins;
      return {
        worker: {
          // The app's worker loads gradio-lite's larger parts (files, chat, tables…)
          // only when it uses them. An ES-module worker keeps them as chunks of their
          // own; Vite's default (iife) cannot split and puts them all in the worker.
          format: "es",
          // Its start in one chunk (worker-start.js), beside the app's own worker plugins.
          plugins: () => [...(plugins?.() ?? []), workerStart()],
          rolldownOptions: {
            output: {
              // Gradio labels an Interface's inputs after its function's parameters
              // (`function greet(name)`: "name"); a minifier that renames them would
              // label it "e". The worker keeps its names (about 1 KB of gzip).
              ...(own.minify === undefined && (minify === undefined || minify === true || minify === "oxc") ? { minify: { mangle: false } } : {}),
            },
          },
        },
        optimizeDeps: {
          // Served as it is, one file per module, in development. Pre-bundled, its
          // modules would look for their wasm and fonts (new URL(…, import.meta.url))
          // in Vite's cache, and the worker's `import "gradio-lite"`, which the
          // server finds only when the worker starts, would make it re-bundle and
          // reload the first visit.
          exclude: ["gradio-lite"],
          // What those modules import by name (Preact, idb-keyval…), bundled when the
          // server starts. Vite does not bundle what an excluded package imports: it
          // would serve them file by file, and a CommonJS one not at all.
          include: dependencies().map((dep) => `gradio-lite > ${dep}`),
        },
      };
    },
  };
}
