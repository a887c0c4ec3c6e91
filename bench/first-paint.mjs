// npm run bench (last): the first paint of a built page, prerendered by
// `gradio-lite build` against the same page built with --no-prerender, in
// the same run, on the same browser.
//
// For each page: N fresh contexts (a first visit, nothing cached), each
// recording from time origin (a) when the app's button is first painted,
// from a requestAnimationFrame poll that starts before any of the page's
// scripts, and (b) when the app runs (its `render` event fired, or, when
// prerendered, the build's HTML handed over to the app). Pages: the
// hello world, and demos/layout-guide.html's first app (Markdown, rows,
// tabs, an accordion).
//
// Prints medians and the ratio (not prerendered / prerendered) per page;
// writes bench/results/first-paint.json. Knobs: BENCH_FP_N (default 7).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium } from "../scripts/chromium.mjs";
import { serve } from "../scripts/serve.mjs";
import { codeVersion, launchBrowser, median, ms, quietGate } from "./harness.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const N = Number(process.env.BENCH_FP_N ?? 7);
const PAGES = [
  { name: "hello world", file: "demos/hello-world.html", button: "Submit" },
  { name: "calculator", file: "demos/calculator.html", button: "Add" },
];

const executablePath = findChromium();
if (!executablePath) {
  console.error("[bench:first-paint] no Chromium found (set CHROMIUM_PATH, or run node scripts/chromium.mjs to install one)");
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "gradio-lite-first-paint-"));
const env = { ...process.env, GRADIO_LITE_DIST: join(ROOT, process.env.DIST_DIR ?? "dist") };
for (const page of PAGES) {
  for (const [kind, flags] of [["prerendered", []], ["plain", ["--no-prerender"]]]) {
    execFileSync("node", [join(ROOT, "bin/gradio-lite.mjs"), "build", join(ROOT, page.file), "--out", join(work, kind, page.name.replace(/\W/g, "-")), ...flags], { env, stdio: "pipe" });
  }
}

const server = await serve({ root: work, quiet: true });
const browser = await launchBrowser(executablePath);

/** Runs before the page's scripts: records when the app's button is first painted and when the app runs. */
function recorder(button) {
  const marks = { painted: null, running: null };
  Object.assign(window, { __firstPaint: marks });
  const visible = () =>
    [...document.querySelectorAll("gradio-lite button")].some((b) => b.textContent?.trim() === button && b.getBoundingClientRect().height > 0 && getComputedStyle(b).visibility !== "hidden");
  const poll = () => {
    if (marks.painted === null && document.body && visible()) marks.painted = performance.now();
    if (marks.running === null && document.querySelector("gradio-lite .gr-app") && !document.querySelector("gradio-lite [data-prerendered]") && customElements.get("gradio-lite")) {
      marks.running = performance.now();
    }
    if (marks.painted === null || marks.running === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  document.addEventListener("render", () => (marks.running ??= performance.now()), true);
}

async function sample(kind, page) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(recorder, page.button);
    await quietGate();
    await tab.goto(`${server.url}${kind}/${page.name.replace(/\W/g, "-")}/${page.file.split("/").pop()}`, { waitUntil: "commit" });
    await tab.waitForFunction(() => window.__firstPaint?.painted !== null && window.__firstPaint?.running !== null, null, { timeout: 60_000, polling: 100 });
    return await tab.evaluate(() => window.__firstPaint);
  } finally {
    await context.close();
  }
}

const results = [];
console.log(`[bench:first-paint] chromium at ${executablePath}; ${N} first visits each, interleaved`);
for (const page of PAGES) {
  const samples = { prerendered: [], plain: [] };
  for (let i = 0; i < N; i++) for (const kind of ["prerendered", "plain"]) samples[kind].push(await sample(kind, page));
  const of = (kind, key) => median(samples[kind].map((s) => s[key]));
  const row = {
    page: page.name,
    prerenderedPaint: of("prerendered", "painted"),
    plainPaint: of("plain", "painted"),
    prerenderedRunning: of("prerendered", "running"),
    plainRunning: of("plain", "running"),
  };
  row.paintRatio = row.plainPaint / row.prerenderedPaint;
  results.push(row);
  console.log(
    `${page.name}: app painted at ${ms(row.prerenderedPaint)} prerendered vs ${ms(row.plainPaint)} not (${row.paintRatio.toFixed(1)}× sooner); ` +
      `running at ${ms(row.prerenderedRunning)} vs ${ms(row.plainRunning)}`,
  );
}

await browser.close();
await server.close();
rmSync(work, { recursive: true, force: true });
mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(join(ROOT, "bench/results/first-paint.json"), JSON.stringify({ at: new Date().toISOString(), code: codeVersion(ROOT), n: N, results }, null, 2));
