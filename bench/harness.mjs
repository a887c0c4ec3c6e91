// What bench/run.mjs and bench/data.mjs share: which code was measured, a
// Chromium launched without the harness's own CPU noise, a record of page
// problems, and waiting for a quiet machine before a sample.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { chromium } from "playwright";
import { chromiumArgs } from "../scripts/chromium.mjs";

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export const ms = (n) => `${n.toFixed(1)} ms`;
export const verdict = (ok) => (ok ? "PASS" : "MISS");

/** Which code was measured: the commit, and whether src/ worker/ ui/ differ from it (read-only git calls). */
export function codeVersion(root) {
  const git = (...args) => {
    try {
      return execFileSync("git", ["--no-optional-locks", ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return null;
    }
  };
  const commit = git("rev-parse", "--short", "HEAD");
  const changed = git("status", "--porcelain", "--", "src", "worker", "ui");
  return { commit, uncommittedChanges: changed === null ? null : changed.length > 0 };
}

/**
 * Headless Chromium 156 builds the full browser UI, and every new context's
 * window starts a "top-chrome WebUI" renderer (the omnibox popup) that burns
 * 0.5-1 s of CPU right while the page under test loads. On a 2-core machine
 * that is most of a core taken from the page (traced: ~850 ms busy in the
 * first 500 ms). It is the harness, not the page: a user's browser has its
 * window open already. So the bench turns those features off.
 *
 * Chromium honours one --disable-features switch; Playwright passes its own
 * list, so ours must repeat it: read it from a throwaway launch's command line.
 */
const NO_WEBUI = ["WebUIOmniboxPopup", "WebUIOmniboxFullPopup", "WebUIOmniboxAimPopup", "PreloadTopChromeWebUI"];
export async function launchArgs(executablePath) {
  const marker = `--bench-marker=${process.pid}-${Date.now()}`;
  const probe = await chromium.launch({ executablePath, args: [...chromiumArgs, marker] });
  let defaults = [];
  try {
    for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      let cmd;
      try {
        cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      } catch {
        continue;
      }
      if (!cmd.includes(marker)) continue;
      defaults = cmd.filter((a) => a.startsWith("--disable-features=")).flatMap((a) => a.slice(19).split(","));
      break;
    }
  } catch {
    // Not Linux: keep Playwright's defaults.
  } finally {
    await probe.close();
  }
  const features = [...new Set([...defaults, ...NO_WEBUI])].filter(Boolean);
  return [...chromiumArgs, `--disable-features=${features.join(",")}`];
}

/** The browser the benchmarks run in. */
export async function launchBrowser(executablePath) {
  return chromium.launch({ executablePath, args: await launchArgs(executablePath) });
}

/** Console errors/warnings, uncaught errors and failed requests, per page, for the report. */
export function pageProblems() {
  const problems = [];
  function watch(page, label) {
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push({ page: label, kind: `console.${m.type()}`, text: m.text() });
    });
    page.on("pageerror", (e) => problems.push({ page: label, kind: "pageerror", text: String(e?.stack ?? e) }));
    page.on("requestfailed", (r) => problems.push({ page: label, kind: "requestfailed", text: `${r.url()} ${r.failure()?.errorText}` }));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push({ page: label, kind: `http ${r.status()}`, text: r.url() });
    });
  }
  return { problems, watch };
}

/** Fraction of CPU time idle over `ms`, from /proc/stat (null off Linux). */
export async function cpuIdle(ms = 250) {
  const read = () => {
    try {
      const f = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
      return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  return a && b && b.total > a.total ? (b.idle - a.idle) / (b.total - a.total) : null;
}

/**
 * Waits (up to `maxMs`) for the machine to be mostly idle before a sample:
 * other work on a shared box (tests, builds) otherwise lands in random
 * samples. Returns the idle fraction seen last, for the report.
 */
export async function quietGate(maxMs = 3000, want = 0.6) {
  const until = Date.now() + maxMs;
  let idle = await cpuIdle();
  while (idle !== null && idle < want && Date.now() < until) idle = await cpuIdle();
  return idle;
}
