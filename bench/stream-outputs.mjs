// npm run bench:outputs — a generator's chunks played as one stream by a
// streaming gr.Audio / gr.Video (issue #11 item 3), bench/pages/stream-outputs.html:
//
//   audio (samples; WAV bytes)  16 chunks of 0.25 s, each ready 200 ms after
//                               the last (a model a little faster than real time)
//     first chunk → audible     from the chunk reaching the page to the moment
//                               its first sample leaves the AudioContext
//                               (scheduled start + output latency)
//     click → audible           the same from the Run click (adds the worker's
//                               first yield and the view's lazy load)
//     gaps                      between one chunk's end and the next one's
//                               start on the audio clock (0 = back to back)
//   video                       a 1 s webcam clip (Chromium's fake camera)
//                               yielded 8 times, 300 ms apart
//     first chunk → playing     to the <video>'s first `playing` event
//     stalled                   time the playing stream could not go on, and
//                               the holes between clips the player stepped over
//
// Knobs (env): BENCH_OUTPUTS_ROUNDS (3).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus, loadavg } from "node:os";
import { findChromium } from "../scripts/chromium.mjs";
import { serve } from "../scripts/serve.mjs";
import { codeVersion, launchBrowser, median, ms, pageProblems, quietGate } from "./harness.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = Number(process.env.BENCH_OUTPUTS_ROUNDS ?? 3);
const dist = process.env.DIST_DIR ?? "dist";
const PAGE = "bench/pages/stream-outputs.html";

if (!existsSync(join(ROOT, dist, "lite.js"))) {
  console.log(`[bench:outputs] ${dist}/lite.js missing; building first`);
  execFileSync("node", ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
}

const server = await serve({ root: ROOT, port: 0, quiet: true, isolated: true });
const browser = await launchBrowser(findChromium());
const { problems, watch } = pageProblems();
const loadBefore = loadavg()[0];

/** Runs `fn(args)` in a fresh context: its own AudioContext, caches and worker. */
async function sample(fn, args) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    watch(page, `${PAGE} ${fn}`);
    await page.goto(server.url + PAGE);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 30_000 });
    return await page.evaluate(({ fn, args }) => window[fn](args), { fn, args });
  } finally {
    await context.close();
  }
}

const runs = { samples: [], wav: [], video: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const kind of ["samples", "wav"]) {
    await quietGate();
    const r = await sample("runAudio", { kind });
    runs[kind].push(r);
    console.log(
      `round ${round + 1} ${kind}: ${r.chunks} chunks; first chunk ${ms(r.firstChunkMs)} after the click; chunk → audible ${ms(r.chunkToAudibleMs)} (scheduled after ${ms(r.chunkToScheduledMs)}, output latency ${ms(r.outputLatencyMs)}); ` +
        `click → audible ${ms(r.clickToAudibleMs)}; largest gap ${ms(Math.max(...r.gapsMs))}`,
    );
  }
  await quietGate();
  const v = await sample("runVideo", {});
  runs.video.push(v);
  console.log(
    `round ${round + 1} video: ${v.chunks} clips; chunk → appended ${ms(v.chunkToAppendMs)}, canplay ${ms(v.chunkToCanplayMs)}, playing ${ms(v.chunkToPlayingMs)} (2nd chunk at ${ms(v.secondChunkMs)}); click → playing ${ms(v.clickToPlayingMs)}; ` +
      `stalled ${ms(v.stalledMs)}, holes stepped ${v.holesStepped}`,
  );
}
await browser.close();
await server.close();

const audio = (list) => {
  const gaps = list.flatMap((r) => r.gapsMs);
  return {
    chunkToAudibleMs: median(list.map((r) => r.chunkToAudibleMs)),
    clickToAudibleMs: median(list.map((r) => r.clickToAudibleMs)),
    gaps: { n: gaps.length, over1ms: gaps.filter((g) => g > 1).length, maxMs: Math.max(...gaps) },
    minAheadMs: Math.min(...list.flatMap((r) => r.aheadMs)),
    samples: list,
  };
};
const result = {
  when: new Date().toISOString(),
  code: codeVersion(ROOT),
  machine: { cores: cpus().length, loadBefore, loadAfter: loadavg()[0] },
  rounds: ROUNDS,
  samples: audio(runs.samples),
  wav: audio(runs.wav),
  video: {
    chunkToPlayingMs: median(runs.video.map((r) => r.chunkToPlayingMs)),
    clickToPlayingMs: median(runs.video.map((r) => r.clickToPlayingMs)),
    stalledMs: median(runs.video.map((r) => r.stalledMs)),
    holesStepped: median(runs.video.map((r) => r.holesStepped)),
    samples: runs.video,
  },
  problems,
};

console.log(`\nstreaming media outputs; ${ROUNDS} rounds (medians)`);
for (const kind of ["samples", "wav"]) {
  const r = result[kind];
  console.log(
    `  audio, ${kind.padEnd(7)} chunk → audible ${ms(r.chunkToAudibleMs)}, click → audible ${ms(r.clickToAudibleMs)}; ` +
      `gaps between chunks: ${r.gaps.over1ms} of ${r.gaps.n} over 1 ms (largest ${ms(r.gaps.maxMs)}); each chunk scheduled ≥ ${ms(r.minAheadMs)} ahead`,
  );
}
const v = result.video;
console.log(`  video, WebM clips  chunk → playing ${ms(v.chunkToPlayingMs)}, click → playing ${ms(v.clickToPlayingMs)}; stalled ${ms(v.stalledMs)}, holes stepped over ${v.holesStepped}`);
console.log(`  load average ${loadBefore.toFixed(1)} → ${result.machine.loadAfter.toFixed(1)} on ${result.machine.cores} cores`);
if (problems.length) console.log(`  page problems: ${problems.map((p) => `${p.kind} ${p.text}`).join("; ")}`);

mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(join(ROOT, "bench/results/stream-outputs.json"), JSON.stringify(result, null, 2) + "\n");
