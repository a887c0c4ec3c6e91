// Issue #13's look, measured: Groups as Gradio draws them, rows that wrap on
// a phone, a Sidebar toggle that covers nothing, and dark mode that fills the
// app's space. (Every demo's overflow and overlap at 390 px: a11y.spec.ts.)
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openDemo } from "./helpers.ts";

type Box = { x: number; y: number; width: number; height: number };
const box = async (l: Locator): Promise<Box> => (await l.boundingBox())!;
const css = (l: Locator, property: string) => l.evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), property);

/** WCAG's contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test.describe("a Group (demos/client-functions.html)", () => {
  const group = (page: Page, id: string) => page.locator(`#${id}`);

  test("joins a Row's blocks with 1 px hairlines; its buttons fill the row's height, without radius", async ({ page }) => {
    await openDemo(page, "demos/client-functions.html");
    const fields = group(page, "sentence").locator(".gr-row").first().locator(":scope > .gr-block");
    const [subject, verb] = [await box(fields.nth(0)), await box(fields.nth(1))];
    expect(Math.round(verb.x - (subject.x + subject.width))).toBe(1);
    const buttons = group(page, "sentence").locator(".gr-row").nth(1).getByRole("button");
    await expect(buttons).toHaveCount(4);
    const row = await box(group(page, "sentence").locator(".gr-row").nth(1));
    for (const b of await buttons.all()) {
      // At 1280 px the last button's label takes two lines; the others stretch to it.
      expect((await box(b)).height).toBe(row.height);
      expect(await css(b, "border-top-left-radius")).toBe("0px");
    }
    // The row below the fields starts one hairline lower. Both measured together, once layout has settled
    // (CI once read the row before a field finished growing).
    const gap = async () => {
      const fieldsBottom = Math.max(...(await Promise.all((await fields.all()).map(async (f) => (await box(f)).y + (await box(f)).height))));
      return Math.round((await box(group(page, "sentence").locator(".gr-row").nth(1))).y - fieldsBottom);
    };
    await expect.poll(gap).toBe(1);
  });

  test("gives a Markdown the block's background and padding", async ({ page }) => {
    await openDemo(page, "demos/client-functions.html");
    const markdown = group(page, "hide").locator(".gr-markdown");
    const textbox = group(page, "sentence").locator(".gr-textbox").first();
    expect(await css(markdown, "background-color")).toBe(await css(textbox, "background-color"));
    expect(await css(markdown, "padding")).toBe(await css(textbox, "padding"));
  });

  test("in dark mode, a secondary button stands out from the group's hairline colour", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openDemo(page, "demos/client-functions.html");
    const button = group(page, "busy").getByRole("button", { name: "Keep the worker busy for 3 s" });
    const hairline = await css(group(page, "busy"), "background-color");
    expect(contrast(await css(button, "background-color"), hairline)).toBeGreaterThan(1.3);
    // And its text stays readable (axe checks it too).
    expect(contrast(await css(button, "background-color"), await css(button, "color"))).toBeGreaterThan(4.5);
  });
});

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a Row's blocks keep Gradio's 160 px minimum and wrap; the Sidebar toggle covers nothing", async ({ page }) => {
    await openDemo(page, "demos/layout.html");
    const row = page.locator("#layout-app .gr-row").first();
    const blocks = await row.locator(":scope > *").all();
    expect(blocks.length).toBe(3);
    for (const b of blocks) expect((await box(b)).width).toBeGreaterThanOrEqual(160);
    // Three blocks of 160 px or more do not fit 326 px: they take more than one line.
    const tops = new Set(await Promise.all(blocks.map(async (b) => Math.round((await box(b)).y))));
    expect(tops.size).toBeGreaterThan(1);

    const toggle = page.getByRole("button", { name: "Open sidebar" });
    const covered = await toggle.evaluate((t) => {
      const r = t.getBoundingClientRect();
      return [...document.body.querySelectorAll("*")]
        .filter((e) => !e.contains(t) && !t.contains(e) && e.getClientRects().length > 0)
        .filter((e) => {
          const o = e.getBoundingClientRect();
          return Math.min(r.right, o.right) - Math.max(r.left, o.left) > 0 && Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top) > 0;
        })
        .map((e) => e.tagName.toLowerCase() + [...e.classList].map((c) => `.${c}`).join(""));
    });
    expect(covered).toEqual([]);
  });
});

test.describe("dark mode (demos/hello-world.html)", () => {
  test("the app paints its element edge to edge, with no inset slab, and sets its own color-scheme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openDemo(page, "demos/hello-world.html");
    const element = page.locator("gradio-lite");
    const container = element.locator(".gradio-container");
    expect(await box(container)).toEqual(await box(element));
    expect(await css(container, "border-top-left-radius")).toBe("0px");
    expect(await css(container, "background-color")).toBe("rgb(11, 15, 25)");
    expect(await css(container, "color-scheme")).toBe("dark");
  });

  test("with the one line of page CSS from docs/getting-started.md, the app fills the page", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 390, height: 844 });
    await openDemo(page, "demos/hello-world.html");
    // The docs' line is for a page that is only the app: the gallery's own page style, link back and code go first.
    await page.evaluate(() => document.querySelectorAll('link[href="demo.css"], .demo-nav, .demo-code').forEach((e) => e.remove()));
    await page.addStyleTag({ content: "body { margin: 0 } gradio-lite { min-height: 100vh }" });
    expect(await box(page.locator(".gradio-container"))).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  });
});
