// node bench/data.mjs: the data benchmarks (issue #9), each measured next to
// its baseline in the same run, on the same browser.
//
//   1. DataFrame first paint   a Button returns a 100k × 10 table to a
//                              gr.DataFrame: click → first rows painted, vs a
//                              raw Worker posting the same rows and a
//                              hand-written <table> of the first 30. (The
//                              first paint is a preview of the first rows;
//                              the whole table landing is printed beside it.)
//   2. DataFrame scroll        the DataFrame's scroller moved 100 px every
//                              animation frame for 150 frames: each frame's
//                              main-thread work (p95), vs the same loop over a
//                              plain overflow div of static rows.
//   3. LinePlot first render   a Button returns 100k rows { x, y, series } (3
//                              series) to gr.LinePlot: click → chart drawn and
//                              painted, vs a raw Worker + raw uPlot.
//   4. realtime update         a LinePlot's 10k-point value replaced (a button
//                              click, the path a gr.Timer tick takes): page
//                              main-thread time per update (CDP TaskDuration),
//                              vs a raw Worker + uPlot setData.
//   5. plot bytes              gzip -9 bytes of the runtime's files (/dist/)
//                              that a LinePlot app loads and the hello-world
//                              app does not: what drawing a plot costs. (Its
//                              total minus hello world's is printed beside it;
//                              hello world, a gr.Interface, also loads the
//                              flagging code a Blocks app does not, so that
//                              difference reads low.)
//
// Pages: bench/pages/data-*.html. Prints a table with PASS/MISS per target,
// writes bench/results/data-latest.json, exits 0 either way (non-zero only
// when a benchmark could not run). Serves DIST_DIR's build as /dist/ when that
// is set (scripts/serve.mjs), and builds it first when its lite.js is missing.
// Knobs (env): BENCH_DATA_N (samples per benchmark, default 3; medians),
// BENCH_DATA_TICKS (realtime updates per sample, default 10).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { findChromium } from "../scripts/chromium.mjs";
import { serve } from "../scripts/serve.mjs";
import { codeVersion, kb, launchBrowser, median, ms, pageProblems, quietGate, verdict } from "./harness.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const N = Math.max(1, Number(process.env.BENCH_DATA_N ?? 3));
const TICKS = Math.max(1, Number(process.env.BENCH_DATA_TICKS ?? 10));
const DIST = process.env.DIST_DIR || "dist";
const TARGETS = {
  dfFirstPaintMs: 100,
  dfScrollP95Ms: 16,
  lineFirstRenderMs: 150,
  realtimeUpdateMs: 30,
  plotExtraGzipBytes: 30 * 1024,
};
const VIEWPORT = { width: 1280, height: 1600 };

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const started = Date.now();
const loadBefore = loadavg()[0];

