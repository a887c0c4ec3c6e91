// gr.Plot (demos/plot.html): Vega-Lite specs drawn by vega-embed, Gradio's
// outbreak_forecast, an empty state, clear errors, and specs that cannot run code.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openDemo, openForEachTest, pickOption } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);

/** How many pixels of a chart's canvas are drawn (not transparent). */
function inked(canvas: Locator): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n;
  });
}

test.describe("gr.Plot", () => {
  openForEachTest("demos/plot.html", 2);

  test("outbreak_forecast: Submit draws the Altair branch's chart; a Python library says so", async ({ page }) => {
    const a = app(page, "outbreak");
    const output = a.getByRole("img", { name: "output", exact: true });
    await expect(a.getByRole("img", { name: "output: empty" })).toBeVisible();
    await a.getByRole("button", { name: "Submit" }).click();
    const canvas = output.locator("canvas");
    await expect(canvas).toBeVisible();
    await expect.poll(() => inked(canvas)).toBeGreaterThan(2000);
    // Two countries: a legend with both.
    const before = await inked(canvas);
    await a.getByLabel("UK").check();
    await a.getByRole("button", { name: "Submit" }).click();
    await expect.poll(() => inked(canvas)).not.toBe(before);
    await pickOption(a.getByRole("combobox", { name: "Plot Type" }), "Matplotlib");
    await a.getByRole("button", { name: "Submit" }).click();
    await expect(a.locator(".gr-toast")).toContainText("Matplotlib is a Python library; gradio-lite's gr.Plot draws Vega-Lite specs");
  });

  test("a spec from a handler draws on load; a spec without a mark is an error; Clear empties the plot", async ({ page }) => {
    const a = app(page, "spec");
    const chart = a.getByRole("img", { name: "Letter counts", exact: true });
    await expect(chart.locator("canvas")).toBeVisible();
    await expect.poll(() => inked(chart.locator("canvas"))).toBeGreaterThan(2000);
    await a.getByRole("button", { name: "A spec with no mark" }).click();
    await expect(a.locator(".gr-toast")).toContainText('Plot expects a Vega-Lite spec: it has none of "mark"');
    // The chart stays as it was.
    await expect(chart.locator("canvas")).toBeVisible();
    await a.getByRole("button", { name: "Clear" }).click();
    await expect(a.getByRole("img", { name: "Letter counts: empty" })).toBeVisible();
    await expect(chart).toBeHidden();
    await a.getByRole("button", { name: "Count letters" }).click();
    await expect(chart.locator("canvas")).toBeVisible();
  });

  test("the chart follows the dark theme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    const a = app(page, "spec");
    const canvas = a.getByRole("img", { name: "Letter counts", exact: true }).locator("canvas");
    await expect.poll(() => inked(canvas)).toBeGreaterThan(2000);
    // The axis labels are drawn in the dark theme's light text colour.
    const light = await canvas.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i + 3]! > 200 && d[i]! > 180 && d[i + 1]! > 180 && d[i + 2]! > 180) n++;
      return n;
    });
    expect(light).toBeGreaterThan(100);
  });
});

test("a spec is data: expressions cannot reach the page, links cannot run script, the spec cannot set its own embed options", async ({ page }) => {
  await openDemo(page, "demos/hello-world.html");
  await page.evaluate(() => {
    (window as unknown as { __xss: number }).__xss = 0;
    const el = document.createElement("gradio-lite");
    el.id = "evil-plot";
    el.textContent = `gr.Blocks(() => {
      gr.Plot({
        data: { values: [{ a: 1 }] },
        transform: [{ calculate: "constructor.constructor('window.__xss++')()", as: "b" }],
        mark: "point",
        encoding: { x: { field: "a", type: "quantitative" } },
      }, { label: "Evil" });
      // One bar fills the chart: a click anywhere follows its link.
      gr.Plot({
        data: { values: [{ a: "x", v: 1, u: "javascript:window.__xss++" }] },
        mark: "bar",
        encoding: { x: { field: "a", type: "nominal" }, y: { field: "v", type: "quantitative" }, href: { field: "u" } },
      }, { label: "Link" });
      gr.Plot({ data: { values: [{ a: 1 }] }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } }, usermeta: { embedOptions: { actions: true } } }, { label: "Options" });
    }).launch();`;
    document.body.append(el);
  });
  const a = page.locator("gradio-lite#evil-plot");
  await expect(a.getByRole("alert")).toContainText("This plot could not be drawn");
  // The spec asked for vega-embed's action menu; it is not there.
  await expect(a.getByRole("img", { name: "Options", exact: true }).locator("canvas")).toBeVisible();
  await expect(a.locator(".vega-actions, details")).toHaveCount(0);
  const link = a.getByRole("img", { name: "Link", exact: true }).locator("canvas");
  await expect(link).toBeVisible();
  const box = (await link.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
});
