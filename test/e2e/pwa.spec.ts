// demos/pwa.html: launch({ pwa: true }) in Chromium with a real service
// worker. The site is served from a temp folder by a server this spec owns,
// so "offline" is the server gone as well as the context offline, and a
// new version is the app's code changed on disk.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { serve } from "../../scripts/serve.mjs";

const DIST = resolve(process.env.DIST_DIR ?? "dist");

/** demos/pwa.html and its files as a site: /demos/… and /dist/ (the service worker goes at the root, the folder holding both). */
function makeSite(): string {
  const root = mkdtempSync(join(tmpdir(), "gradio-lite-pwa-"));
  mkdirSync(join(root, "demos/assets"), { recursive: true });
  for (const file of ["pwa.html", "pwa-app.js", "demo.css", "assets/penguins.csv", "assets/star.svg"]) cpSync(join("demos", file), join(root, "demos", file));
  symlinkSync(DIST, join(root, "dist"));
  // scripts/serve.mjs maps /dist/ to DIST_DIR's folder when it is set (a parallel build): it is there too.
  const named = process.env.DIST_DIR;
  if (named && !named.includes("/") && named !== "dist") symlinkSync(DIST, join(root, named));
  return root;
}

async function rendered(page: Page): Promise<void> {
  await expect(page.locator("#species")).toContainText("12 penguins");
}

test("works offline after one visit, keeps its files and BrowserState, and offers a new version", async ({ browser }) => {
  test.setTimeout(90_000); // three visits and a service worker installed twice
  const root = makeSite();
  let server = await serve({ root, quiet: true });
  const port = Number(new URL(server.url).port);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on("console", (m) => void (m.type() === "warning" && warnings.push(m.text())));
    await page.goto(`${server.url}demos/pwa.html`);
    await rendered(page);
    // The first visit installs the service worker; it precaches what the page and the worker loaded.
    const script = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active!.scriptURL));
    const list = decodeURIComponent(script);
    for (const file of ["demos/pwa.html", "demos/pwa-app.js", "demos/assets/penguins.csv", "dist/lite.js"]) expect(list).toContain(`"${file}"`);
    expect(list).toMatch(/"dist\/assets\/entry-[\w-]{8}\.js",null/); // the app's worker
    expect(warnings.filter((w) => w.includes("gradio-lite"))).toEqual([]);

    // The manifest: name from the title, standalone, the theme's colour, icons drawn from the favicon.
    const cdp = await context.newCDPSession(page);
    const { url: manifestUrl } = await cdp.send("Page.getAppManifest");
    const manifest = JSON.parse(decodeURIComponent(manifestUrl.slice(manifestUrl.indexOf(",") + 1)));
    expect(manifest).toMatchObject({ name: "Field notes", display: "standalone", theme_color: "#f97316", start_url: `${server.url}demos/pwa.html` });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(["192x192", "512x512"]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", `${server.url}demos/assets/star.svg`);

    // The network off: the page, the runtime, the code and the <gradio-file> come from the cache.
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await rendered(page);
    const note = page.getByRole("textbox", { name: "Note" });
    await note.fill("two penguins and a seal");
    await page.getByRole("button", { name: "Count words" }).click();
    await expect(page.getByRole("spinbutton", { name: "Words" })).toHaveValue("5");
    await page.getByLabel("Attachment").setInputFiles({ name: "sighting.txt", mimeType: "text/plain", buffer: Buffer.from("Adelie at dawn") });
    await expect(page.getByRole("link", { name: /sighting\.txt/ })).toBeVisible();
    await page.reload();
    await rendered(page);
    await expect(note).toHaveValue("two penguins and a seal");
    await expect(page.getByRole("link", { name: /sighting\.txt/ })).toBeVisible();

    // A new version of the app's code: the next visit offers it, and a reload runs it.
    const app = join(root, "demos/pwa-app.js");
    writeFileSync(app, readFileSync(app, "utf8").replace('gr.Button("Count words"', 'gr.Button("Count the words"'));
    server = await serve({ root, port, quiet: true });
    await context.setOffline(false);
    await page.reload();
    await rendered(page);
    const toast = page.locator(".gr-toast", { hasText: "Update available" });
    await expect(toast).toBeVisible();
    await expect(page.getByRole("button", { name: "Count words" })).toBeVisible(); // still the cached version
    await toast.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByRole("button", { name: "Count the words" })).toBeVisible();
    await expect(note).toHaveValue("two penguins and a seal");
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test("a page whose service worker file is missing says so once, with the fix, and the app runs", async ({ browser }) => {
  const root = makeSite();
  // Page and runtime in /x/: the file belongs in /x/, where there is none.
  mkdirSync(join(root, "x"));
  symlinkSync(DIST, join(root, "x/dist"));
  for (const file of ["pwa-app.js", "assets"]) symlinkSync(join(root, "demos", file), join(root, "x", file));
  const html = readFileSync(join(root, "demos/pwa.html"), "utf8").replace("../dist/lite.js", "dist/lite.js").replace(/<gradio-lite src[\s\S]*<\/gradio-lite>/, '<gradio-lite src="pwa-app.js"></gradio-lite>');
  writeFileSync(join(root, "x/index.html"), html.replace("<gradio-lite", '<gradio-lite src="pwa-app.js" id="second"></gradio-lite>\n<gradio-lite'));
  const server = await serve({ root, quiet: true });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on("console", (m) => void (m.type() === "warning" && m.text().startsWith("gradio-lite") && warnings.push(m.text())));
    await page.goto(`${server.url}x/`);
    // Two PWA apps on the page, one message.
    await expect(page.getByRole("button", { name: "Count words" })).toHaveCount(2);
    await expect.poll(() => warnings.length).toBe(1);
    expect(warnings[0]).toContain(`there is no service worker at ${server.url}x/gradio-lite-sw.js`);
    expect(warnings[0]).toContain("Copy node_modules/gradio-lite/dist/gradio-lite-sw.js into /x/");
    await page.getByRole("textbox", { name: "Note" }).first().fill("still works");
    await page.getByRole("button", { name: "Count words" }).first().click();
    await expect(page.getByRole("spinbutton", { name: "Words" }).first()).toHaveValue("2");
    await page.waitForTimeout(300);
    expect(warnings).toHaveLength(1);
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
