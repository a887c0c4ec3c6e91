// npm run bench:media — a webcam stream at 640×480 through an identity
// handler (issue #11), against its baseline measured in the same run:
//
//   frames handled   frames the handler's output drew per second, vs the
//                    camera's own rate (a page that only reads each camera
//                    frame: bench/pages/camera-baseline.html)
//   latency          from the moment a frame was taken from the camera to
//                    the moment the handler's output for it was drawn, p50
//                    and p95 (a cross-origin-isolated page: precise timers)
//
// Headless Chromium's fake camera (--use-fake-device-for-media-stream)
// feeds both pages. Every camera frame is offered (streamEvery 0.001 s): a
// frame that arrives while one is handled replaces the one waiting, so the
// handled rate shows what the pipeline sustains, and none queue.
// Knobs (env): BENCH_MEDIA_SECONDS (10), BENCH_MEDIA_ROUNDS (3).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus, loadavg } from "node:os";
import { findChromium } from "../scripts/chromium.mjs";
import { serve } from "../scripts/serve.mjs";
import { codeVersion, launchBrowser, median, ms, pageProblems, quietGate } from "./harness.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SECONDS = Number(process.env.BENCH_MEDIA_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_MEDIA_ROUNDS ?? 3);
const dist = process.env.DIST_DIR ?? "dist";

if (!existsSync(join(ROOT, dist, "lite.js"))) {
  console.log(`[bench:media] ${dist}/lite.js missing; building first`);
  execFileSync("node", ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
}

const server = await serve({ root: ROOT, port: 0, quiet: true, isolated: true });
const browser = await launchBrowser(findChromium());
const { problems, watch } = pageProblems();
const loadBefore = loadavg()[0];

/** Opens `path` in a fresh context and runs `fn(args)` there. */
async function sample(path, fn, args) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    watch(page, path);
    await page.goto(server.url + path);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 30_000 });
    return await page.evaluate(({ fn, args }) => window[fn](args), { fn, args });
  } finally {
    await context.close();
  }
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const rounds = [];
// Interleaved, so a change in the machine's load falls on both pages alike.
for (let round = 0; round < ROUNDS; round++) {
  const idleBaseline = await quietGate();
  const camera = await sample("bench/pages/camera-baseline.html", "runBaseline", { seconds: SECONDS });
  const idleLite = await quietGate();
  const lite = await sample("bench/pages/stream-media.html", "runStream", { seconds: SECONDS, warmup: 2 });
  rounds.push({ camera, lite, idle: [idleBaseline, idleLite] });
  const r = rounds.at(-1);
  console.log(
    `round ${round + 1}: camera ${camera.fps.toFixed(1)} fps (${camera.width}×${camera.height}); handled ${lite.handledFps.toFixed(1)} fps ` +
      `(taken ${lite.takenFps.toFixed(1)}, sent ${lite.sentFps.toFixed(1)}); latency p50 ${ms(quantile(lite.latencies, 0.5))} p95 ${ms(quantile(lite.latencies, 0.95))}; ` +
      `long tasks ${lite.longTasks}; idle ${r.idle.map((x) => (x === null ? "?" : `${Math.round(x * 100)}%`)).join("/")}`,
  );
}
await browser.close();
await server.close();

const latencies = rounds.flatMap((r) => r.lite.latencies);
const result = {
  when: new Date().toISOString(),
  code: codeVersion(ROOT),
  machine: { cores: cpus().length, loadBefore, loadAfter: loadavg()[0] },
  seconds: SECONDS,
  rounds: ROUNDS,
  isolated: rounds.every((r) => r.camera.isolated && r.lite.isolated),
  size: `${rounds[0].camera.width}×${rounds[0].camera.height}`,
  cameraFps: median(rounds.map((r) => r.camera.fps)),
  handledFps: median(rounds.map((r) => r.lite.handledFps)),
  takenFps: median(rounds.map((r) => r.lite.takenFps)),
  sentFps: median(rounds.map((r) => r.lite.sentFps)),
  latencyMs: { n: latencies.length, p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), max: Math.max(...latencies) },
  longTasks: rounds.map((r) => r.lite.longTasks),
  problems,
};
result.ratio = result.handledFps / result.cameraFps;

console.log(`\nwebcam stream, ${result.size}, identity handler; ${ROUNDS} rounds of ${SECONDS} s (medians); cross-origin isolated: ${result.isolated}`);
console.log(`  camera rate (baseline page)      ${result.cameraFps.toFixed(1)} fps`);
console.log(`  frames handled and drawn         ${result.handledFps.toFixed(1)} fps  = ${(result.ratio * 100).toFixed(0)}% of the camera`);
console.log(`  frames taken / sent to the worker ${result.takenFps.toFixed(1)} / ${result.sentFps.toFixed(1)} fps (the rest replaced while one was handled)`);
console.log(`  frame → output drawn             p50 ${ms(result.latencyMs.p50)}, p95 ${ms(result.latencyMs.p95)} (${result.latencyMs.n} frames)`);
console.log(`  load average ${loadBefore.toFixed(1)} → ${result.machine.loadAfter.toFixed(1)} on ${result.machine.cores} cores`);
if (problems.length) console.log(`  page problems: ${problems.map((p) => `${p.kind} ${p.text}`).join("; ")}`);

mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(join(ROOT, "bench/results/stream-media.json"), JSON.stringify(result, null, 2) + "\n");
