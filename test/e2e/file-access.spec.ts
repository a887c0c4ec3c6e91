import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openForEachTest, pixel } from "./helpers.ts";

const DEMO = "demos/file-access.html";
const QUADRANTS = fileURLToPath(new URL("../../demos/assets/quadrants.png", import.meta.url));
const TALL = fileURLToPath(new URL("../../demos/assets/tall-quadrants.png", import.meta.url));

const section = (page: Page, id: string) => page.locator(`#files #${id}`);
const toast = (page: Page, role: "alert" | "status", text: string) => page.locator("#files").getByRole(role).filter({ hasText: text });

/** Clicks a download link and returns the downloaded file's name and text. */
async function download(page: Page, link: Locator): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent("download");
  await link.click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test.describe("file access", () => {
  openForEachTest(DEMO);

  test("a <gradio-file> is in the cache before the app starts: demo.load reads it by name", async ({ page }) => {
    const preloaded = page.locator("#files #preloaded");
    await expect(preloaded).toContainText(
      "penguins.csv: 12 rows, 5 columns (species, island, bill_length_mm, bill_depth_mm, body_mass_g)",
    );
    await expect(preloaded.getByRole("row")).toHaveText([
      /column\s*mean\s*min\s*max/,
      /bill_length_mm\s*45\.3\s*37\.8\s*51\.3/,
      /bill_depth_mm\s*17\.47\s*13\.2\s*21\.1/,
      /body_mass_g\s*4168\.75\s*3400\s*5700/,
    ]);
  });

  test("an uploaded CSV gets statistics and a summary file to download", async ({ page }) => {
    const s = section(page, "upload");
    await s.getByLabel("Data file (.csv or .txt)").setInputFiles({
      name: "weather.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("city,temp,rain\nOslo,4,10\nLima,19,0\nCairo,25,1\n"),
    });
    const stats = page.locator("#files #stats");
    await expect(stats).toContainText("weather.csv: 3 rows, 3 columns (city, temp, rain)");
    await expect(stats.getByRole("row")).toHaveText([/column/, /temp\s*16\s*4\s*25/, /rain\s*3\.67\s*0\s*10/]);
    // The upload shows as a link too.
    await expect(s.locator("a[download]").first()).toHaveText("weather.csv");

    const link = s.locator("a[download]", { hasText: "weather-summary.csv" });
    await expect(link).toBeVisible();
    const file = await download(page, link);
    expect(file.name).toBe("weather-summary.csv");
    expect(file.text).toBe("column,count,mean,min,max\ntemp,3,16,4,25\nrain,3,3.67,0,10\n");

    // Clear empties the outputs again.
    await s.getByRole("button", { name: "Clear" }).click();
    await expect(stats).toHaveText("Upload a file to see its statistics.");
    await expect(s.locator("a[download]")).toHaveCount(0);
  });

  test("an uploaded text file gets word counts", async ({ page }) => {
    const s = section(page, "upload");
    await s.getByLabel("Data file (.csv or .txt)").setInputFiles({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("The cat and the hat\nthe end"),
    });
    await expect(page.locator("#files #stats")).toHaveText("notes.txt: 2 lines, 7 words, 27 characters");
    const file = await download(page, s.locator("a[download]", { hasText: "notes-summary.csv" }));
    expect(file.text).toBe("word,count\nthe,3\nand,1\ncat,1\nend,1\nhat,1\n");
  });

  test("an uploaded image comes back in grayscale (type: imagedata)", async ({ page }) => {
    const s = section(page, "image");
    await s.getByLabel("Photo").setInputFiles(QUADRANTS);
    await expect(s.getByRole("img", { name: "Photo" })).toBeVisible();
    await expect(s.getByRole("textbox", { name: "Size" })).toHaveValue("40 × 40 px");
    const gray = s.getByRole("img", { name: "Grayscale" });
    await expect.poll(() => gray.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(40);
    // Red, green, blue and white quadrants: 0.299 R + 0.587 G + 0.114 B in every channel.
    expect(await pixel(gray, 10, 10)).toEqual([76, 76, 76, 255]);
    expect(await pixel(gray, 30, 10)).toEqual([150, 150, 150, 255]);
    expect(await pixel(gray, 10, 30)).toEqual([29, 29, 29, 255]);
    expect(await pixel(gray, 30, 30)).toEqual([255, 255, 255, 255]);
  });

  test("a tall image stays inside its block, below its label", async ({ page }) => {
    const s = section(page, "image");
    await s.getByLabel("Photo").setInputFiles(TALL);
    await expect(s.getByRole("textbox", { name: "Size" })).toHaveValue("400 × 900 px");
    for (const name of ["Photo", "Grayscale"]) {
      const block = s.locator(".gr-block.gr-image").filter({ has: page.getByRole("img", { name }) });
      const img = block.getByRole("img", { name });
      const label = block.locator(".gr-block-label");
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(400);
      const [imgBox, labelBox, blockBox] = await Promise.all([img.boundingBox(), label.boundingBox(), block.boundingBox()]);
      expect(imgBox!.y, `${name}: the image starts below its label`).toBeGreaterThanOrEqual(labelBox!.y + labelBox!.height);
      expect(imgBox!.y + imgBox!.height, `${name}: the image ends inside its block`).toBeLessThanOrEqual(blockBox!.y + blockBox!.height);
    }
  });

  test("maxFileSize refuses a larger upload with a toast, before reading it", async ({ page }) => {
    const s = section(page, "upload");
    await s.getByLabel("Data file (.csv or .txt)").setInputFiles({
      name: "big.csv",
      mimeType: "text/csv",
      buffer: Buffer.alloc(200 * 1024, "a"),
    });
    const refusal = toast(page, "alert", "File too large");
    await expect(refusal).toContainText("big.csv (200.0 KB) is larger than this app accepts (100.0 KB).");
    await expect(page.locator("#files #stats")).toHaveText("Upload a file to see its statistics.");
    await expect(s.locator("a[download]")).toHaveCount(0);
    // A file under the limit still goes through.
    await s.getByLabel("Data file (.csv or .txt)").setInputFiles({ name: "small.txt", mimeType: "text/plain", buffer: Buffer.from("ok") });
    await expect(page.locator("#files #stats")).toHaveText("small.txt: 1 line, 1 word, 2 characters");
  });

  test("only the cache is readable: a name from <gradio-file> works, other paths give a clear error", async ({ page }) => {
    const s = section(page, "paths");
    const path = s.getByRole("textbox", { name: "Path to read" });
    const content = s.getByRole("textbox", { name: "First line of the file" });
    const read = s.getByRole("button", { name: "Read it with gr.readFile" });

    await expect(path).toHaveValue("/etc/passwd");
    await read.click();
    await expect(toast(page, "alert", "Not readable")).toContainText(`"/etc/passwd" is not a file in this app's cache`);
    await expect(content).toHaveValue("");

    await path.fill("penguins.csv");
    await read.click();
    await expect(content).toHaveValue("species,island,bill_length_mm,bill_depth_mm,body_mass_g");

    await path.fill("../penguins.csv");
    await read.click();
    await expect(toast(page, "alert", "Not readable").filter({ hasText: "../penguins.csv" })).toContainText("is not a file in this app's cache");
  });

  test("returning user input to a File output fetches it from the page's site, never a disk (the guide's warning)", async ({ page }) => {
    const s = section(page, "paths");
    await s.getByRole("button", { name: "Return it to a File output" }).click();
    await expect(page.locator("#files").getByRole("alert")).toContainText("could not fetch http://127.0.0.1:");
    await expect(page.locator("#files").getByRole("alert")).toContainText("/etc/passwd: HTTP 404");
    await expect(s.locator("a[download]")).toHaveCount(0);
  });
});