if (!existsSync(join(ROOT, DIST, "lite.js"))) {
  console.log(`[bench:data] ${DIST}/lite.js missing; building first`);
  execFileSync("node", ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit", env: process.env });
}
const executablePath = findChromium();
if (!executablePath) {
  console.error("[bench:data] no Chromium found (set CHROMIUM_PATH, or run node scripts/chromium.mjs to install one)");
  process.exit(1);
}

const version = codeVersion(ROOT);

// Cross-origin isolated (COOP/COEP on every response) so performance.now() is precise on both sides.
const server = await serve({ root: ROOT, port: 0, quiet: true, isolated: true });

const browser = await launchBrowser(executablePath);
const browserVersion = browser.version();

const { problems, watch } = pageProblems();

/** A fresh context and page on `path`, ready (window.liteReady resolved); `fn(page)` does the sample, traced. */
async function onPage(path, fn) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    watch(page, path);
    await page.goto(server.url + path.replace(/^\//, ""));
    await page.evaluate(() => window.liteReady(), null);
    const idle = await quietGate();
    // Traced from here: the app has loaded, the measurements follow.
    let tracing = null;
    await browser.startTracing(page, { categories: TRACE_CATS });
    const result = await fn(page).finally(() => (tracing = browser.stopTracing()));
    return { idle, ...result, trace: await tracing };
  } finally {
    await context.close();
  }
}
// ---------------------------------------------------------------- traces
// Main-thread figures come from a Chrome trace (categories toplevel and
// blink.user_timing), as bench/run.mjs's chat benchmarks do: the page marks
// its windows with performance.mark(), and the bench adds up the page's
// main-thread tasks in them. A task is an outermost "toplevel" slice; the
// microtask checkpoint Chromium traces just after a task counts as part of
// it. Each task has wall time and thread (CPU) time. On an idle machine they
// agree; on a busy one wall time also counts time the thread was
// descheduled, so the per-frame and per-update targets read thread time and
// print wall time beside it. Only the page's main thread counts: the app's
// worker (and the baselines' raw workers) run on threads of their own.
const TRACE_CATS = ["toplevel", "blink.user_timing"];

/** The marks (name → ts, µs) and main-thread tasks of a trace; the thread is the one that made `anchorMark`. */
function parseTrace(buffer, anchorMark) {
  const parsed = JSON.parse(buffer.toString("utf8"));
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const anchor = events.find((e) => e.cat === "blink.user_timing" && e.name === anchorMark);
  if (!anchor) throw new Error(`the trace has no performance.mark("${anchorMark}")`);
  const marks = new Map();
  for (const e of events) if (e.cat === "blink.user_timing" && e.pid === anchor.pid && e.tid === anchor.tid && !marks.has(e.name)) marks.set(e.name, e.ts);
  const slices = events
    .filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === "X" && (e.cat ?? "").split(",").includes("toplevel"))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  for (const e of slices) {
    const last = tasks.at(-1);
    if (last && e.ts < last.end) continue; // nested in the task before
    if (last && e.name === "BlinkScheduler_PerformMicrotaskCheckpoint" && e.ts - last.end < 1000) {
      last.end = e.ts + e.dur;
      last.cpu += e.tdur ?? 0;
      continue;
    }
    tasks.push({ ts: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? 0 });
  }
  const mark = (name) => {
    if (!marks.has(name)) throw new Error(`the trace has no performance.mark("${name}")`);
    return marks.get(name);
  };
  return { mark, tasks };
}

/** Main-thread busy (wall) and thread time between two marks, each task clipped to the window (its CPU pro rata); ms. */
function windowTime({ mark, tasks }, from, to) {
  const [a, b] = [mark(from), mark(to)];
  let busy = 0;
  let cpu = 0;
  let longest = 0;
  for (const t of tasks) {
    if (t.end <= a || t.ts >= b) continue;
    const clipped = Math.min(b, t.end) - Math.max(a, t.ts);
    busy += clipped;
    cpu += t.end > t.ts ? (t.cpu * clipped) / (t.end - t.ts) : 0;
    longest = Math.max(longest, t.end - t.ts);
  }
  return { busyMs: busy / 1000, cpuMs: cpu / 1000, longestTaskMs: longest / 1000 };
}

/**
 * Per animation frame, the main thread's work: frame i is the task that ran
 * mark `${prefix}:${i}` (the frame's BeginMainFrame task: its scroll events,
 * rAF callbacks, the render they start, style, layout and paint) and every
 * task after it until the task of mark i + 1 (timers, messages, GC the frame
 * left behind). Wall and thread time, ms.
 */
function frameTimes({ mark, tasks }, prefix, frames) {
  const taskOf = (ts) => {
    const i = tasks.findIndex((t) => t.end > ts);
    return i < 0 ? tasks.length : i;
  };
  const bounds = Array.from({ length: frames + 1 }, (_, i) => taskOf(mark(`${prefix}:${i}`)));
  const wall = [];
  const cpu = [];
  for (let i = 0; i < frames; i++) {
    const slice = tasks.slice(bounds[i], Math.max(bounds[i] + 1, bounds[i + 1]));
    wall.push(slice.reduce((s, t) => s + t.end - t.ts, 0) / 1000);
    cpu.push(slice.reduce((s, t) => s + t.cpu, 0) / 1000);
  }
  return { wall, cpu };
}

/** Interleaves: sample i runs a then b when i is even, b then a when odd. */
const inTurn = async (i, a, b) => (i % 2 ? [await b(), await a()].reverse() : [await a(), await b()]);
const idleNote = (idle) => (idle === null || idle === undefined ? "" : ` (cpu idle before: ${(idle * 100).toFixed(0)}%)`);

