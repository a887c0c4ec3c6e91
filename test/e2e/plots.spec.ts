// Gradio's plot guides (demos/plots.html, demos/time-plots.html): line,
// scatter and bar plots, a legend per colour, brushing a range into `select`
// and an app's xLim, doubleClick, the tooltip, an empty plot, a misspelt
// column, a million rows, and a realtime plot updated in place.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { collectPageErrors, pickOption, recordRenders, renderedCount, startEveryApp } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
/** A plot by its elemId (several guide demos share an app). */
const plotBlock = (page: Page, id: string) => page.locator(`#${id}`);
const canvasHost = (scope: Locator) => scope.locator(".gr-plot-canvas");

/**
 * openForEachTest with more time: a page of 11 apps starts 11 workers, which
 * takes longer than the default 10 s on a loaded 2-core runner.
 */
function openPage(path: string, count: number): void {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    test.setTimeout(90_000);
    errors = collectPageErrors(page);
    await recordRenders(page);
    await page.goto(path);
    await startEveryApp(page);
    await expect.poll(() => renderedCount(page), { message: `${count} app(s) of ${path} render`, timeout: 60_000 }).toBe(count);
  });
  test.afterEach(() => expect(errors).toEqual([]));
}

async function xRange(host: Locator): Promise<[number, number]> {
  const text = await host.getAttribute("data-x-range");
  const [a, b] = (text ?? "").split(",").map(Number);
  return [a!, b!];
}

/** Drags across the plotting area from `from` to `to` (fractions of its width). */
async function brush(page: Page, scope: Locator, from: number, to: number): Promise<void> {
  const over = scope.locator(".u-over").first();
  await over.scrollIntoViewIfNeeded();
  const box = (await over.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 4 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 4 });
  await page.mouse.up();
}

