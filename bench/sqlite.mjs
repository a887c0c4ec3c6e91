// node bench/sqlite.mjs — SQLite in the browser: sql.js vs @sqlite.org/sqlite-wasm,
// each in a real Worker in headless Chromium. Prints gzip bytes (JS + wasm,
// as npm ships them), time to open, 100k inserts in one transaction, a
// GROUP BY over them, and how each keeps a database across reloads.
// Offline: it serves node_modules and, when SQLITE_WASM_NEXT names an
// unpacked newer @sqlite.org/sqlite-wasm (e.g. from `npm pack
// @sqlite.org/sqlite-wasm@3.54.1-build1`), measures that one too.
// Knobs (env): BENCH_SQLITE_N (samples per library, default 3).
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus, loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright";
import { chromiumArgs, findChromium } from "../scripts/chromium.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const N = Number(process.env.BENCH_SQLITE_N ?? 3);
const NEXT = process.env.SQLITE_WASM_NEXT ? resolve(process.env.SQLITE_WASM_NEXT) : null;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm" };

/** A static server: "/" is the repo, "/next/" the newer sqlite-wasm package. `isolated` adds COOP/COEP. */
function serve(isolated) {
  const mounts = [["/next/", NEXT], ["/", ROOT]].filter(([, dir]) => dir);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const [prefix, dir] = mounts.find(([p]) => pathname.startsWith(p));
    const path = normalize(join(dir, pathname.slice(prefix.length)));
    if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) return res.writeHead(404).end();
    const headers = { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cross-origin-resource-policy": "same-origin" };
    if (isolated) Object.assign(headers, { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" });
    res.writeHead(200, headers);
    createReadStream(path).pipe(res);
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
const raw = (files) => files.reduce((sum, f) => sum + statSync(f).size, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const candidates = [
  {
    name: "sql.js 1.17.0",
    query: "lib=sqljs&base=/node_modules/sql.js/dist",
    files: ["sql-wasm-browser.js", "sql-wasm-browser.wasm"].map((f) => join(ROOT, "node_modules/sql.js/dist", f)),
  },
  {
    name: `@sqlite.org/sqlite-wasm ${JSON.parse(readFileSync(join(ROOT, "node_modules/@sqlite.org/sqlite-wasm/package.json"), "utf8")).version}`,
    query: "lib=sqlite-wasm&entry=/node_modules/@sqlite.org/sqlite-wasm/index.mjs",
    files: ["sqlite3-bundler-friendly.mjs", "sqlite3.wasm"].map((f) => join(ROOT, "node_modules/@sqlite.org/sqlite-wasm/sqlite-wasm/jswasm", f)),
  },
];
if (NEXT) {
  candidates.push({
    name: `@sqlite.org/sqlite-wasm ${JSON.parse(readFileSync(join(NEXT, "package.json"), "utf8")).version}`,
    query: "lib=sqlite-wasm&entry=/next/dist/index.mjs",
    files: ["index.mjs", "sqlite3.wasm"].map((f) => join(NEXT, "dist", f)),
  });
}

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const results = [];
for (const isolated of [false, true]) {
  const server = await serve(isolated);
  const runs = candidates.map((c) => ({ c, isolated, samples: [] }));
  // Round robin, so a change in the machine's load falls on every library alike.
  for (let i = 0; i < (isolated ? 1 : N); i++) {
    for (const run of runs) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/bench/pages/sqlite.html?${run.c.query}`);
      const r = await page.waitForFunction(() => window.benchResult, null, { timeout: 120_000 }).then((h) => h.jsonValue());
      await context.close();
      if (r.error) throw new Error(`${run.c.name}: ${r.error}`);
      run.samples.push(r);
    }
  }
  results.push(...runs);
  server.close();
}
await browser.close();

const ms = (x) => (x === undefined ? "—" : `${Math.round(x)} ms`);
const kb = (x) => `${Math.round(x / 1024)} KB`;
console.log(`\n${N} samples each, interleaved (medians), 100,000 rows, headless Chromium, Worker, no COOP/COEP; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores\n`);
console.log("| library | SQLite | JS + wasm (raw) | gzip -9 | open | insert 100k (1 tx) | GROUP BY | persistence |");
console.log("|---|---|---|---|---|---|---|---|");
for (const { c, samples } of results.filter((r) => !r.isolated)) {
  const s0 = samples[0];
  const p = s0.persist;
  const persist = p.exportMs !== undefined
    ? `export() ${ms(median(samples.map((s) => s.persist.exportMs)))} + IndexedDB put ${ms(median(samples.map((s) => s.persist.idbPutMs)))} (${kb(p.dbBytes)} db)`
    : p.sahpool
      ? `opfs-sahpool: install ${ms(median(samples.map((s) => s.persist.sahpoolInstallMs)))}, insert 100k ${ms(median(samples.map((s) => s.persist.insertMs)))}, GROUP BY ${ms(median(samples.map((s) => s.persist.groupByMs)))}`
      : "no opfs-sahpool; opfs VFS needs COOP/COEP";
  console.log(`| ${c.name} | ${s0.sqlite} | ${kb(raw(c.files))} | ${kb(gz(c.files))} | ${ms(median(samples.map((s) => s.openMs)))} | ${ms(median(samples.map((s) => s.insertMs)))} | ${ms(median(samples.map((s) => s.groupByMs)))} | ${persist} |`);
}
console.log("\nThe \"opfs\" VFS (SharedArrayBuffer + Atomics) present:");
for (const { c, isolated, samples } of results) {
  if (c.name.startsWith("sql.js")) continue;
  console.log(`  ${c.name}, ${isolated ? "with COOP/COEP" : "without COOP/COEP"}: ${samples[0].persist.opfsVfs} (crossOriginIsolated: ${samples[0].crossOriginIsolated})`);
}