console.log(`[bench:data] load average ${loadBefore.toFixed(2)} on ${cpus().length} cores${loadBefore > 1 ? " (busy machine: expect noisy figures)" : ""}`);
console.log(`[bench:data] code: commit ${version.commit ?? "?"}${version.uncommittedChanges ? " + uncommitted changes in src/ worker/ ui/" : ""}; serving ${DIST}/ as /dist/`);
console.log(`[bench:data] chromium ${browserVersion} at ${executablePath}; ${N} samples each (fresh page each), interleaved`);

// ---------------------------------------------------------------- 1 + 2. DataFrame
const DF_PAGE = "/bench/pages/data-frame.html";
const SCROLL_FRAMES = 150;
const df = { lite: [], raw: [], scrollLite: [], scrollRaw: [] };
for (let i = 0; i < N; i++) {
  const s = await onPage(DF_PAGE, async (page) => {
    const [lite, raw] = await inTurn(
      i,
      () => page.evaluate(() => window.benchLite()),
      () => page.evaluate(() => window.benchRaw()),
    );
    const [scrollLite, scrollRaw] = await inTurn(
      i,
      () => page.evaluate(() => window.scrollLite()),
      () => page.evaluate(() => window.scrollRaw()),
    );
    return { lite, raw, scrollLite, scrollRaw };
  });
  if (s.lite.firstRow.replace(/\s+/g, "") !== s.raw.firstRow.replace(/\s+/g, "")) {
    problems.push({ page: DF_PAGE, kind: "check", text: `first rows differ: DataFrame "${s.lite.firstRow}", raw "${s.raw.firstRow}"` });
  }
  if (!s.scrollLite.rowAtEndShown) throw new Error(`${DF_PAGE}: after scrolling, the row at the scroll position is not in the DOM`);
  const trace = parseTrace(s.trace, "lite:start");
  df.lite.push({ ...s.lite, main: windowTime(trace, "lite:start", "lite:end"), idle: s.idle });
  df.raw.push({ ...s.raw, main: windowTime(trace, "raw:start", "raw:end"), idle: s.idle });
  for (const side of ["lite", "raw"]) {
    const r = s[side === "lite" ? "scrollLite" : "scrollRaw"];
    const f = frameTimes(trace, `${side}:frame`, SCROLL_FRAMES);
    df[side === "lite" ? "scrollLite" : "scrollRaw"].push({
      ...r,
      frameCpu: f.cpu,
      frameWall: f.wall,
      cpuP95Ms: percentile(f.cpu, 95),
      wallP95Ms: percentile(f.wall, 95),
      pageP95Ms: percentile(r.work, 95),
      cpuMedianMs: median(f.cpu),
      maxCpuMs: Math.max(...f.cpu),
      // Frames whose rAF came more than 1.5 frames (25 ms) after the one before: a missed frame.
      lateFrames: r.gaps.filter((g) => g > 25).length,
      idle: s.idle,
    });
  }
  console.log(
    `[bench:data]   DataFrame ${i + 1}/${N}: first paint ${ms(s.lite.paintedMs)} vs raw ${ms(s.raw.paintedMs)}; ` +
      `scroll frame p95 ${ms(df.scrollLite.at(-1).cpuP95Ms)} vs ${ms(df.scrollRaw.at(-1).cpuP95Ms)} thread time (wall ${ms(df.scrollLite.at(-1).wallP95Ms)} vs ${ms(df.scrollRaw.at(-1).wallP95Ms)})${idleNote(s.idle)}`,
  );
}
const dfSummary = {
  firstPaint: {
    liteMs: median(df.lite.map((r) => r.paintedMs)),
    rawMs: median(df.raw.map((r) => r.paintedMs)),
    liteDomMs: median(df.lite.map((r) => r.domMs)),
    liteWholeMs: median(df.lite.map((r) => r.wholeMs)),
    previewed: df.lite.every((r) => r.previewed),
    rawReceivedMs: median(df.raw.map((r) => r.receivedMs)),
    liteMainCpuMs: median(df.lite.map((r) => r.main.cpuMs)),
    rawMainCpuMs: median(df.raw.map((r) => r.main.cpuMs)),
    liteLongestTaskMs: median(df.lite.map((r) => r.main.longestTaskMs)),
    rawLongestTaskMs: median(df.raw.map((r) => r.main.longestTaskMs)),
    rowsInDom: df.lite[0].rowsInDom,
    samples: { lite: df.lite, raw: df.raw },
  },
  scroll: { frames: SCROLL_FRAMES, stepPx: 100, samples: { lite: df.scrollLite, raw: df.scrollRaw } },
};
dfSummary.firstPaint.ratio = dfSummary.firstPaint.liteMs / dfSummary.firstPaint.rawMs;
dfSummary.firstPaint.pass = dfSummary.firstPaint.liteMs <= TARGETS.dfFirstPaintMs;
for (const side of ["lite", "raw"]) {
  const list = side === "lite" ? df.scrollLite : df.scrollRaw;
  for (const k of ["cpuP95Ms", "wallP95Ms", "pageP95Ms", "cpuMedianMs", "lateFrames"]) dfSummary.scroll[`${side}${k[0].toUpperCase()}${k.slice(1)}`] = median(list.map((r) => r[k]));
  dfSummary.scroll[`${side}MaxCpuMs`] = Math.max(...list.map((r) => r.maxCpuMs));
}
dfSummary.scroll.ratio = dfSummary.scroll.liteCpuP95Ms / dfSummary.scroll.rawCpuP95Ms;
dfSummary.scroll.pass = dfSummary.scroll.liteCpuP95Ms <= TARGETS.dfScrollP95Ms;

