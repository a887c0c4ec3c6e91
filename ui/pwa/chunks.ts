// What the app may load later, from the runtime's chunk graph
// (gradio-lite-chunks.json, written by scripts/build.mjs): a listener that
// first touches a file on an offline visit needs the chunk that stores it,
// though no online visit loaded it. Large optional libraries (a plot
// library, the SQLite wasm) are left out until the app first uses them
// online; then the service worker's runtime cache keeps them.

const GRAPH_FILE = "gradio-lite-chunks.json";
/** Bytes: above this, a chunk the app has not loaded yet is not precached. */
const LARGE = 64 * 1024;

type Graph = Record<string, [size: number, refs: string[]]>;

/** `loaded` plus every runtime file they may load, transitively, leaving out large ones not loaded yet. */
export async function withLaterChunks(loaded: string[], runtime: URL): Promise<string[]> {
  const graphUrl = new URL(GRAPH_FILE, runtime);
  let graph: Graph;
  try {
    const response = await fetch(graphUrl);
    if (!response.ok) return loaded;
    graph = (await response.json()) as Graph;
  } catch {
    return loaded;
  }
  const inRuntime = (href: string) => (href.startsWith(runtime.href) ? href.slice(runtime.href.length) : null);
  const seen = new Set(loaded.map(inRuntime).filter((f) => f !== null));
  const queue = [...seen];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const ref of graph[file]?.[1] ?? []) {
      if (seen.has(ref) || (graph[ref]?.[0] ?? 0) > LARGE) continue;
      seen.add(ref);
      queue.push(ref);
    }
  }
  return [...loaded, graphUrl.href, ...[...seen].map((file) => new URL(file, runtime).href)];
}
