import { readdirSync } from "node:fs";
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
