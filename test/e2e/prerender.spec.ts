// `gradio-lite build` prerenders each app's first view into the page
// (bin/prerender.mjs): a visitor sees the app before any script runs, and
// the app then renders over that HTML in place, with no jump, and works.
// An app that cannot run at build time is left to render in the browser.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { serve } from "../../scripts/serve.mjs";

const APP = `
  gr.Blocks({ theme: gr.themes.Soft() }, () => {
    gr.Markdown("# Tip calculator\\nSplit a bill between friends.");
    gr.Row(() => {
      const bill = gr.Number({ label: "Bill", value: 120 });
      const people = gr.Slider(1, 10, { value: 4, step: 1, label: "People" });
      const each = gr.Textbox({ label: "Each pays" });
      gr.Button("Split", { variant: "primary" }).click((b, p) => (b / p).toFixed(2), [bill, people], each);
    });
    gr.Accordion("How it works", { open: false }, () => gr.HTML("<b>Bill</b> divided by people.<img src=data:, onerror=window.pwned=1>"));
  }).launch();`;

// Fetches a file beside the page at load: at build time (in Node) that is a file: URL, which fetch refuses, so it is not prerendered.
const FETCHING = `
  const text = await (await fetch(new URL("motd.txt", import.meta.url))).text();
  gr.Blocks(() => gr.Markdown(text)).launch();`;

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Tips</title><link rel="icon" href="data:,">
<script type="module" src="../node_modules/gradio-lite/dist/lite.js"></script></head>
<body><main><gradio-lite id="tips">${APP}</gradio-lite><gradio-lite id="motd">${FETCHING}</gradio-lite></main></body></html>`;

test("the built page shows its app before any script runs, then the app renders over it in place", async ({ browser }) => {
  test.setTimeout(90_000);
  const root = mkdtempSync(join(tmpdir(), "gradio-lite-prerender-"));
  writeFileSync(join(root, "index.html"), PAGE);
  writeFileSync(join(root, "motd.txt"), "Fresh from the server");
  const env = { ...process.env, GRADIO_LITE_DIST: resolve(process.env.DIST_DIR ?? "dist") };
  const log = execFileSync("node", ["bin/gradio-lite.mjs", "build", join(root, "index.html"), "--out", join(root, "site")], { env, encoding: "utf8", stdio: "pipe" });
  expect(log).toMatch(/1 app prerendered/);
  const html = readFileSync(join(root, "site/index.html"), "utf8");
  expect(html).toContain("data-prerendered");
  expect(html).toContain("<h1>Tip calculator</h1>");
  // Values are data: HTML is sanitized at build time as on the page.
  expect(html).toContain('<b>Bill</b> divided by people.<img src="data:,">');
  expect(html.slice(html.indexOf('data-prerendered=""'))).not.toContain("onerror");

  const server = await serve({ root: join(root, "site"), quiet: true });
  try {
    // No script at all: the first app is there, themed, its controls in place; the second holds its space.
    const still = await browser.newContext({ javaScriptEnabled: false });
    const before = await still.newPage();
    await before.goto(`${server.url}index.html`);
    await expect(before.getByRole("heading", { name: "Tip calculator" })).toBeVisible();
    await expect(before.getByRole("spinbutton", { name: "Bill" })).toHaveValue("120");
    await expect(before.getByRole("button", { name: "Split" })).toBeVisible();
    await expect(before.locator("#tips [data-prerendered]")).toHaveAttribute("data-theme", /soft/);
    await expect(before.locator("#motd")).not.toContainText("Fresh");
    const split = await before.getByRole("button", { name: "Split" }).boundingBox();
    await still.close();

    // With scripts: the same nodes become the running app (a node marked before the runtime ran is the one in use), not a jump.
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    await page.addInitScript(() =>
      document.addEventListener("readystatechange", () => {
        const button = [...document.querySelectorAll("#tips button")].find((b) => b.textContent === "Split");
        if (document.readyState === "interactive" && button) Object.assign(button, { fromBuild: true });
      }),
    );
    // The runtime's script waits until the visitor has typed into the prerendered app: what they typed is kept.
    let release = () => {};
    const held = new Promise<void>((go) => (release = go));
    await page.route("**/lite.js", async (route) => (await held, route.continue()));
    await page.goto(`${server.url}index.html`, { waitUntil: "commit" });
    await page.getByRole("spinbutton", { name: "Bill" }).fill("90");
    release();
    await expect(page.locator("#motd")).toContainText("Fresh from the server");
    await expect(page.locator("#tips [data-prerendered]")).toHaveCount(0);
    await page.getByRole("slider", { name: "People" }).fill("3");
    await page.getByRole("button", { name: "Split" }).click();
    await expect(page.getByRole("textbox", { name: "Each pays" })).toHaveValue("30.00");
    expect(await page.getByRole("button", { name: "Split" }).evaluate((b) => "fromBuild" in b)).toBe(true);
    await expect(page.locator("#tips .gr-app")).toHaveCount(1);
    const after = await page.getByRole("button", { name: "Split" }).boundingBox();
    expect(Math.abs(after!.y - split!.y)).toBeLessThanOrEqual(2);
    expect(Math.abs(after!.x - split!.x)).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => "pwned" in window)).toBe(false);
    await context.close();
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
