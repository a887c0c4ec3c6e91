import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { collectPageErrors, recordRenders, renderedCount } from "./helpers.ts";

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

for (const file of demos) {
  test(`demos/${file} loads and every app without a deliberate error renders`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await recordRenders(page);
    await page.goto("index.html");
    await page.locator(`a[href="demos/${file}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/demos/${file.replace(".", "\\.")}$`));
    const apps = page.locator("gradio-lite");
    const expected = await page.locator("gradio-lite:not([data-deliberate-error])").count();
    expect(await apps.count()).toBeGreaterThan(0);
    await expect.poll(() => renderedCount(page), { message: `render events on ${file}` }).toBe(expected);
    // Only the deliberately broken apps show a load error.
    await expect(page.locator("gradio-lite[data-deliberate-error] .gr-load-error")).toHaveCount(
      await page.locator("gradio-lite[data-deliberate-error]").count(),
    );
    await expect(page.locator("gradio-lite:not([data-deliberate-error]) .gr-load-error")).toHaveCount(0);
    expect(await renderedCount(page), "no app fired render twice or late").toBe(expected);
    expect(errors).toEqual([]);
  });
}
