// Finds a Chromium that Playwright can drive, and installs one when none is
// found. Playwright's own browser download has no network here, so Debian's
// package is the fallback (../shared/TOOLCHAIN.md).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  // Tests record from the microphone and webcam: a fake device, no permission prompt.
  "--use-fake-ui-for-media-stream",
  "--use-fake-device-for-media-stream",
];

function onPath(name) {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
}

function playwrightCache() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), ".cache", "ms-playwright");
  if (!existsSync(root)) return null;
  for (const dir of readdirSync(root).filter((d) => d.startsWith("chromium")).sort().reverse()) {
    for (const rel of ["chrome-linux/chrome", "chrome-linux64/chrome"]) {
      const path = join(root, dir, rel);
      if (existsSync(path)) return path;
    }
  }
  return null;
}

/**
 * The first working Chromium: CHROMIUM_PATH, Debian's headless shell, the
 * system's, then Playwright's cache. The headless shell is what Playwright
 * itself runs headless tests with: the full browser's headless mode costs
 * about twice the CPU (the e2e suite took 14.8 min with it, 7.1 with the
 * shell, on this 2-core machine).
 */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium-headless-shell",
    "/usr/bin/chromium",
    onPath("chromium"),
    onPath("chromium-browser"),
    onPath("google-chrome"),
    playwrightCache(),
  ];
  for (const path of candidates) {
    if (!path || !existsSync(path)) continue;
    const probe = spawnSync(path, ["--version", ...chromiumArgs], { encoding: "utf8", timeout: 20_000 });
    if (probe.status === 0) return path;
  }
  return null;
}

function tryRun(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: "inherit", timeout: 600_000 });
    return true;
  } catch {
    return false;
  }
}

/** Installs Debian's headless shell as root when apt can; false when it cannot (not fatal: the full browser runs the tests too, slower). */
function installHeadlessShell() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !onPath("apt-get")) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => {
    try {
      execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium-headless-shell"], { stdio: "inherit", env, timeout: 300_000 });
      return true;
    } catch {
      return false;
    }
  };
  console.log("[chromium] installing Debian's chromium-headless-shell (half the CPU of the full browser's headless mode)");
  return install() || (tryRun("apt-get", ["update"]) && install());
}

/** Returns a Chromium path, installing Playwright's or Debian's build when none exists. */
export function ensureChromium() {
  let path = findChromium();
  if (path && !process.env.CHROMIUM_PATH && !path.endsWith("headless-shell") && installHeadlessShell()) path = findChromium();
  if (path) return path;
  console.log("[chromium] none found; trying `npx playwright install chromium`");
  tryRun("npx", ["playwright", "install", "chromium"]);
  path = findChromium();
  if (path) return path;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && onPath("apt-get")) {
    console.log("[chromium] installing Debian's chromium with apt-get");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-dejavu-core"], {
      stdio: "inherit",
      env,
    });
    installHeadlessShell();
    path = findChromium();
  }
  if (!path) {
    throw new Error(
      "No Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.",
    );
  }
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
