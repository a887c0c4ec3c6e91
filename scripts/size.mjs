// Fails when the hello-world page's bytes (gzip) pass the ceiling kept in
// size-limits.json. The page loads lite.js, the UI chunk lite.js imports
// first thing, the worker entry, and whatever those import statically; chunks
// reached only by a later `import()` (files, images, Markdown, the API panel,
// acorn…) are not on its path.
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const limits = JSON.parse(readFileSync("size-limits.json", "utf8"));
const dist = process.env.DIST_DIR ?? "dist";
const lite = readFileSync(join(dist, "lite.js"), "utf8");
// The two chunks every page loads at once: the UI (lite.js imports it at the
// top level) and the worker (lite.js starts it at the top level).
const roots = [join(dist, "lite.js"), ...[...lite.matchAll(/["'`](?:\.\/)?(assets\/[^"'`]+\.js)["'`]/g)].map((m) => join(dist, m[1]))];

const seen = new Set();
function visit(file) {
  file = normalize(file);
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  // Static imports only: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`.
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    visit(join(dirname(file), m[1]));
  }
}
roots.forEach(visit);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = 0;
for (const file of seen) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  total += size;
  console.log(`  ${file.slice(normalize(dist).length + 1).padEnd(36)} ${kb(size)} gzip`);
}
console.log(`hello-world: ${kb(total)} gzip = ${total} B (ceiling ${kb(limits.helloWorldGzip)})`);
if (total > limits.helloWorldGzip) {
  console.error("size: over the ceiling; load the new part lazily or raise size-limits.json with a reason");
  process.exit(1);
}