test.describe("Creating plots (the guide's demos)", () => {
  openPage("demos/plots.html", 7);

  test("plot_guide_line, scatter and aggregate demos draw on a canvas with their axes", async ({ page }) => {
    for (const id of ["line", "scatter", "scatter-nominal", "aggregate-quantitative", "aggregate-nominal"]) {
      const host = canvasHost(plotBlock(page, id));
      await expect(host.locator("canvas")).toBeVisible();
      await expect(host).toHaveAttribute("data-x-range", /\d/);
    }
    await expect(plotBlock(page, "line")).toHaveClass(/gr-lineplot/);
    await expect(plotBlock(page, "scatter")).toHaveClass(/gr-scatterplot/);
    await expect(plotBlock(page, "aggregate-nominal")).toHaveClass(/gr-barplot/);
    // Categories span -0.5 … n - 0.5 on x.
    expect(await xRange(canvasHost(plotBlock(page, "aggregate-nominal")))).toEqual([-0.5, 2.5]);
    // The canvas is described for screen readers.
    await expect(plotBlock(page, "line").getByRole("figure")).toHaveAccessibleDescription("Line plot of height against weight: 25 points.");
    // No plot of these has a colour, so no legend.
    await expect(app(page, "creating").locator(".gr-plot-legend")).toHaveCount(0);
  });

  test("series by colour: one legend entry per value, in order of appearance; a numeric colour gets a gradient", async ({ page }) => {
    const legend = plotBlock(page, "series-nominal").getByRole("group", { name: "ethnicity" });
    await expect(legend.locator("li")).toHaveCount(3);
    await expect(legend.locator("li")).toHaveText(["asian", "white", "black"]);
    const gradient = plotBlock(page, "series-quantitative").getByRole("group", { name: "age" });
    await expect(gradient.locator(".gr-plot-gradient")).toBeVisible();
    await expect(gradient).toContainText(/\d+.*\d+/);
  });

  test("hovering shows Gradio's tooltip: the aggregate, the category", async ({ page }) => {
    const a = plotBlock(page, "aggregate-nominal");
    const over = a.locator(".u-over");
    await over.scrollIntoViewIfNeeded();
    const box = (await over.boundingBox())!;
    // The first bar ("asian", the categories are sorted) at mid-height.
    await page.mouse.move(box.x + box.width / 6, box.y + box.height * 0.8);
    const tip = a.getByRole("tooltip");
    await expect(tip).toBeVisible();
    await expect(tip).toContainText("Mean of height");
    await expect(tip).toContainText("asian");
    await page.mouse.move(box.x + box.width / 2, box.y - 40);
    await expect(tip).toHaveCount(0);
  });

  test("plot_guide_selection: a brushed range reaches the handler as [xMin, xMax]", async ({ page }) => {
    const a = app(page, "selection");
    await brush(page, a, 0.05, 0.95);
    const total = a.getByRole("spinbutton", { name: "Total Weight of Selection" });
    await expect(total).not.toHaveValue("");
    const all = Number(await total.inputValue());
    expect(all).toBeGreaterThan(1000);
    await brush(page, a, 0.05, 0.3);
    await expect.poll(async () => Number(await total.inputValue())).toBeLessThan(all);
  });

  test("plot_guide_zoom: a selection sets xLim, a double click resets it", async ({ page }) => {
    const a = app(page, "zoom");
    const host = canvasHost(a);
    const [lo, hi] = await xRange(host);
    await brush(page, a, 0.25, 0.5);
    await expect.poll(async () => (await xRange(host))[1] - (await xRange(host))[0]).toBeLessThan((hi - lo) / 2);
    const zoomed = await xRange(host);
    expect(zoomed[0]).toBeGreaterThan(lo);
    await a.locator(".u-over").dblclick();
    await expect.poll(() => xRange(host)).toEqual([lo, hi]);
  });

  test("plot_guide_zoom_sync: brushing one plot zooms both", async ({ page }) => {
    const a = app(page, "zoom-sync");
    const [line, bar] = [canvasHost(a).nth(0), canvasHost(a).nth(1)];
    const before = await xRange(bar);
    await brush(page, a.locator(".gr-lineplot"), 0.3, 0.6);
    await expect.poll(async () => (await xRange(bar))[0]).toBeGreaterThan(before[0]);
    expect(await xRange(bar)).toEqual(await xRange(line));
    await a.locator(".gr-barplot .u-over").dblclick();
    await expect.poll(() => xRange(bar)).toEqual(before);
  });

  test("plot_guide_interactive: plots recompute from a Dropdown and a Slider, in place", async ({ page }) => {
    const a = app(page, "interactive");
    const scatter = canvasHost(a).first();
    await expect(scatter.locator("canvas")).toBeVisible();
    await scatter.locator("canvas").evaluate((c) => ((c as HTMLCanvasElement & { mark?: boolean }).mark = true));
    const before = await scatter.locator("canvas").evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    await pickOption(a.getByRole("combobox"), "asian");
    await expect.poll(() => scatter.locator("canvas").evaluate((c) => (c as HTMLCanvasElement).toDataURL())).not.toBe(before);
    expect(await scatter.locator("canvas").evaluate((c) => (c as HTMLCanvasElement & { mark?: boolean }).mark)).toBe(true);
  });
});

test.describe("Time plots (the guide's demos)", () => {
  openPage("demos/time-plots.html", 5);

  test("plot_guide_temporal: a date column gets a time axis", async ({ page }) => {
    const host = canvasHost(app(page, "temporal")).first();
    await expect(host.locator("canvas")).toBeVisible();
    const [lo, hi] = await xRange(host);
    // Epoch milliseconds around now, two hours apart.
    expect(Math.abs(hi - Date.now())).toBeLessThan(3_600_000);
    expect(hi - lo).toBeGreaterThan(100 * 60_000);
  });

  test("plot_guide_aggregate_temporal: a Radio changes xBin in place", async ({ page }) => {
    const a = app(page, "aggregate-temporal");
    const canvas = canvasHost(a).locator("canvas");
    await expect(canvas).toBeVisible();
    await canvas.evaluate((c) => ((c as HTMLCanvasElement & { mark?: boolean }).mark = true));
    const before = await canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    await a.getByRole("radio", { name: "1h" }).check();
    await expect.poll(() => canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL())).not.toBe(before);
    expect(await canvas.evaluate((c) => (c as HTMLCanvasElement & { mark?: boolean }).mark)).toBe(true);
  });

  test("a realtime plot (every: timer) redraws new data on the same canvas", async ({ page }) => {
    const canvas = page.locator("#every-plot canvas");
    await expect(canvas).toBeVisible();
    await canvas.evaluate((c) => ((c as HTMLCanvasElement & { mark?: boolean }).mark = true));
    const first = await canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    await expect.poll(() => canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL()), { timeout: 5000 }).not.toBe(first);
    expect(await canvas.evaluate((c) => (c as HTMLCanvasElement & { mark?: boolean }).mark)).toBe(true);
    // timer.tick fills plots that started empty.
    await expect(page.locator("#tick-plot canvas")).toBeVisible();
  });
});

