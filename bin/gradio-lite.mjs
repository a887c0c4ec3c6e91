#!/usr/bin/env node
// npx gradio-lite build page.html --out site/ [--watch] [--no-prerender]   (docs/deploy.md)
import { watch } from "node:fs";
import { dirname, resolve } from "node:path";
import { buildSite, BuildError } from "./build-site.mjs";

const USAGE = "usage: gradio-lite build <page.html> --out <folder> [--watch] [--no-prerender]";

function parse(argv) {
  const [command, ...rest] = argv;
  if (command !== "build") return null;
  let page = null;
  let out = null;
  let watching = false;
  let prerender = true;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--out") out = rest[++i] ?? null;
    else if (rest[i].startsWith("--out=")) out = rest[i].slice(6);
    else if (rest[i] === "--watch") watching = true;
    else if (rest[i] === "--no-prerender") prerender = false;
    else if (!rest[i].startsWith("--") && !page) page = rest[i];
    else return null;
  }
  return page && out ? { page, out, watching, prerender } : null;
}

async function run(page, out, prerender) {
  const started = performance.now();
  try {
    const site = await buildSite(page, out, { prerender });
    for (const note of site.notes) console.warn(`gradio-lite build: ${note}`);
    const bytes = site.written.reduce((sum, f) => sum + f.bytes, 0);
    console.log(
      `built ${site.out}: ${site.written.length} files, ${(bytes / 1024).toFixed(0)} KB (${site.runtimeFiles} runtime files, ${site.prerendered} app${site.prerendered === 1 ? "" : "s"} prerendered${site.pwa ? ", PWA" : ""}) in ${Math.round(performance.now() - started)} ms`,
    );
    return true;
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    console.error(`gradio-lite build: ${error.message}`);
    return false;
  }
}

const args = parse(process.argv.slice(2));
if (!args) {
  console.error(USAGE);
  process.exit(2);
}
const ok = await run(args.page, args.out, args.prerender);
if (!args.watching) process.exit(ok ? 0 : 1);

// --watch: the page's folder; a burst of saves is one rebuild. The output
// folder may sit inside it: its own writes are not changes.
const out = resolve(args.out);
let timer = null;
watch(dirname(resolve(args.page)), { recursive: true }, (_event, name) => {
  if (!name || resolve(dirname(resolve(args.page)), name).startsWith(out)) return;
  clearTimeout(timer);
  timer = setTimeout(() => void run(args.page, args.out, args.prerender), 100);
});
console.log(`watching ${dirname(resolve(args.page))} (Ctrl+C to stop)`);
