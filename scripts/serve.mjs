// A small static server for the demo gallery, e2e tests and benchmarks.
// `vite preview` serves only dist/, and the gallery's pages load ../dist.
// With `isolated: true` every response carries COOP/COEP (cross-origin
// isolation, for precise timers): a worker script needs COEP too, or
// Chromium blocks it in an isolated page.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Starts the server; resolves with its URL. */
export function serve({ root = ".", port = 0, host = "127.0.0.1", quiet = false, isolated = false } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let pathname = decodeURIComponent(url.pathname);
    // DIST_DIR (see scripts/build.mjs): the pages' ../dist/ is that build.
    if (process.env.DIST_DIR && pathname.startsWith("/dist/")) pathname = `/${process.env.DIST_DIR}/${pathname.slice(6)}`;
    // The gallery's PWA page (demos/pwa.html) runs the runtime from /dist/: its
    // service worker belongs in the folder that holds both, the site's root
    // (docs/deploy.md), where a deployed site would copy it.
    if (pathname === "/gradio-lite-sw.js" && !existsSync(join(base, pathname))) pathname = `/${process.env.DIST_DIR ?? "dist"}/gradio-lite-sw.js`;
    let path = normalize(join(base, pathname));
    if (!path.startsWith(base)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, "index.html");
      const { size } = statSync(path);
      const headers = {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
        "content-length": size,
        "cache-control": "no-cache",
      };
      headers["cross-origin-resource-policy"] = "same-origin";
      if (isolated) {
        headers["cross-origin-opener-policy"] = "same-origin";
        headers["cross-origin-embedder-policy"] = "require-corp";
      }
      res.writeHead(200, headers);
      if (req.method === "HEAD") return res.end();
      createReadStream(path).pipe(res);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const url = `http://${host}:${actual}/`;
      if (!quiet) console.log(`gradio-lite demo gallery: ${url}`);
      ok({ url, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173);
  await serve({ port, isolated: process.argv.includes("--isolated") });
}
