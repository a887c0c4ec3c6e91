// Fails when the hello-world page's bytes (gzip) pass the ceiling kept in
// size-limits.json: lite.js, the UI chunk and the worker it starts. Lazy
// chunks (Markdown/DOMPurify, acorn) are not on that page's path.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const LAZY = /^(acorn|sanitize)-/;
const limits = JSON.parse(readFileSync("size-limits.json", "utf8"));
const files = ["lite.js", ...readdirSync("dist/assets").filter((f) => f.endsWith(".js") && !LAZY.test(f)).map((f) => `assets/${f}`)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
  total += size;
  console.log(`  ${file.padEnd(32)} ${kb(size)} gzip`);
}
console.log(`hello-world: ${kb(total)} gzip (ceiling ${kb(limits.helloWorldGzip)})`);
if (total > limits.helloWorldGzip) {
  console.error("size: over the ceiling; load the new part lazily or raise size-limits.json with a reason");
  process.exit(1);
}
