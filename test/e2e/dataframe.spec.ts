// Gradio's DataFrame demos (demos/dataframe.html): render, sort, search,
// filter, keyboard editing with Gradio's event data, copy, 100k rows in a
// virtual window, and bad values that say what is wrong.
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, pickOption, recordRenders, renderedCount, startEveryApp } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const grid = (page: Page, id: string, name: string) => app(page, id).getByRole("grid", { name });
const columnText = (page: Page, id: string, name: string, col: number) =>
  grid(page, id, name).locator(`.gr-df-row`).evaluateAll((rows, c) => rows.map((r) => (r.querySelectorAll(".gr-df-cell")[c] as HTMLElement).innerText), col);

test.describe("gr.DataFrame", () => {
  // Eight apps, one building 100k rows in its worker: on a busy two-core
  // runner the page takes longer than the default 10 s to render them all.
  test.describe.configure({ timeout: 90_000 });
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = collectPageErrors(page);
    await recordRenders(page);
    await page.goto("demos/dataframe.html");
    await startEveryApp(page);
    await expect.poll(() => renderedCount(page), { message: "8 apps of demos/dataframe.html render", timeout: 60_000 }).toBe(8);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test("filter_records: edits with the keyboard reach the handler as row objects", async ({ page }) => {
    const a = app(page, "filter");
    const records = grid(page, "filter", "records");
    await expect(records.getByRole("columnheader")).toHaveText(["name", "age", "gender"]);
    // Select Sam's gender, type over it, Enter commits.
    await records.getByRole("gridcell", { name: "O" }).click();
    await expect(records.getByRole("gridcell", { name: "O" })).toHaveAttribute("aria-selected", "true");
    await page.keyboard.type("F");
    const editor = records.getByRole("textbox", { name: "gender, row 5" });
    await expect(editor).toBeFocused();
    await expect(editor).toHaveValue("F");
    await page.keyboard.press("Enter");
    await expect(records).toBeFocused();
    await pickOption(a.getByRole("combobox", { name: "gender" }), "F");
    await a.getByRole("button", { name: "Submit" }).click();
    await expect.poll(() => columnText(page, "filter", "output", 0)).toEqual(["Ada", "Grace", "Sam"]);
  });

  test("keyboard: arrows move, Enter edits and commits, Escape cancels, Tab moves on, a number column refuses text", async ({ page }) => {
    const records = grid(page, "filter", "records");
    await records.getByRole("gridcell", { name: "Ada" }).click();
    await page.keyboard.press("ArrowRight");
    await expect(records.getByRole("gridcell", { name: "36" })).toHaveAttribute("aria-selected", "true");
    await expect(records).toHaveAttribute("aria-activedescendant", /r0c1$/);
    await page.keyboard.press("Enter");
    const age = records.getByRole("textbox", { name: "age, row 1" });
    await age.fill("forty");
    await page.keyboard.press("Enter");
    await expect(age).toHaveAttribute("aria-invalid", "true");
    await page.keyboard.press("Escape");
    await expect(records.getByRole("gridcell", { name: "36" })).toBeVisible();
    await page.keyboard.press("Enter");
    await age.fill("37");
    await page.keyboard.press("Tab");
    await expect(records.getByRole("gridcell", { name: "37" })).toBeVisible();
    await expect(records.getByRole("gridcell", { name: "F" }).first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowLeft");
    await expect(records.getByRole("gridcell", { name: "41" })).toHaveAttribute("aria-selected", "true");
    // "+ Add row" (rowCount is dynamic) adds an empty row.
    await app(page, "filter").getByRole("button", { name: "Add row" }).click();
    await expect(records.locator(".gr-df-row")).toHaveCount(6);
  });

  test("sort: a header click sorts ascending, descending, then back; numbers as numbers", async ({ page }) => {
    const records = grid(page, "sort", "records");
    const header = records.getByRole("columnheader", { name: "Quantity" });
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await expect.poll(() => columnText(page, "sort", "records", 1)).toEqual(["3", "7", "12"]);
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await expect.poll(() => columnText(page, "sort", "records", 1)).toEqual(["12", "7", "3"]);
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "none");
    await expect.poll(() => columnText(page, "sort", "records", 1)).toEqual(["12", "3", "7"]);
    // Sorting is the view's: the handler still gets the table's order, and sorts it itself.
    await app(page, "sort").getByRole("button", { name: "Submit" }).click();
    await expect.poll(() => columnText(page, "sort", "output", 0)).toEqual(["pears", "plums", "apples"]);
  });

  test("matrix_transpose: type 'array' in and out", async ({ page }) => {
    await app(page, "transpose").getByRole("button", { name: "Submit" }).click();
    await expect(grid(page, "transpose", "output").getByRole("columnheader")).toHaveCount(5);
    await expect.poll(() => columnText(page, "transpose", "output", 4)).toEqual(["13", "14", "15"]);
  });

  test("datatypes: checkboxes, dates, sanitized Markdown and HTML, only safe images", async ({ page }) => {
    const t = grid(page, "datatype", "Every datatype");
    await expect(t.getByRole("checkbox", { name: "bool, row 1" })).toBeChecked();
    await expect(t.locator(".gr-df-cell.gr-df-markdown strong")).toHaveText("bold");
    await expect(t.locator(".gr-df-cell.gr-df-html b")).toHaveText("safe");
    // Event handlers and <script> are gone; javascript: URLs show as text, not as an image.
    await expect(t.locator(".gr-df-cell.gr-df-html [onmouseover], .gr-df-cell.gr-df-html script")).toHaveCount(0);
    await expect(t.locator(".gr-df-cell.gr-df-html i")).toHaveText("html");
    await expect(t.locator(".gr-df-cell.gr-df-image img")).toHaveCount(2);
    await expect(t.locator(".gr-df-cell.gr-df-image").nth(2)).toHaveText("javascript:alert(1)");
    const a = app(page, "datatype");
    // keyUp carries the key and the selected cell's text.
    await t.getByRole("gridcell", { name: "teal" }).click();
    await page.keyboard.press("ArrowUp");
    await expect(a.getByRole("textbox", { name: "Last key released in the table" })).toHaveValue("ArrowUp (orange)");
    await a.getByRole("button", { name: "Submit" }).click();
    const out = grid(page, "datatype", "output");
    await expect(out.locator(".gr-df-row")).toHaveCount(3);
    await expect(out.locator(".gr-df-cell.gr-df-date").first()).toHaveText("2021-01-01");
    await expect(out.locator(".gr-df-cell.gr-df-markdown h1").first()).toHaveText("Hello");
  });

  test("dataframe_events: select and edit carry Gradio's event data; search and filters narrow the rows", async ({ page }) => {
    const a = app(page, "events");
    const df = grid(page, "events", "Interactive Dataframe");
    await df.locator(".gr-df-row").nth(1).locator(".gr-df-cell").nth(2).click();
    await expect(a.getByRole("textbox", { name: "Selected cell index", exact: true })).toHaveValue("[1,2]");
    await expect(a.getByRole("textbox", { name: "Selected cell value", exact: true })).toHaveValue("0");
    await expect(a.getByRole("spinbutton", { name: "Select events" })).toHaveValue("1");
    await page.keyboard.type("7");
    await page.keyboard.press("Enter");
    await expect(a.getByRole("textbox", { name: "Edit event data" })).toHaveValue("index: [1,2], value: 7, previous_value: 0");
    await expect(a.getByRole("spinbutton", { name: "Edit events" })).toHaveValue("1");
    await expect(a.getByRole("spinbutton", { name: "Input events" })).toHaveValue("1");
    await expect(a.getByRole("spinbutton", { name: "Change events" })).toHaveValue("1");
    // The static column (4) does not edit.
    await df.locator(".gr-df-row").nth(0).locator(".gr-df-cell").nth(4).click();
    await page.keyboard.press("Enter");
    await expect(df.getByRole("textbox")).toHaveCount(0);
    // Search, then a filter on column "2".
    await a.getByRole("searchbox", { name: "Search the table" }).first().fill("7");
    await expect(df.locator(".gr-df-row")).toHaveCount(1);
    await a.getByRole("searchbox", { name: "Search the table" }).first().fill("");
    await df.getByRole("button", { name: "Filter 2" }).click();
    await a.getByRole("combobox", { name: "Condition on 2" }).selectOption("is");
    await a.getByRole("textbox", { name: "Filter value for 2" }).fill("0");
    await a.getByRole("button", { name: "Apply" }).click();
    await expect(df.locator(".gr-df-row")).toHaveCount(4);
    await a.getByRole("button", { name: "Remove filter on 2" }).click();
    await expect(df.locator(".gr-df-row")).toHaveCount(5);
    // Update fills both tables from the handler.
    await a.getByRole("button", { name: "Update dataframe" }).click();
    await expect(grid(page, "events", "Non-Interactive View (Scroll Horizontally)").getByRole("columnheader")).toHaveCount(16);
  });

  test("copy puts the rows shown on the clipboard as TSV", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const a = app(page, "events");
    await a.getByRole("searchbox", { name: "Search the table" }).nth(2).fill("gemma");
    await a.getByRole("button", { name: "Copy table" }).nth(2).click();
    await expect(a.getByRole("button", { name: "Copied" })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split("\n").slice(0, 2)).toEqual(["Model\t% Correct (LeetCode Hard)\tIs Open Source", "Gemma 2\t59.5\tfalse"]);
    expect(text.split("\n")).toHaveLength(11);
  });

  test("100k rows: few rows in the DOM, scrolling to the end shows the last row, sort and search run over all", async ({ page }) => {
    const t = grid(page, "big", "Weather readings");
    await expect(t).toHaveAttribute("aria-rowcount", "100001");
    const rendered = await t.locator(".gr-df-row").count();
    expect(rendered).toBeLessThan(40);
    const scroller = app(page, "big").locator(".gr-df-scroll");
    // A scroll reuses row nodes in place: the rows leaving one end become the rows entering the other,
    // with no node added, removed or moved (what keeps a scrolled frame's restyle to the new rows).
    const churn = await scroller.evaluate(async (el) => {
      el.scrollTop = 3500;
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await frame();
      const body = el.querySelector(".gr-df-body")!;
      const before = [...body.children];
      let moved = 0;
      const observer = new MutationObserver((records) => records.forEach((r) => (moved += r.addedNodes.length + r.removedNodes.length)));
      observer.observe(body, { childList: true });
      for (let i = 0; i < 10; i++) {
        el.scrollTop += 100;
        await frame();
      }
      observer.disconnect();
      const shown = Math.floor(el.scrollTop / 35) + 2;
      return { moved, same: [...body.children].every((row, i) => row === before[i]), shown: !!body.querySelector(`[aria-rowindex="${shown}"]`) };
    });
    expect(churn).toEqual({ moved: 0, same: true, shown: true });
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(t.getByRole("gridcell", { name: "reading 100000" })).toBeVisible();
    expect(await t.locator(".gr-df-row").count()).toBeLessThan(40);
    // The last row draws no bottom border over the frame's (rows are not in place order in the DOM).
    const lastRow = t.locator(".gr-df-row", { has: page.getByRole("gridcell", { name: "reading 100000" }) });
    await expect(lastRow.locator(".gr-df-cell").first()).toHaveCSS("border-bottom-width", "0px");
    // The row numbers' column fits the longest number: "100000" shows whole.
    const lastNumber = lastRow.getByRole("rowheader");
    await expect(lastNumber).toHaveText("100000");
    const fits = await lastNumber.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const [text, cell] = [range.getBoundingClientRect(), el.getBoundingClientRect()];
      return text.left >= cell.left && text.right <= cell.right;
    });
    expect(fits).toBe(true);
    // Scroll timing: each jump renders within a frame or two.
    const frames = await scroller.evaluate(async (el) => {
      const times: number[] = [];
      for (let i = 0; i < 40; i++) {
        const start = performance.now();
        el.scrollTop = ((i * 97_331) % 3_400_000) + 1;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b);
    });
    console.log(`100k scroll: median ${frames[20]!.toFixed(1)} ms, p95 ${frames[37]!.toFixed(1)} ms per jump (two frames)`);
    // Two frames are 33 ms on an idle machine; the bound (loose: CI runners are busy) only catches a window that grows with the table.
    expect(frames[20]!).toBeLessThan(1500);
    // Sort descending by id: the first row is 100000.
    await scroller.evaluate((el) => (el.scrollTop = 0));
    const id = t.getByRole("button", { name: "id", exact: true });
    await id.click();
    // Descending: sorting 100k rows and painting the new window, timed in the page.
    const sortMs = await id.evaluate(async (button) => {
      const first = () => document.querySelector("gradio-lite#big .gr-df-row .gr-df-cell")?.textContent;
      const start = performance.now();
      (button as HTMLButtonElement).click();
      while (first() !== "100000") await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    });
    console.log(`100k sort descending to painted: ${sortMs.toFixed(1)} ms`);
    await expect(t.locator(".gr-df-row").first().locator(".gr-df-cell").first()).toHaveText("100000");
    await app(page, "big").getByRole("searchbox", { name: "Search the table" }).fill("reading 99999");
    await expect(t.locator(".gr-df-row")).toHaveCount(1);
    await t.getByRole("gridcell", { name: "reading 99999" }).click();
    await expect(app(page, "big").getByRole("textbox", { name: "Selected row" })).toHaveValue(/^99999: /);
  });

  test("a handler's 100k rows: the first rows show at once, read-only, then the whole table lands", async ({ page }) => {
    const t = grid(page, "big", "Weather readings");
    await expect(t).toHaveAttribute("aria-rowcount", "100001");
    const firstTemperature = t.locator(".gr-df-row").first().locator(".gr-df-cell").nth(2);
    const before = Number(await firstTemperature.textContent());
    // Every state the grid shows on the way, from the click on.
    await t.evaluate((grid) => {
      const seen: { busy: string | null; rows: string | null; first: string | null }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      const record = () =>
        seen.push({ busy: grid.getAttribute("aria-busy"), rows: grid.getAttribute("aria-rowcount"), first: grid.querySelector(".gr-df-row .gr-df-cell:nth-child(3)")?.textContent ?? null });
      new MutationObserver(record).observe(grid, { attributes: true, subtree: true, childList: true, characterData: true });
    });
    await app(page, "big").getByRole("button", { name: "Next week's readings" }).click();
    await expect(firstTemperature).toHaveText(String(Math.round((before + 1.5) * 10) / 10));
    await expect(t).not.toHaveAttribute("aria-busy", "true");
    const seen = await page.evaluate(() => (window as unknown as { seen: { busy: string | null; rows: string | null; first: string | null }[] }).seen);
    const preview = seen.find((s) => s.busy === "true");
    // The preview: the new first rows, the whole row count, read-only until the table lands.
    expect(preview, "the grid showed a preview").toBeTruthy();
    expect(preview!.rows).toBe("100001");
    expect(seen.findIndex((s) => s.busy === "true")).toBeLessThan(seen.findLastIndex((s) => s.busy === null));
    // All of it arrived: the last row is there.
    await app(page, "big").locator(".gr-df-scroll").evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(t.getByRole("gridcell", { name: "reading 100000" })).toBeVisible();
  });

  test("bad values: a message naming what is wrong, and the app keeps working", async ({ page }) => {
    const a = app(page, "bad");
    await expect(a.locator(".gr-dataframe").first().getByRole("alert")).toContainText("DataFrame: row 2 is number 2");
    const toast = async (button: string, text: RegExp | string) => {
      await a.getByRole("button", { name: button }).click();
      const alert = a.locator(".gr-toast-error").filter({ hasText: text });
      await expect(alert).toBeVisible({ timeout: 15_000 });
      await alert.getByRole("button", { name: /close|dismiss/i }).first().click().catch(() => {});
    };
    await toast("Not a table", "DataFrame expects a table (row objects, rows, { headers, data } or CSV text), got number 42");
    await toast("Mixed types", 'column "price" has datatype "number" but row 2 holds the string "two"');
    await toast("Malformed CSV", "a quoted field opened on line 2 is never closed");
    await toast("A million rows", "1,000,000 rows is more than a DataFrame shows (at most 500,000)");
    // NaN and null are empty cells, not an error.
    await a.getByRole("button", { name: "NaN and null" }).click();
    const out = grid(page, "bad", "Output");
    await expect(out.locator(".gr-df-row")).toHaveCount(3);
    await expect(out.locator(".gr-df-row").first().locator(".gr-df-cell").nth(1)).toHaveText("");
    await a.getByRole("button", { name: "Count" }).click();
    await expect(a.getByRole("spinbutton", { name: "Still working" })).toHaveValue("1");
  });
});