// ---------------------------------------------------------------- 3. LinePlot first render
const LINE_PAGE = "/bench/pages/data-lineplot.html";
const line = { lite: [], raw: [] };
for (let i = 0; i < N; i++) {
  const s = await onPage(LINE_PAGE, async (page) => {
    const [lite, raw] = await inTurn(
      i,
      () => page.evaluate(() => window.benchLite()),
      () => page.evaluate(() => window.benchRaw()),
    );
    return { lite, raw };
  });
  if (s.lite.legend.join() !== "a,b,c") throw new Error(`${LINE_PAGE}: the legend shows ${JSON.stringify(s.lite.legend)}, not a, b, c`);
  if (!(s.lite.width > 0 && s.lite.height > 0)) throw new Error(`${LINE_PAGE}: no chart canvas`);
  const trace = parseTrace(s.trace, "lite:start");
  line.lite.push({ ...s.lite, main: windowTime(trace, "lite:start", "lite:end"), idle: s.idle });
  line.raw.push({ ...s.raw, main: windowTime(trace, "raw:start", "raw:end"), idle: s.idle });
  console.log(
    `[bench:data]   LinePlot ${i + 1}/${N}: first render ${ms(s.lite.paintedMs)} (view: ${ms(s.lite.viewRenderMs)}; main thread ${ms(line.lite.at(-1).main.cpuMs)}) ` +
      `vs raw uPlot ${ms(s.raw.paintedMs)} (main thread ${ms(line.raw.at(-1).main.cpuMs)})${idleNote(s.idle)}`,
  );
}
const lineSummary = {
  liteMs: median(line.lite.map((r) => r.paintedMs)),
  rawMs: median(line.raw.map((r) => r.paintedMs)),
  liteViewRenderMs: median(line.lite.map((r) => r.viewRenderMs)),
  rawReceivedMs: median(line.raw.map((r) => r.receivedMs)),
  liteMainCpuMs: median(line.lite.map((r) => r.main.cpuMs)),
  rawMainCpuMs: median(line.raw.map((r) => r.main.cpuMs)),
  liteLongestTaskMs: median(line.lite.map((r) => r.main.longestTaskMs)),
  rawLongestTaskMs: median(line.raw.map((r) => r.main.longestTaskMs)),
  samples: line,
};
lineSummary.ratio = lineSummary.liteMs / lineSummary.rawMs;
lineSummary.pass = lineSummary.liteMs <= TARGETS.lineFirstRenderMs;

