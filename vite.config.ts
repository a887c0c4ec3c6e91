// Builds dist/lite.js: one ES module that registers <gradio-lite>, carries
// its CSS, and loads its worker (and lazy chunks) from files beside it.
import { defineConfig, type Plugin } from "vite";
import { workerStart } from "./vite-plugin/worker-start.js";

// sql.js ships as a UMD script. Read as CommonJS it would pull the bundler's
// CommonJS helpers into a chunk that the worker's entry then shares (0.4 KB
// more for hello world). Given an ES export it is a plain module: `module` is
// declared here because the script sets it to undefined (an error in a
// module's strict mode), and its UMD checks then find nothing to export to.
function sqlJsAsModule(): Plugin {
  return {
    name: "sql-js-as-module",
    transform(code, id) {
      if (/[\\/]sql\.js[\\/]dist[\\/]sql-wasm(-browser)?\.js$/.test(id)) return { code: `var module;\n${code}\nexport default initSqlJs;\n`, map: null };
    },
  };
}

// uPlot's dist file hangs its optional path builders (stepped, bars, spline)
// and its data join on the uPlot function as statics, so no bundler can
// leave them out. Our charts draw their own marks
// (components/native-plot/view/chart.ts) and never call them: dropped here,
// 2 KB gzip of a plot app's 30 KB budget (issue #9). Each line must match
// exactly: a uPlot that moved them fails the build rather than ship them.
function uplotWithoutUnusedStatics(): Plugin {
  const unused = ["\t(paths.stepped = stepped);\n", "\t(paths.bars    = bars);\n", "\t(paths.spline  = monotoneCubic);\n", "\tuPlot.join = join;\n"];
  return {
    name: "uplot-without-unused-statics",
    transform(code, id) {
      if (!/[\\/]uplot[\\/]dist[\\/]uPlot\.esm\.js$/.test(id)) return;
      for (const line of unused) {
        if (!code.includes(line)) throw new Error(`vite.config.ts: uPlot's dist no longer has ${JSON.stringify(line.trim())}; see what it attaches now`);
        code = code.replace(line, "");
      }
      return { code, map: null };
    },
  };
}

/**
 * lite.js loads the UI chunk (ui/define.ts) with `import()`, which fetches
 * the chunks it imports (Preact, ui-core) only once it has arrived: one more
 * round trip before the element is defined. Vite's own preloading of a
 * dynamic import's chunks is off in a library build, so lite.js gets
 * `<link rel="modulepreload">`s for them here, fetched beside the UI chunk
 * (issue #14 item 7).
 */
function preloadUiChunks(): Plugin {
  return {
    name: "gradio-lite:preload-ui-chunks",
    generateBundle(_, bundle) {
      const lite = bundle["lite.js"];
      if (lite?.type !== "chunk") return;
      const ui = lite.dynamicImports.map((f) => bundle[f]).find((c) => c?.type === "chunk" && c.facadeModuleId?.endsWith("/ui/define.ts"));
      if (ui?.type !== "chunk") throw new Error("preload-ui-chunks: lite.js imports no ui/define.ts chunk");
      const deps = new Set<string>();
      const visit = (file: string) => {
        const chunk = bundle[file];
        if (chunk?.type !== "chunk" || deps.has(file)) return;
        deps.add(file);
        chunk.imports.forEach(visit);
      };
      ui.imports.forEach(visit);
      lite.code += `for(const f of ${JSON.stringify([...deps])})document.head.append(Object.assign(document.createElement("link"),{rel:"modulepreload",href:new URL(f,import.meta.url).href}));\n`;
    },
  };
}

export default defineConfig({
  // Relative URLs so dist/ works from any sub-path or a CDN folder.
  base: "./",
  // Libraries (workbox-window) keep their development checks behind this; the browser has no `process`.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  worker: {
    format: "es",
    // The worker's start in one chunk (vite-plugin/worker-start.js): split by which lazy groups
    // share each module, hello world's worker loaded a dozen small chunks (3.8 KB more).
    plugins: () => [sqlJsAsModule(), workerStart()],
    rolldownOptions: { output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
  },
  plugins: [uplotWithoutUnusedStatics(), preloadUiChunks()],
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
        // The minifier keeps /* @__PURE__ */ marks (a bundler's hints) in its output: 1,500 of
        // them, one per JSX element. Nothing bundles these files again; license comments stay.
        comments: { legal: true, annotation: false, jsdoc: false },
        // A component's view is components/<name>/view/index.tsx: its chunk is named for the component.
        chunkFileNames: (chunk) => `assets/${/\/components\/([^/]+)\/view\/index\.tsx$/.exec(chunk.facadeModuleId ?? "")?.[1] ?? "[name]"}-[hash].js`,
        // Preact and the view helpers every page needs travel in one chunk:
        // several small shared chunks cost more bytes (gzip restarts per file).
        manualChunks: (id: string) => (/node_modules\/(preact|@preact)\/|\/ui\/(frame|lazy|styles)\./.test(id) ? "ui-core" : undefined),
      },
    },
  },
});
