// Fails when the hello-world page's bytes (gzip) pass the ceiling kept in
// size-limits.json: lite.js and the worker chunk it starts. Lazy chunks
// (Markdown/DOMPurify, acorn) are not on that page's path.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const limits = JSON.parse(readFileSync("size-limits.json", "utf8"));
const lite = readFileSync("dist/lite.js");
const workerFile = readdirSync("dist/assets").find((f) => /^entry-.*\.js$/.test(f));
const worker = readFileSync(`dist/assets/${workerFile}`);
const gz = (b) => gzipSync(b, { level: 9 }).length;
const total = gz(lite) + gz(worker);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`hello-world: lite.js ${kb(gz(lite))} + worker ${kb(gz(worker))} = ${kb(total)} gzip (ceiling ${kb(limits.helloWorldGzip)})`);
if (total > limits.helloWorldGzip) {
  console.error("size: over the ceiling; load the new part lazily or raise size-limits.json with a reason");
  process.exit(1);
}
