// A worker's start in one chunk: every module its entry imports statically.
// Left to itself the bundler splits those by which lazily loaded parts also
// import each one, and the worker would start by loading several small
// chunks, each restarting gzip. Used by gradio-lite/vite for an app's
// workers and by this repository's own build (vite.config.ts).

/**
 * A plugin for a worker's build (Vite's `worker.plugins`, which makes one per
 * worker): once the worker's modules are known, the ones its entry imports
 * statically form one chunk, `name`. A build that chooses its own chunks
 * (`manualChunks`, `codeSplitting`) keeps them.
 * @returns {import("vite").Plugin}
 */
export function workerStart(name = "worker") {
  /** @type {Set<string>} */
  let start = new Set();
  return {
    name: "gradio-lite:worker-start",
    buildEnd() {
      start = new Set();
      const next = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = next.pop(); id !== undefined; id = next.pop()) {
        if (start.has(id)) continue;
        const info = this.getModuleInfo(id);
        // A module something loads with import() is the bundler's to place: reached here through a
        // re-export the app does not use (gradio-lite's index re-exports gr.CSVLogger, which an
        // Interface's first flag imports), it would weigh on the start and not be needed there.
        if (!info?.isEntry && info?.dynamicImporters.length) continue;
        start.add(id);
        next.push(...(info?.importedIds ?? []));
      }
    },
    outputOptions(options) {
      if (options.manualChunks || options.codeSplitting) return null;
      return { ...options, manualChunks: (id) => (start.has(id) ? name : null) };
    },
  };
}
