// npm run bench:face: the face detection demo's model (demos/assets/face-model.js,
// face-api on tfjs) on the astronaut photo, in headless Chromium:
//
// - first inference: the model loads (library, backend, four nets' weights,
//   from a fresh context: nothing cached) and detects once;
// - steady state: the median of the next N detections (default 10).
//
// In a gradio-lite app's worker (bench/pages/face.html: an endpoint called
// with client.predict) and, as the baseline in the same run, the same code in
// a bare module worker (bench/pages/face-bare.html): the ratio is gradio-lite's
// overhead (its protocol, queue and output handling) around the model. Runs
// alternate between the two, each in a fresh browser context. Writes
// bench/results/face-model.json. Knobs: BENCH_FACE_RUNS (default 2 per side),
// BENCH_FACE_N (default 10), DIST_DIR (the build to serve, default dist).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium } from "../scripts/chromium.mjs";
import { serve } from "../scripts/serve.mjs";
import { codeVersion, launchBrowser, median, ms, pageProblems, quietGate } from "./harness.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_FACE_RUNS ?? 2);
const N = Number(process.env.BENCH_FACE_N ?? 10);
const dist = join(ROOT, process.env.DIST_DIR ?? "dist");
const SIDES = [
  { name: "gradio-lite app", page: "bench/pages/face.html" },
  { name: "bare worker", page: "bench/pages/face-bare.html" },
];

const executablePath = findChromium();
if (!executablePath) {
  console.error("[bench:face] no Chromium found (set CHROMIUM_PATH, or run node scripts/chromium.mjs to install one)");
  process.exit(1);
}
if (!existsSync(join(dist, "demo-vendor/face-api/face-api.esm.js"))) {
  console.error(`[bench:face] no build with the demo's model in ${dist}: run npm run build first`);
  process.exit(1);
}

const server = await serve({ root: ROOT, quiet: true });
const browser = await launchBrowser(executablePath);
const { problems, watch } = pageProblems();
const samples = Object.fromEntries(SIDES.map((s) => [s.name, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternate which side goes first, so a machine that slows down mid-run weighs on both.
    for (const side of run % 2 ? [...SIDES].reverse() : SIDES) {
      await quietGate();
      const context = await browser.newContext();
      const page = await context.newPage();
      watch(page, side.name);
      await page.goto(new URL(side.page, server.url).href);
      await page.waitForFunction(() => typeof window.bench === "function");
      const sample = await page.evaluate((n) => window.bench(n), N);
      if (sample.result?.faces !== 1) throw new Error(`${side.name}: expected one face in the astronaut photo, got ${JSON.stringify(sample.result)}`);
      samples[side.name].push({ ...sample, steadyMedian: median(sample.steady) });
      console.log(`[bench:face] ${side.name}, run ${run + 1}: first ${ms(sample.firstMs)}, steady median ${ms(median(sample.steady))} (${sample.result.backend})`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const summary = Object.fromEntries(
  Object.entries(samples).map(([name, runs]) => [name, { firstMs: median(runs.map((r) => r.firstMs)), steadyMs: median(runs.map((r) => r.steadyMedian)), backend: runs[0].result.backend }]),
);
const [app, bare] = SIDES.map((s) => summary[s.name]);
console.log(`\nFace detection (face-api, tiny detector at 224 px + landmarks, expressions, age) on the 512×512 astronaut photo, ${RUNS} run(s) per side, median of ${N} steady calls:`);
console.log("| where | first inference (load + detect) | steady-state inference | backend |");
console.log("|---|---|---|---|");
for (const [name, s] of Object.entries(summary)) console.log(`| ${name} | ${ms(s.firstMs)} | ${ms(s.steadyMs)} | ${s.backend} |`);
console.log(`| ratio (app / bare) | ${(app.firstMs / bare.firstMs).toFixed(2)}× | ${(app.steadyMs / bare.steadyMs).toFixed(2)}× | |`);
if (problems.length) console.log("\nPage problems:", problems);

mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(join(ROOT, "bench/results/face-model.json"), JSON.stringify({ at: new Date().toISOString(), code: codeVersion(ROOT), runs: RUNS, n: N, summary, samples, problems }, null, 2));
