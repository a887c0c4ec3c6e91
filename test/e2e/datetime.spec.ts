// gr.DateTime (demos/datetime.html): Gradio's datetimes demo and a range
// relative to now: typing, Enter, blur, the calendar's picker, time zones,
// and text that is not a date.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const box = (page: Page, id: string, label: string) => app(page, id).getByLabel(label, { exact: true });
const out = (page: Page, label: string) => app(page, "datetimes").getByLabel(label, { exact: true });

test.describe("gr.DateTime", () => {
  // The expected values are written for a page in UTC.
  test.use({ timezoneId: "UTC" });
  openForEachTest("demos/datetime.html", 2);

  test("a typed date commits on Enter: change and submit get the value in the type asked for", async ({ page }) => {
    await box(page, "datetimes", "Date and Time").fill("2024-05-01 13:45:10");
    await box(page, "datetimes", "Date and Time").press("Enter");
    // type "datetime": the handler got a Date, in the page's time zone (UTC here).
    await expect(out(page, "Last Submit")).toHaveValue("2024-05-01T13:45:10.000Z");
    await expect(out(page, "Last Change")).toHaveValue("2024-05-01T13:45:10.000Z");
    // type "string", date only: the text itself; blur commits too (change, no submit).
    await box(page, "datetimes", "Date Only").fill("2023-12-24");
    await box(page, "datetimes", "Date Only").blur();
    await expect(out(page, "Last Change")).toHaveValue("2023-12-24");
    await expect(out(page, "Last Submit")).toHaveValue("2024-05-01T13:45:10.000Z");
    await app(page, "datetimes").getByRole("button", { name: "Load Date 2" }).click();
    await expect(out(page, "Last Load")).toHaveValue("2023-12-24");
  });

  test("a time zone reads the text as that zone's wall clock: the timestamp is of Paris time", async ({ page }) => {
    await box(page, "datetimes", "Date").fill("2024-07-01 12:00:00");
    await box(page, "datetimes", "Date").press("Enter");
    // Noon in Paris in July is 10:00 UTC.
    await expect(out(page, "Last Submit")).toHaveValue(String(Date.UTC(2024, 6, 1, 10) / 1000));
  });

  test("a relative value is read at the moment of the event", async ({ page }) => {
    await box(page, "datetimes", "Date Only").fill("now - 1d");
    await box(page, "datetimes", "Date Only").press("Enter");
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await expect(out(page, "Last Submit")).toHaveValue(yesterday);
    await app(page, "range").getByRole("button", { name: "Apply" }).click();
    await expect(app(page, "range").getByLabel("Span")).toHaveValue(/^24\.00 hours, from /);
  });

  test("text that is not a date is marked and not sent; a date that does not exist is an error", async ({ page }) => {
    const date = box(page, "datetimes", "Date and Time");
    await date.fill("tomorrow");
    await date.press("Enter");
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await expect(app(page, "datetimes").getByText('Use YYYY-MM-DD HH:MM:SS, or a relative time such as "now - 24h".')).toBeVisible();
    await expect(out(page, "Last Submit")).toHaveValue("");
    // Right shape, no such day: the worker says so, and the app goes on.
    await date.fill("2024-02-31 10:00:00");
    await date.press("Enter");
    await expect(app(page, "datetimes").getByText(/DateTime expects YYYY-MM-DD HH:MM:SS/).first()).toBeVisible();
    await date.fill("2024-02-29 10:00:00");
    await date.press("Enter");
    await expect(out(page, "Last Submit")).toHaveValue("2024-02-29T10:00:00.000Z");
  });

  test("the calendar button opens the native picker; a pick commits the value", async ({ page }) => {
    const a = app(page, "datetimes");
    const calendar = a.getByRole("button", { name: "Pick a date" }).nth(1);
    await calendar.focus();
    await expect(calendar).toBeFocused();
    // Headless Chromium draws no picker: set the picker's input as a pick would.
    await a.locator(".gr-datetime-picker").nth(1).evaluate((input: HTMLInputElement) => {
      input.value = "2022-02-22";
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await expect(box(page, "datetimes", "Date Only")).toHaveValue("2022-02-22");
    await expect(out(page, "Last Change")).toHaveValue("2022-02-22");
  });

  test("a handler sets DateTimes from seconds since the epoch and from a Date", async ({ page }) => {
    const r = app(page, "range");
    await r.getByRole("button", { name: "Last week" }).click();
    await expect(box(page, "range", "Start")).toHaveValue(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    await expect(box(page, "range", "End")).toHaveValue(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    await r.getByRole("button", { name: "Apply" }).click();
    await expect(r.getByLabel("Span")).toHaveValue(/^168\.00 hours/);
  });
});

test.describe("gr.DateTime with plots (demos/time-plots.html)", () => {
  test.use({ timezoneId: "UTC" });
  test.setTimeout(60_000);
  openForEachTest("demos/time-plots.html", 5);
  const xRange = async (host: Locator): Promise<[number, number]> => {
    const [a, b] = ((await host.getAttribute("data-x-range")) ?? "").split(",").map(Number);
    return [a!, b!];
  };
  const span = async (host: Locator) => {
    const [lo, hi] = await xRange(host);
    return hi - lo;
  };

  test("plot_guide_datetime: Apply sets the plot's xLim from two DateTimes", async ({ page }) => {
    const a = app(page, "datetime");
    const host = a.locator(".gr-plot-canvas");
    await expect(host).toHaveAttribute("data-x-range", /,/);
    // The data spans two hours; "now - 24h" to "now" spans a day.
    const before = await span(host);
    await a.getByRole("button", { name: "Apply" }).click();
    await expect.poll(async () => (await span(host)) / before).toBeGreaterThan(10);
    expect((await span(host)) / before).toBeLessThan(14);
  });

  test("a brushed range zooms both plots and lands in the DateTimes; a double click resets all", async ({ page }) => {
    const a = app(page, "datetimerange");
    const [one, two] = [a.locator(".gr-plot-canvas").nth(0), a.locator(".gr-plot-canvas").nth(1)];
    await expect(two).toHaveAttribute("data-x-range", /,/);
    const before = await xRange(two);
    const over = a.locator(".u-over").first();
    await over.scrollIntoViewIfNeeded();
    const area = (await over.boundingBox())!;
    const y = area.y + area.height / 2;
    await page.mouse.move(area.x + area.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(area.x + area.width * 0.45, y, { steps: 4 });
    await page.mouse.move(area.x + area.width * 0.6, y, { steps: 4 });
    await page.mouse.up();
    const from = box(page, "datetimerange", "From");
    await expect(from).toHaveValue(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    await expect(box(page, "datetimerange", "To")).toHaveValue(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    await expect.poll(async () => (await xRange(two))[0]).toBeGreaterThan(before[0]);
    expect(await xRange(one)).toEqual(await xRange(two));
    // The From box shows where the zoomed axis starts (to the second).
    const shownFrom = Date.parse(`${(await from.inputValue()).replace(" ", "T")}Z`);
    const [lo] = await xRange(two);
    const loMs = lo > 1e11 ? lo : lo * 1000;
    expect(Math.abs(shownFrom - loMs)).toBeLessThan(2000);
    await over.dblclick();
    await expect(from).toHaveValue("now - 24h");
    await expect(box(page, "datetimerange", "To")).toHaveValue("now");
    await expect.poll(() => xRange(two)).toEqual(before);
  });
});

