// The custom components demo: an app's own PDF component (Gradio's tutorial,
// pdf.js drawing its pages) and a star rating, each a worker class and a view module.
import { expect, test, type Page } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { collectPageErrors, openDemo } from "./helpers.ts";

const SAMPLE = fileURLToPath(new URL("../../demos/assets/sample.pdf", import.meta.url));
const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);

test("the PDF component uploads, pages through, passes through its handler, and takes a path example; the rating sets, keys and takes values", async ({ page }) => {
  const errors = collectPageErrors(page);
  await openDemo(page, "demos/custom-components.html", 2);
  const pdf = app(page, "pdf");
  const input = pdf.locator(".gr-custom-view").first();
  const output = pdf.locator(".gr-custom-view").nth(1);

  // Upload through the view's own button: the file goes to the app's cache and becomes the value.
  const chooser = page.waitForEvent("filechooser");
  await input.getByRole("button", { name: "Upload a PDF" }).click();
  await (await chooser).setFiles(SAMPLE);
  await expect(input.getByText("Page 1 of 3")).toBeVisible();
  await input.getByRole("button", { name: "Next page" }).click();
  await expect(input.getByText("Page 2 of 3")).toBeVisible();
  await expect(input.getByRole("img", { name: "Page 2 of 3 of sample.pdf" })).toBeVisible();
  // A drawn page has ink on it (pdf.js ran), not a blank canvas.
  const inked = await input.locator("canvas").evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 128) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(100);

  // preprocess gives the handler a Blob; the Blob it returns is stored again for the output.
  await expect(output.getByText("No PDF")).toBeVisible();
  await pdf.getByRole("button", { name: "Submit" }).click();
  await expect(output.getByText("Page 1 of 3")).toBeVisible();

  // Clear, then the example: a path, stored in the cache when clicked.
  await pdf.getByRole("button", { name: "Clear" }).click();
  await expect(input.getByRole("button", { name: "Upload a PDF" })).toBeVisible();
  await pdf.getByText("assets/sample.pdf").click();
  await expect(input.getByText("Page 1 of 3")).toBeVisible();

  const rating = app(page, "rating");
  const star = (n: number) => rating.getByRole("radio", { name: `${n} star${n > 1 ? "s" : ""}` });
  await expect(rating.getByRole("radiogroup", { name: "How was your meal?" })).toBeVisible();
  await expect(star(3)).toHaveAttribute("aria-checked", "true");
  await star(5).click();
  await expect(rating.getByRole("textbox", { name: "Thanks" })).toHaveValue("You gave 5 stars.");
  // Keyboard: one tab stop on the chosen star; arrows move it.
  await star(5).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(star(4)).toBeFocused();
  await expect(rating.getByRole("textbox", { name: "Thanks" })).toHaveValue("You gave 4 stars.");
  // A handler's value reaches the view's update().
  await rating.getByRole("button", { name: "Five stars" }).click();
  await expect(star(5)).toHaveAttribute("aria-checked", "true");
  expect(errors).toEqual([]);
});