// ---------------------------------------------------------------- 4. realtime update
const LIVE_PAGE = "/bench/pages/data-realtime.html";
const WARMUP_TICKS = 2;
const live = { lite: [], raw: [] };
for (let i = 0; i < N; i++) {
  // Each call marks its window (click → new data drawn and painted); the
  // trace gives the page's main-thread time in it. The worker's work
  // (building the table, the engine) runs on its own thread and is not
  // counted; the page waiting for it is idle.
  const s = await onPage(LIVE_PAGE, async (page) => {
    const out = { lite: [], raw: [] };
    const once = (side, id) => page.evaluate(([s, id]) => (s === "lite" ? window.tickLite(id) : window.tickRaw(id)), [side, id]);
    for (let t = 0; t < WARMUP_TICKS + TICKS; t++) {
      const [a, b] = await inTurn(t, () => once("lite", `lite:${t}`), () => once("raw", `raw:${t}`));
      out.lite.push(a);
      out.raw.push(b);
    }
    return out;
  });
  const trace = parseTrace(s.trace, "lite:0:start");
  for (const side of ["lite", "raw"]) {
    const updates = s[side].map((u, t) => ({ ...u, main: windowTime(trace, `${side}:${t}:start`, `${side}:${t}:end`) })).slice(WARMUP_TICKS);
    live[side].push({
      updates,
      cpuMs: median(updates.map((u) => u.main.cpuMs)),
      busyMs: median(updates.map((u) => u.main.busyMs)),
      paintedMs: median(updates.map((u) => u.paintedMs)),
      idle: s.idle,
    });
  }
  console.log(
    `[bench:data]   realtime ${i + 1}/${N}: ${TICKS} updates, main thread ${ms(live.lite.at(-1).cpuMs)} vs raw ${ms(live.raw.at(-1).cpuMs)} thread time (wall ${ms(live.lite.at(-1).busyMs)} vs ${ms(live.raw.at(-1).busyMs)}); ` +
      `click → painted ${ms(live.lite.at(-1).paintedMs)} vs ${ms(live.raw.at(-1).paintedMs)}${idleNote(s.idle)}`,
  );
}
const liveSummary = {
  liteCpuMs: median(live.lite.map((r) => r.cpuMs)),
  rawCpuMs: median(live.raw.map((r) => r.cpuMs)),
  liteBusyMs: median(live.lite.map((r) => r.busyMs)),
  rawBusyMs: median(live.raw.map((r) => r.busyMs)),
  litePaintedMs: median(live.lite.map((r) => r.paintedMs)),
  rawPaintedMs: median(live.raw.map((r) => r.paintedMs)),
  liteViewRenderMs: median(live.lite.flatMap((r) => r.updates.map((u) => u.viewRenderMs))),
  samples: live,
};
liveSummary.ratio = liveSummary.liteCpuMs / liveSummary.rawCpuMs;
liveSummary.pass = liveSummary.liteCpuMs <= TARGETS.realtimeUpdateMs;

