// Screenshots of every demo for review (issue #13): 1280 and 390 px wide,
// light and dark, full page, into shots/ (gitignored). Builds nothing: run
// `npm run build` first (or set DIST_DIR to test another build).
//
//   npm run shots                      every demo
//   npm run shots -- layout form       only demos whose file name contains a word
//
// One page load per demo and width; the scheme switches with emulateMedia, as
// test/e2e/a11y.spec.ts does, so dark costs no second load.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { chromium } from "playwright";
import { chromiumArgs, ensureChromium } from "./chromium.mjs";
import { serve } from "./serve.mjs";

const WIDTHS = [1280, 390];
const SCHEMES = ["light", "dark"];
const OUT = "shots";

const words = process.argv.slice(2);
const demos = readdirSync("demos")
  .filter((f) => f.endsWith(".html") && (!words.length || words.some((w) => f.includes(w))))
  .sort();

/** The `<gradio-lite>` elements of a demo that are meant to render (as the a11y spec counts them). */
function appsToRender(file) {
  const tags = readFileSync(`demos/${file}`, "utf8").match(/<gradio-lite\b[^>]*>/g) ?? [];
  return tags.filter((t) => !t.includes("data-deliberate-error")).length;
}

mkdirSync(OUT, { recursive: true });
const server = await serve({ port: 0, quiet: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });

async function shoot(file, width) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.addInitScript(() => {
    window.__rendered = new Set();
    document.addEventListener("render", (e) => window.__rendered.add(e.target), true);
  });
  await page.goto(`${server.url}demos/${file}`);
  // An app far below the fold starts only when it nears the viewport (ui/start-when-near.ts): bring each near once.
  await page.waitForFunction(() => [...document.querySelectorAll("gradio-lite")].every((el) => el.querySelector(":scope > .gradio-container")));
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll("gradio-lite")) {
      el.scrollIntoView({ block: "center" });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    scrollTo(0, 0);
  });
  const count = appsToRender(file);
  await page
    .waitForFunction((n) => window.__rendered.size >= n, count, { timeout: 60_000 })
    .catch(() => console.warn(`${file}: not every app rendered in 60 s; shot anyway`));
  // Lazy views, fonts and plots settle.
  await page.waitForTimeout(800);
  const name = file.replace(/\.html$/, "");
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(150);
    // A long page on a busy machine takes a while to capture.
    await page.screenshot({ path: `${OUT}/${name}-${width}-${scheme}.png`, fullPage: true, timeout: 120_000 });
  }
  await page.close();
}

// Two at a time: the machine running this is usually shared.
const jobs = demos.flatMap((file) => WIDTHS.map((width) => [file, width]));
async function worker() {
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    await shoot(...job).catch((e) => console.error(`${job[0]} @${job[1]}: ${e.message}`));
  }
}
await Promise.all([worker(), worker()]);
await browser.close();
await server.close();
console.log(`${demos.length * WIDTHS.length * SCHEMES.length} screenshots in ${OUT}/`);
