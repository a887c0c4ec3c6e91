// demos/flagging.html: Gradio's flagging guide. Rows go to IndexedDB (they
// survive a reload), the dialog downloads the CSV Gradio writes and a zip
// with the flagged images, and a full storage is said in a toast.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { unzipSync, strFromU8 } from "fflate";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

const DEMO = "demos/flagging.html";
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

openForEachTest(DEMO, 4);

const app = (page: Page, id: string) => page.locator(`#${id}`);

async function calculate(calc: Locator, a: string, op: string, b: string): Promise<void> {
  await calc.getByLabel("num1").fill(a);
  await calc.getByText(op, { exact: true }).click();
  await calc.getByLabel("num2").fill(b);
  await calc.getByRole("button", { name: "Submit" }).click();
}

/** Opens the rows' dialog and downloads what `button` gives: its name and text (or bytes). */
async function download(page: Page, scope: Locator, button: string): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole("dialog", { name: /Flagged/ });
  if (!(await dialog.isVisible())) await scope.getByRole("button", { name: /^Flagged \(\d+\)$/ }).click();
  const downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: button }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const csvLines = (text: string) => text.split("\r\n").filter(Boolean);

test("Flag saves the inputs, the output and a timestamp; Saving... then Flag; the rows survive a reload", async ({ page }) => {
  const calc = app(page, "basic");
  const flag = calc.getByRole("button", { name: "Flag", exact: true });
  await calculate(calc, "5", "add", "7");
  await expect(calc.getByLabel("output")).toHaveValue("12");
  await flag.click();
  await expect(calc.getByRole("button", { name: "Saving..." })).toBeDisabled();
  await expect(flag).toBeEnabled();
  await expect(calc.getByRole("button", { name: "Flagged (1)" })).toBeVisible();

  // Nothing computed yet: Gradio flags empty cells.
  await calc.getByRole("button", { name: "Clear" }).click();
  await expect(calc.getByLabel("output")).toHaveValue("");
  await flag.click();
  await expect(calc.getByRole("button", { name: "Flagged (2)" })).toBeVisible();

  const dialog = page.getByRole("dialog", { name: /Flagged/ });
  await calc.getByRole("button", { name: "Flagged (2)" }).click();
  await expect(dialog.getByRole("grid")).toContainText("12");
  await expect(dialog.getByText("2 rows, kept in this browser.")).toBeVisible();
  const csv = await download(page, calc, "Download CSV");
  expect(csv.name).toBe("dataset1.csv");
  const lines = csvLines(csv.bytes.toString());
  expect(lines[0]).toBe("num1,operation,num2,output,timestamp");
  expect(lines[1]).toMatch(/^5,add,7,12,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/);
  expect(lines[2]).toMatch(/^,,,,\d{4}-/);
  await dialog.getByRole("button", { name: "Close the flagged rows" }).click();
  await expect(dialog).toBeHidden();
  await expect(calc.getByRole("button", { name: "Flagged (2)" })).toBeFocused();

  await page.reload();
  await expect(app(page, "basic").getByRole("button", { name: "Flagged (2)" })).toBeVisible();
  const flagged = await page.evaluate(async () => (await (document.getElementById("basic") as HTMLElement & { client: Promise<{ flagged(): Promise<unknown> }> }).client).flagged());
  expect(flagged).toMatchObject([{ dir: ".gradio/flagged", file: "dataset1.csv", headers: ["num1", "operation", "num2", "output", "timestamp"], rows: [["5", "add", "7", "12", expect.any(String)], ["", "", "", "", expect.any(String)]] }]);
});

test("flaggingOptions: one button per option, the option in a flag column", async ({ page }) => {
  const calc = app(page, "options");
  await calculate(calc, "5", "subtract", "7");
  await expect(calc.getByLabel("output")).toHaveValue("-2");
  await calc.getByRole("button", { name: "Flag as wrong sign" }).click();
  await expect(calc.getByRole("button", { name: "Flagged (1)" })).toBeVisible();
  await expect(calc.getByRole("button", { name: "Flag as wrong sign" })).toBeEnabled();
  await calc.getByRole("button", { name: "Flag as other" }).click();
  await expect(calc.getByRole("button", { name: "Flagged (2)" })).toBeVisible();
  const lines = csvLines((await download(page, calc, "Download CSV")).bytes.toString());
  expect(lines[0]).toBe("num1,operation,num2,output,flag,timestamp");
  expect(lines[1]).toMatch(/^5,subtract,7,-2,wrong sign,\d{4}-/);
  expect(lines[2]).toMatch(/^5,subtract,7,-2,other,\d{4}-/);
});