test.describe("Large and wrong data (demos/plot-limits.html)", () => {
  openPage("demos/plot-limits.html", 3);

  test("no value shows an empty state; a misspelt column is named with the ones there are", async ({ page }) => {
    const a = app(page, "mistakes");
    await expect(a.locator("#empty-plot .gr-plot-empty")).toHaveText("No data");
    await expect(a.locator("#empty-plot canvas")).toHaveCount(0);
    await expect(a.locator("#bad-column-plot").getByRole("alert")).toHaveText('ScatterPlot: x column "wieght" is not in the data; its columns are: weight, height');
  });

  test("a million rows is an error toast; the app keeps working", async ({ page }) => {
    const a = app(page, "mistakes");
    await a.getByRole("button", { name: "Plot a million rows" }).click();
    await expect(a.getByRole("alert").filter({ hasText: "1,000,000 rows is more than the 500,000 a plot draws" })).toBeVisible({ timeout: 15_000 });
    await a.getByRole("button", { name: "Plot three rows" }).click();
    await expect(a.locator("#button-plot canvas")).toBeVisible();
  });

  test("100,000 points in three series draw on a click", async ({ page }) => {
    await expect(app(page, "large").locator(".gr-plot-empty")).toHaveCount(2);
    // Every state the line's figure shows on the way: busy (a preview) or not, and the x range drawn.
    await app(page, "large").locator("#large-line").evaluate((block) => {
      const seen: { busy: string | null; range: string | null }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        const figure = block.querySelector(".gr-plot");
        const entry = { busy: figure?.getAttribute("aria-busy") ?? null, range: block.querySelector<HTMLElement>(".gr-plot-canvas")?.dataset.xRange ?? null };
        const last = seen.at(-1);
        if (!last || last.busy !== entry.busy || last.range !== entry.range) seen.push(entry);
      }).observe(block, { attributes: true, subtree: true, childList: true });
    });
    await app(page, "large").getByRole("button", { name: "Draw 100,000 points" }).click();
    await expect(app(page, "large").locator("#large-line .gr-plot")).not.toHaveAttribute("aria-busy", "true", { timeout: 30_000 });
    const host = canvasHost(app(page, "large")).first();
    await expect(host).toHaveAttribute("data-render-ms", /\d/, { timeout: 30_000 });
    await expect(canvasHost(app(page, "large")).nth(1)).toHaveAttribute("data-render-ms", /\d/, { timeout: 30_000 });
    await expect(app(page, "large").getByRole("group", { name: "series" }).first().locator("li")).toHaveText(["a", "b", "c"]);
    // The line drew a preview first (its min and max per slice of x), over the same x range as the whole value.
    const seen = await page.evaluate(() => (window as unknown as { seen: { busy: string | null; range: string | null }[] }).seen);
    const preview = seen.find((s) => s.busy === "true" && s.range);
    expect(preview, JSON.stringify(seen)).toBeTruthy();
    expect(seen.at(-1)!.busy).toBeNull();
    expect(seen.at(-1)!.range).toBe(preview!.range);
  });

  test("fullscreen and export buttons: keyboard reachable, PNG and CSV downloads", async ({ page }) => {
    const a = app(page, "large");
    await a.getByRole("button", { name: "Draw 100,000 points" }).click();
    const plot = a.locator("#large-line");
    await expect(plot.locator("canvas")).toBeVisible({ timeout: 30_000 });
    // Export waits for the whole value (the first drawing is a preview of it).
    await expect(plot.locator(".gr-plot")).not.toHaveAttribute("aria-busy", "true", { timeout: 30_000 });
    const csvButton = plot.getByRole("button", { name: "Export data as CSV" });
    await csvButton.focus();
    const [csv] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(csv.suggestedFilename()).toBe("chart.csv");
    const [png] = await Promise.all([page.waitForEvent("download"), plot.getByRole("button", { name: "Export as PNG" }).click()]);
    expect(png.suggestedFilename()).toBe("chart.png");
    await plot.getByRole("button", { name: "Fullscreen" }).click();
    await expect(plot.getByRole("button", { name: "Exit fullscreen" })).toBeVisible();
    await plot.getByRole("button", { name: "Exit fullscreen" }).click();
    await expect(plot.getByRole("button", { name: "Fullscreen" })).toBeVisible();
  });

  test("every option at once: title, caption, legend title and colours, sorted categories, height, tooltip: all; a click selects a category", async ({ page }) => {
    const plot = app(page, "options").locator("#options-plot");
    await expect(plot.locator(".gr-plot-title")).toHaveText("Units sold by region");
    await expect(plot.locator(".gr-plot-caption")).toHaveText("Stacked by product; regions in a set order.");
    await expect(plot.getByRole("group", { name: "Product" }).locator("li")).toHaveText(["Apples", "Pears", "Plums"]);
    await expect(plot.locator(".gr-plot-swatch").first()).toHaveCSS("background-color", "rgb(220, 38, 38)");
    expect((await plot.locator(".gr-plot").boundingBox())!.height).toBeCloseTo(420, -1);
    const over = plot.locator(".u-over");
    await over.scrollIntoViewIfNeeded();
    const box = (await over.boundingBox())!;
    // "West" comes first (the sort list); its bottom segment is Apples.
    await page.mouse.move(box.x + box.width / 8, box.y + box.height - 6);
    const tip = plot.getByRole("tooltip");
    await expect(tip).toContainText("West");
    await expect(tip).toContainText("manager");
    // A click on a category is `select` with its place and name.
    await page.mouse.click(box.x + box.width * (3 / 8), box.y + box.height / 2);
    await expect(app(page, "options").getByRole("textbox", { name: "Clicked region" })).toHaveValue("East (position 1)");
  });
});