// ---------------------------------------------------------------- 5. bytes
/** Every response a fresh page (and its workers) receives until __bench.done and 500 ms more: raw and gzip -9 sizes. */
async function responsesOf(path) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    watch(page, path);
    const seen = [];
    page.on("response", (res) => {
      const url = res.url();
      if (!/^https?:/.test(url)) return;
      seen.push(
        res.body().then(
          (body) => ({ url, status: res.status(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
          (error) => ({ url, status: res.status(), raw: 0, gzip: 0, error: String(error) }),
        ),
      );
    });
    await page.goto(server.url + path.replace(/^\//, ""));
    await page.waitForFunction(() => window.__bench?.done === true, null, { timeout: 60_000, polling: 100 });
    // Late requests (a lazy chunk the view asks for after its first paint) count too.
    await page.waitForTimeout(500);
    const files = (await Promise.all(seen)).map((f) => ({ path: f.url.replace(server.url, "/"), status: f.status, raw: f.raw, gzip: f.gzip }));
    return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
  } finally {
    await context.close();
  }
}
const hello = await responsesOf("/bench/pages/data-hello.html");
const plotApp = await responsesOf("/bench/pages/data-plot-hello.html");
const helloPaths = new Set(hello.files.map((f) => f.path));
const bytesSummary = {
  helloGzip: hello.gzip,
  plotGzip: plotApp.gzip,
  extraGzip: plotApp.gzip - hello.gzip,
  extraRaw: plotApp.raw - hello.raw,
  onlyInPlot: plotApp.files.filter((f) => !helloPaths.has(f.path)),
  onlyInHello: hello.files.filter((f) => !new Set(plotApp.files.map((g) => g.path)).has(f.path)),
  hello,
  plot: plotApp,
};
bytesSummary.ownFiles = bytesSummary.onlyInPlot.filter((f) => f.path.startsWith("/dist/"));
bytesSummary.ownGzip = bytesSummary.ownFiles.reduce((n, f) => n + f.gzip, 0);
bytesSummary.ownRaw = bytesSummary.ownFiles.reduce((n, f) => n + f.raw, 0);
bytesSummary.sawWorker = plotApp.files.some((f) => /\/dist\/assets\/entry-[^/]+\.js$/.test(f.path));
bytesSummary.pass = bytesSummary.ownGzip <= TARGETS.plotExtraGzipBytes;

await browser.close();
await server.close();

// ---------------------------------------------------------------- report
const fp = dfSummary.firstPaint;
const sc = dfSummary.scroll;
const rows = [
  ["benchmark", "gradio-lite", "baseline", "ratio", "target", ""],
  ["DataFrame 100k × 10: click → first rows painted", ms(fp.liteMs), `${ms(fp.rawMs)} (raw Worker + <table>)`, `${fp.ratio.toFixed(2)}×`, `≤ ${TARGETS.dfFirstPaintMs} ms`, verdict(fp.pass)],
  ["  main-thread CPU in it; longest task", `${ms(fp.liteMainCpuMs)}; ${ms(fp.liteLongestTaskMs)}`, `${ms(fp.rawMainCpuMs)}; ${ms(fp.rawLongestTaskMs)}`, "", "", ""],
  ["  whole table landed (sortable, editable)", ms(fp.liteWholeMs), `${ms(fp.rawMs)} (all rows, at first paint)`, "", "", ""],
  ["DataFrame scroll: main-thread time per frame, p95", ms(sc.liteCpuP95Ms), `${ms(sc.rawCpuP95Ms)} (plain overflow div)`, `${sc.ratio.toFixed(2)}×`, `≤ ${TARGETS.dfScrollP95Ms} ms`, verdict(sc.pass)],
  ["  wall p95 (trace); in-page p95; late frames of 150", `${ms(sc.liteWallP95Ms)}; ${ms(sc.litePageP95Ms)}; ${sc.liteLateFrames}`, `${ms(sc.rawWallP95Ms)}; ${ms(sc.rawPageP95Ms)}; ${sc.rawLateFrames}`, "", "", ""],
  ["LinePlot 100k pts, 3 series: click → drawn, painted", ms(lineSummary.liteMs), `${ms(lineSummary.rawMs)} (raw Worker + uPlot)`, `${lineSummary.ratio.toFixed(2)}×`, `≤ ${TARGETS.lineFirstRenderMs} ms`, verdict(lineSummary.pass)],
  ["  main-thread CPU in it; longest task", `${ms(lineSummary.liteMainCpuMs)}; ${ms(lineSummary.liteLongestTaskMs)}`, `${ms(lineSummary.rawMainCpuMs)}; ${ms(lineSummary.rawLongestTaskMs)}`, "", "", ""],
  ["realtime 10k-point update: main-thread time", ms(liveSummary.liteCpuMs), `${ms(liveSummary.rawCpuMs)} (raw Worker + setData)`, `${liveSummary.ratio.toFixed(2)}×`, `≤ ${TARGETS.realtimeUpdateMs} ms`, verdict(liveSummary.pass)],
  ["  wall (busy); click → painted", `${ms(liveSummary.liteBusyMs)}; ${ms(liveSummary.litePaintedMs)}`, `${ms(liveSummary.rawBusyMs)}; ${ms(liveSummary.rawPaintedMs)}`, "", "", ""],
  ["LinePlot app: runtime files hello world does not load (gzip -9)", kb(bytesSummary.ownGzip), `${kb(bytesSummary.helloGzip)} (hello world)`, "", `≤ ${kb(TARGETS.plotExtraGzipBytes)}`, verdict(bytesSummary.pass)],
  ["  raw (uncompressed); whole app minus hello world (gzip)", `${kb(bytesSummary.ownRaw)}; ${kb(bytesSummary.extraGzip)}`, `${kb(hello.raw)}`, "", "", ""],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const fmt = (r) => r.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd();
console.log("");
console.log(fmt(rows[0]));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows.slice(1)) console.log(fmt(r));
console.log(`\n${N} samples each (fresh page each), medians; the scroll p95 is per sample, then the median of those.`);
console.log(`DataFrame first paint samples (ms): lite [${df.lite.map((r) => r.paintedMs.toFixed(1)).join(", ")}], raw [${df.raw.map((r) => r.paintedMs.toFixed(1)).join(", ")}]`);
console.log(
  `  DataFrame: first row in the DOM after ${ms(fp.liteDomMs)}, painted after ${ms(fp.liteMs)} (${fp.previewed ? "a preview of the first rows" : "the whole table"}), ${fp.rowsInDom} rows in the DOM; the whole table after ${ms(fp.liteWholeMs)}; the raw rows arrived after ${ms(fp.rawReceivedMs)} (medians)`,
);
console.log(`scroll p95 thread time per sample (ms): lite [${df.scrollLite.map((r) => r.cpuP95Ms.toFixed(1)).join(", ")}], raw [${df.scrollRaw.map((r) => r.cpuP95Ms.toFixed(1)).join(", ")}]; median frame ${ms(sc.liteCpuMedianMs)} vs ${ms(sc.rawCpuMedianMs)}; longest frame ${ms(sc.liteMaxCpuMs)} vs ${ms(sc.rawMaxCpuMs)}`);
console.log(`LinePlot samples (ms): lite [${line.lite.map((r) => r.paintedMs.toFixed(1)).join(", ")}], raw [${line.raw.map((r) => r.paintedMs.toFixed(1)).join(", ")}]; the view's own prepare → draw ${ms(lineSummary.liteViewRenderMs)}; raw rows arrived after ${ms(lineSummary.rawReceivedMs)}`);
console.log(`realtime main-thread ms per sample (median of ${TICKS}): lite [${live.lite.map((r) => r.cpuMs.toFixed(1)).join(", ")}], raw [${live.raw.map((r) => r.cpuMs.toFixed(1)).join(", ")}]; the view's prepare → draw ${ms(liveSummary.liteViewRenderMs)}`);
const fileLine = (f) => `  ${f.path.padEnd(44)} ${kb(f.raw).padStart(9)} raw  ${kb(f.gzip).padStart(8)} gzip`;
console.log(`\nbytes: hello world ${kb(hello.gzip)} gzip in ${hello.files.length} files; LinePlot app ${kb(plotApp.gzip)} in ${plotApp.files.length} files. Only the LinePlot app loaded:`);
for (const f of bytesSummary.onlyInPlot) console.log(fileLine(f));
if (bytesSummary.onlyInHello.length) {
  console.log("only hello world loaded:");
  for (const f of bytesSummary.onlyInHello) console.log(fileLine(f));
}
if (!bytesSummary.sawWorker) console.log("  WARNING: the worker script was not among the responses; the byte totals are low");
if (problems.length) {
  console.log(`\n${problems.length} problem(s) on the bench pages (first 10):`);
  for (const p of problems.slice(0, 10)) console.log(`  ${p.page}: ${p.kind}: ${p.text.slice(0, 300)}`);
}
console.log(`\n[bench:data] took ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${loadBefore.toFixed(2)} → ${loadavg()[0].toFixed(2)}`);

mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(
  join(ROOT, "bench/results/data-latest.json"),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      code: version,
      dist: DIST,
      chromium: browserVersion,
      cores: cpus().length,
      loadAverage: { before: loadBefore, after: loadavg()[0] },
      samples: N,
      targets: TARGETS,
      dataframe: dfSummary,
      lineplot: lineSummary,
      realtime: liveSummary,
      bytes: bytesSummary,
      problems,
    },
    null,
    2,
  )}\n`,
);
console.log("[bench:data] wrote bench/results/data-latest.json");
