import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

const demos = readdirSync(fileURLToPath(new URL("../../demos/", import.meta.url)))
  .filter((f) => f.endsWith(".html"))
  .sort();

test("index.html links to every demo page", async ({ page, request }) => {
  expect(demos.length).toBeGreaterThan(0);
  await page.goto("index.html");
  for (const file of demos) {
    await expect(page.locator(`a[href="demos/${file}"]`), `a link to demos/${file}`).toHaveCount(1);
  }
  // ... and every demo link it has points at a page that exists.
  const hrefs = await page.locator('a[href^="demos/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

// Each demo's apps rendering (and no page errors) is checked by a11y.spec, in its one load of the page.

test("every demo page links back to the gallery, shows its code and has the favicon", async ({ request }) => {
  for (const file of demos) {
    const html = readFileSync(fileURLToPath(new URL(`../../demos/${file}`, import.meta.url)), "utf8");
    expect(html, file).toContain('<nav class="demo-nav" aria-label="Gallery"><a href="../index.html">');
    // Before lite.js: deferred scripts run in order, so it reads the code before the apps replace it.
    expect(html.indexOf('<script src="demo-page.js" defer></script>'), file).toBeGreaterThan(-1);
    expect(html.indexOf("demo-page.js"), file).toBeLessThan(html.indexOf("../dist/lite.js"));
    expect(html, file).toContain('<link rel="icon" href="../favicon.svg" type="image/svg+xml" />');
  }
  const icon = await request.get("favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("View code shows each app's source as written, and the way back works", async ({ page }) => {
  await page.goto("demos/hello-world.html");
  const code = page.locator("details.demo-code");
  await expect(code.locator("summary")).toHaveText("View code");
  await expect(code.locator("pre")).toBeHidden();
  await code.locator("summary").press("Enter");
  await expect(code.locator("pre")).toBeVisible();
  await expect(code.locator("pre")).toHaveText(/^function greet\(name\) \{\n  return "Hello, " \+ name \+ "!";\n\}\ngr\.Interface/);
  await page.goto("demos/errors.html");
  await expect(page.locator("details.demo-code summary")).toHaveText(/View code \(\d apps\)/);
  await page.getByRole("link", { name: "← All demos" }).click();
  await expect(page).toHaveURL(/\/index\.html$/);
});

test("the gallery's cards in one row are of equal height", async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("index.html");
    const boxes = await page.locator("#demos a").evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => ({ top: r.top, height: r.height })));
    const rows = new Map<number, number[]>();
    for (const b of boxes) rows.set(Math.round(b.top), [...(rows.get(Math.round(b.top)) ?? []), b.height]);
    if (width === 1280) expect(rows.size).toBeLessThan(boxes.length);
    for (const heights of rows.values()) expect(Math.max(...heights) - Math.min(...heights), `row heights at ${width} px`).toBeLessThan(1);
  }
});