test("auto mode: every successful run is flagged with its images; the zip holds the CSV and the files", async ({ page }) => {
  const sepia = app(page, "images");
  await sepia.scrollIntoViewIfNeeded();
  await expect(sepia.getByRole("button", { name: /^Flag/ })).toHaveCount(0);
  await sepia.getByRole("button", { name: "Submit" }).click();
  await expect(sepia.getByRole("button", { name: "Flagged (1)" })).toBeVisible();
  const zip = await download(page, sepia, "Download zip");
  expect(zip.name).toBe("flagged.zip");
  const files = unzipSync(new Uint8Array(zip.bytes));
  const names = Object.keys(files).sort();
  expect(names).toHaveLength(3);
  const csv = csvLines(strFromU8(files["flagged/dataset1.csv"]));
  expect(csv[0]).toBe("im,output,timestamp");
  const [input, output] = csv[1].split(",");
  expect(input).toMatch(/^im\/[0-9a-f]{20}\/sunset\.png$/);
  expect(output).toMatch(/^output\/[0-9a-f]{20}\/[^/]+\.png$/);
  // The files sit where the CSV says, and are the PNGs the app showed.
  expect(names).toEqual(["flagged/dataset1.csv", `flagged/${input}`, `flagged/${output}`].sort());
  expect([...files[`flagged/${input}`].slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  expect(files[`flagged/${input}`].length).toBe(readFileSync(new URL("../../demos/assets/sunset.png", import.meta.url)).length);
  expect([...files[`flagged/${output}`].slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
});

test("Blocks: gr.CSVLogger set up and flagged as the guide writes it, read back with callback.dataset()", async ({ page }) => {
  const blocks = app(page, "blocks");
  await blocks.scrollIntoViewIfNeeded();
  await blocks.getByRole("button", { name: "Flag", exact: true }).click();
  const table = blocks.getByRole("grid");
  // Flag and Show are two events that run side by side (as in Gradio): the
  // flag stores the image before its row, so Show may read the rows before it
  // lands. A user clicks Show again; so does the test, until the row is there.
  await expect(async () => {
    await blocks.getByRole("button", { name: "Show flagged rows" }).click();
    await expect(table).toContainText(/component 0\/[0-9a-f]{20}\/sunset\.png/, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(table).toContainText("component 0");
  await expect(table).toContainText("0.5");
});

test("a full storage is a readable toast: the button says Error!, and the rows already kept stay", async ({ page }) => {
  const calc = app(page, "basic");
  await calculate(calc, "2", "multiply", "3");
  await calc.getByRole("button", { name: "Flag", exact: true }).click();
  await expect(calc.getByRole("button", { name: "Flagged (1)" })).toBeVisible();
  // The browser's storage fills up: every IndexedDB write in the apps' workers now fails as Chromium's does.
  for (const worker of page.workers()) {
    await worker.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
  }
  await calc.getByRole("button", { name: "Flag", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "storage for this site is full" })).toBeVisible();
  await expect(calc.getByRole("button", { name: "Error!" })).toBeEnabled();
  await expect(calc.getByRole("button", { name: "Flagged (1)" })).toBeVisible();
  // The app goes on; Clear gives the button back.
  await calc.getByRole("button", { name: "Clear" }).click();
  await expect(calc.getByRole("button", { name: "Flag", exact: true })).toBeVisible();
  const lines = csvLines((await download(page, calc, "Download CSV")).bytes.toString());
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^2,multiply,3,6,/);
});

test("the rows' dialog works from the keyboard and passes axe, light and dark, at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const calc = app(page, "options");
  await calculate(calc, "1", "divide", "3");
  await calc.getByRole("button", { name: "Flag as off by one" }).click();
  const open = calc.getByRole("button", { name: "Flagged (1)" });
  await open.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: /Flagged/ });
  await expect(dialog.getByRole("grid")).toContainText("off by one");
  await page.addScriptTag({ path: axePath });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
      const result = await axe.run({ include: [[".gr-flagged-dialog"]] }, {});
      return result.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(" ")}`);
    });
    expect(violations, `${scheme} scheme`).toEqual([]);
  }
  // Nothing in the dialog runs past a phone's width.
  const widths = await dialog.evaluate((d) => ({ dialog: d.getBoundingClientRect().right, page: document.documentElement.clientWidth }));
  expect(widths.dialog).toBeLessThanOrEqual(widths.page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});