// Issue #9's byte budget: what a plain line does not draw with loads on first use.
test.describe("What a LinePlot app loads (bench/pages/data-plot-hello.html)", () => {
  test("a plain line loads neither the tooltip's, the buttons' nor other plots' code until it needs them", async ({ page }) => {
    const errors = collectPageErrors(page);
    const files: string[] = [];
    page.on("request", (r) => files.push(new URL(r.url()).pathname));
    // Chunks are named "<module>-<hash>.js", and a hash may hold "-" too.
    const loaded = (name: string) => files.some((f) => f.startsWith(`/dist/assets/${name}-`) && /^[\w-]{8}\.js$/.test(f.slice(`/dist/assets/${name}-`.length)));
    await page.goto("bench/pages/data-plot-hello.html");
    const host = page.locator(".gr-plot-canvas");
    await expect(host).toHaveAttribute("data-render-ms", /\d/, { timeout: 30_000 });
    await expect(page.getByRole("group", { name: "series" }).locator("li")).toHaveText(["a", "b", "c"]);
    expect(loaded("native-plot")).toBe(true);
    for (const lazy of ["kinds", "hover", "buttons", "export", "plot-preview"]) expect(loaded(lazy), lazy).toBe(false);
    // The first move over the chart loads the tooltip's code and shows the tooltip where the pointer is.
    const box = (await page.locator(".u-over").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByRole("tooltip")).toBeVisible();
    await expect(page.getByRole("tooltip")).toContainText("series");
    expect(loaded("hover")).toBe(true);
    expect(loaded("kinds")).toBe(false);
    expect(errors).toEqual([]);
  });
});
