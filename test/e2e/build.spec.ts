// `gradio-lite build`: demos/pwa.html built into a folder, served under a
// sub-path from a temp folder, must run with nothing from outside that folder,
// and its service worker (beside the page) must keep it working offline.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { serve } from "../../scripts/serve.mjs";

test("a built site runs from a sub-path, self-contained, and offline", async ({ browser }) => {
  test.setTimeout(90_000);
  const root = mkdtempSync(join(tmpdir(), "gradio-lite-site-"));
  const site = join(root, "team/field-notes");
  const env = { ...process.env, GRADIO_LITE_DIST: resolve(process.env.DIST_DIR ?? "dist") };
  const log = execFileSync("node", ["bin/gradio-lite.mjs", "build", "demos/pwa.html", "--out", site], { env, encoding: "utf8" });
  expect(log).toMatch(/built .*field-notes: \d+ files, \d+ KB \(\d+ runtime files, 1 app prerendered, PWA\)/);
  // The gallery's icon sits above the page's folder: it comes into the site, and the page points at the copy.
  expect(readdirSync(site).sort()).toEqual(["assets", "demo-page.js", "demo.css", "favicon.svg", "gradio-lite", "gradio-lite-sw.js", "pwa-app.js", "pwa.html"]);
  // Only what this app can load: no chat, DataFrame, plots or SQLite.
  const shipped = readdirSync(join(site, "gradio-lite/assets"));
  expect(shipped.filter((f) => /^(chatbot|dataframe|native-plot|vega-plot|database-sqljs|sql-wasm)/.test(f))).toEqual([]);
  expect(shipped.length).toBeLessThan(readdirSync(resolve(process.env.DIST_DIR ?? "dist", "assets")).length);

  const server = await serve({ root, quiet: true });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const base = `${server.url}team/field-notes/`;
    const outside: string[] = [];
    context.on("request", (r) => void (r.url().startsWith("http") && !r.url().startsWith(base) && outside.push(r.url())));
    await page.goto(`${base}pwa.html`);
    await expect(page.locator("#species")).toContainText("12 penguins");
    await page.getByRole("textbox", { name: "Note" }).fill("built and served");
    await page.getByRole("button", { name: "Count words" }).click();
    await expect(page.getByRole("spinbutton", { name: "Words" })).toHaveValue("3");
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    expect(scope).toBe(base);
    expect(outside).toEqual([]);

    await server.close();
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator("#species")).toContainText("12 penguins");
    await page.getByRole("button", { name: "Count words" }).click();
    await expect(page.getByRole("spinbutton", { name: "Words" })).toHaveValue("3");
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
