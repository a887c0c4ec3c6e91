import { fileURLToPath } from "node:url";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openForEachTest, pixel } from "./helpers.ts";

const QUADRANTS = fileURLToPath(new URL("../../demos/assets/quadrants.png", import.meta.url));
const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not laid out");
  return b;
}

test.describe("controlling layout: the guide's demos", () => {
  openForEachTest("demos/layout-guide.html", 6);

  test("columns nested in a row: scale 2 is twice as wide as scale 1; on a phone they stack", async ({ page }) => {
    const a = app(page, "columns-app");
    for (const label of ["t1", "s2", "d3"]) await expect(a.getByLabel(label, { exact: true })).toBeVisible();
    await expect(a.getByRole("textbox", { name: "prompt 1" })).toHaveCount(2);
    await expect(a.getByRole("img")).toBeVisible();
    const narrow = a.locator("#narrow-column");
    const wide = a.locator("#wide-column");
    await expect(narrow.getByRole("button", { name: "Between" })).toBeVisible();
    await expect(wide.getByRole("button", { name: "Go" })).toBeVisible();
    const [n, w] = [await box(narrow), await box(wide)];
    expect(Math.abs(n.y - w.y)).toBeLessThan(2);
    expect(w.width / n.width).toBeGreaterThan(1.85);
    expect(w.width / n.width).toBeLessThan(2.15);
    // Less than 2 × minWidth (300) of room: the columns wrap, one above the other.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await box(wide)).y >= (await box(narrow)).y + (await box(narrow)).height - 1).toBe(true);
  });

  test("consecutive gr.Tab blocks form one tab set; each tab's listener works; the accordion opens", async ({ page }) => {
    const a = app(page, "flipper-app");
    await expect(a.getByRole("tablist")).toHaveCount(1);
    await expect(a.getByRole("tab")).toHaveText(["Flip Text", "Flip Image"]);
    await expect(a.getByRole("tab", { name: "Flip Text" })).toHaveAttribute("aria-selected", "true");
    const panel = a.getByRole("tabpanel");
    await panel.getByRole("textbox").first().fill("stressed");
    await panel.getByRole("button", { name: "Flip" }).click();
    await expect(panel.getByRole("textbox").nth(1)).toHaveValue("desserts");

    // The other tab, from the keyboard.
    await a.getByRole("tab", { name: "Flip Text" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(a.getByRole("tab", { name: "Flip Image" })).toHaveAttribute("aria-selected", "true");
    await expect(panel.getByRole("textbox")).toHaveCount(0);
    const choosing = page.waitForEvent("filechooser");
    // The drop zone's file input covers it: a click there opens the file chooser.
    await panel.getByText("Drop an image here, or click to choose").first().click({ force: true });
    await (await choosing).setFiles(QUADRANTS);
    // The upload is stored in the worker first: flip once the picture shows.
    await expect.poll(() => panel.getByRole("img").first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 }).toBe(40);
    await panel.getByRole("button", { name: "Flip" }).click();
    const flipped = panel.getByRole("img").nth(1);
    await expect.poll(() => flipped.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(40);
    // Red | green over blue | white, mirrored left to right: green | red over white | blue.
    expect(await pixel(flipped, 10, 10)).toEqual([0, 255, 0, 255]);
    expect(await pixel(flipped, 30, 10)).toEqual([255, 0, 0, 255]);
    expect(await pixel(flipped, 10, 30)).toEqual([255, 255, 255, 255]);
    expect(await pixel(flipped, 30, 30)).toEqual([0, 0, 255, 255]);

    const accordion = a.getByRole("button", { name: "Open for More!" });
    await expect(accordion).toHaveAttribute("aria-expanded", "false");
    await expect(a.getByText("Look at me...")).toBeHidden();
    await accordion.click();
    await expect(accordion).toHaveAttribute("aria-expanded", "true");
    await expect(a.getByText("Look at me...")).toBeVisible();
    await expect(a.getByRole("slider", { name: "Slide me" })).toHaveValue("0.1");
  });

  test("a listener shows the hidden results column and hides its own button", async ({ page }) => {
    const a = app(page, "form-app");
    await expect(a.getByRole("textbox", { name: "Diagnosis" })).toHaveCount(0);
    await expect(a.getByRole("textbox", { name: "Patient Summary" })).toHaveCount(0);
    await a.getByRole("textbox", { name: "Name" }).fill("Ada");
    await a.getByLabel("Age").fill("36");
    await a.getByRole("checkbox", { name: "Cough" }).check();
    await a.getByRole("button", { name: "Submit" }).click();
    await expect(a.getByRole("textbox", { name: "Diagnosis" })).toHaveValue("covid");
    await expect(a.getByRole("textbox", { name: "Patient Summary" })).toHaveValue("Ada, 36 y/o");
    await expect(a.getByRole("button", { name: "Submit" })).toHaveCount(0);
  });

  test("height and width: numbers are pixels, strings are CSS lengths", async ({ page }) => {
    const a = app(page, "dimensions-app");
    const viewport = page.viewportSize()!;
    expect(Math.round((await box(a.locator("#half-width"))).width)).toBe(Math.round(viewport.width / 2));
    expect(Math.round((await box(a.locator("#pixels-wide"))).width)).toBe(240);
    await expect(a.getByRole("img", { name: "width: 240" })).toBeVisible();
    await expect(a.getByRole("heading", { name: "height: 120" })).toBeVisible();
    expect(Math.round((await box(a.locator("#pixels-high"))).height)).toBe(120);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => Math.round((await box(a.locator("#half-width"))).width)).toBe(195);
  });

  test("a textbox defined before the Blocks is placed by render(), after the gr.Examples that fill it", async ({ page }) => {
    const a = app(page, "render-app");
    const greeting = a.getByRole("textbox", { name: "Greeting" });
    expect((await box(greeting)).y).toBeGreaterThan((await box(a.getByText("bonjour"))).y);
    await expect(a.getByText("Examples")).toBeVisible();
    await a.getByText("bonjour").click();
    await expect(greeting).toHaveValue("bonjour");
    // Keyboard: an example is a tab stop that Enter picks.
    await a.locator("tr", { hasText: "merhaba" }).focus();
    await page.keyboard.press("Enter");
    await expect(greeting).toHaveValue("merhaba");
  });

  test("unrender() and render() move the first column's textbox to the third", async ({ page }) => {
    const a = app(page, "unrender-app");
    await expect(a.getByRole("textbox")).toHaveCount(1);
    const textbox = await box(a.getByRole("textbox"));
    const [row2, row3] = [await box(a.getByText("Row 2")), await box(a.getByText("Row 3"))];
    expect(textbox.x).toBeGreaterThan(row2.x + row2.width);
    expect(Math.abs(textbox.x - row3.x)).toBeLessThan(24);
    expect(textbox.y).toBeGreaterThan(row3.y);
  });
});
