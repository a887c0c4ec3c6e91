import { expect, test, type Page } from "@playwright/test";
import { openDemo, renderedCount } from "./helpers.ts";

/** Relative luminance (0 black … 1 white) of an element's background colour. */
async function backgroundLuminance(page: Page, selector: string): Promise<number> {
  const color = await page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function addApp(page: Page, id: string, theme: string | null) {
  await page.evaluate(
    ({ id, theme }) => {
      const el = document.createElement("gradio-lite");
      el.id = id;
      if (theme) el.setAttribute("theme", theme);
      el.textContent = 'gr.Interface({ fn: (x) => x, inputs: "textbox", outputs: "textbox" }).launch();';
      document.body.append(el);
    },
    { id, theme },
  );
}

test("theme=\"dark\" gives a dark container; an element without it stays light", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openDemo(page, "demos/hello-world.html");
  await addApp(page, "dark-app", "dark");
  await expect.poll(() => renderedCount(page)).toBe(2);
  expect(await backgroundLuminance(page, "#dark-app > .gradio-container")).toBeLessThan(0.05);
  expect(await backgroundLuminance(page, "gradio-lite:not([id]) > .gradio-container")).toBeGreaterThan(0.8);
  // Text stays readable on the dark background.
  const textColor = await page.locator("#dark-app .gr-block-label").first().evaluate((el) => getComputedStyle(el).color);
  expect(textColor).not.toBe("rgb(31, 41, 55)");
});

test("a dark colour scheme darkens an element without a theme attribute; theme=\"light\" keeps it light", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openDemo(page, "demos/hello-world.html");
  expect(await backgroundLuminance(page, "gradio-lite > .gradio-container")).toBeLessThan(0.05);
  await addApp(page, "light-app", "light");
  await expect.poll(() => renderedCount(page)).toBe(2);
  expect(await backgroundLuminance(page, "#light-app > .gradio-container")).toBeGreaterThan(0.8);
  // Switching the scheme back lightens the unthemed element live.
  await page.emulateMedia({ colorScheme: "light" });
  expect(await backgroundLuminance(page, "gradio-lite:not([id]) > .gradio-container")).toBeGreaterThan(0.8);
});
