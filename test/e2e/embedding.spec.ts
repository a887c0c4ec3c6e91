// demos/embedding.html: the embed attributes of <gradio-lite> in a real page.
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, openDemo, recordRenders, renderedCount } from "./helpers.ts";

/** Which apps have rendered, by id. */
function renderedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set(window.__rendered ?? [])].map((e) => e.id).sort());
}

test.describe("embedding", () => {
  test("an app far below the fold starts no worker until scrolled near; eager and near ones start at once", async ({ page }) => {
    const errors = collectPageErrors(page);
    let workers = 0;
    page.on("worker", () => workers++);
    await recordRenders(page);
    await page.goto("demos/embedding.html");
    await expect.poll(() => renderedIds(page)).toEqual(["eager", "framed"]);
    expect(workers).toBe(2);
    // Given time, still nothing for the far app: it waits, with its place held.
    await page.waitForTimeout(1500);
    expect(workers).toBe(2);
    await expect(page.locator("#lazy .gr-loading")).toHaveCount(1);
    await expect(page.locator("#lazy-started")).toHaveText("not yet (scroll near it)");
    await page.locator("#lazy").scrollIntoViewIfNeeded();
    await expect.poll(() => renderedIds(page)).toEqual(["eager", "framed", "lazy"]);
    expect(workers).toBe(3);
    await expect(page.locator("#lazy-started")).toHaveText(/s after the page opened/);
    await page.locator("#lazy").getByRole("button", { name: "Submit" }).click();
    await expect(page.locator("#lazy").getByLabel("Reversed")).toHaveValue("desserts");
    expect(errors).toEqual([]);
  });

  test("initial_height holds the app's space from the first frame until it renders: nothing below moves", async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __heights: number[]; __shift: number; __renderedAt: number | null };
      w.__heights = [];
      w.__shift = 0;
      w.__renderedAt = null;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>) if (w.__renderedAt === null) w.__shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
      document.addEventListener("render", (e) => void ((e.target as Element).id === "framed" && (w.__renderedAt ??= performance.now())), true);
      const sample = () => {
        const el = document.getElementById("framed");
        if (el && w.__renderedAt === null) w.__heights.push(Math.round(el.getBoundingClientRect().height));
        if (w.__renderedAt === null) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto("demos/embedding.html");
    await page.waitForFunction(() => (window as unknown as { __renderedAt: number | null }).__renderedAt !== null);
    const { heights, shift } = await page.evaluate(() => {
      const w = window as unknown as { __heights: number[]; __shift: number };
      return { heights: w.__heights, shift: w.__shift };
    });
    expect(heights.length).toBeGreaterThan(0);
    expect(new Set(heights)).toEqual(new Set([400]));
    // Cumulative layout shift (web.dev: 0.1 is "good"): none at all while it loads.
    expect(shift).toBeLessThan(0.001);
    // Rendered, the app takes its own height.
    await expect(page.locator("#framed .gradio-container")).not.toHaveAttribute("style", /min-height/);
  });

  test("control_page_title, container, info and theme, in either spelling", async ({ page }) => {
    await openDemo(page, "demos/embedding.html", 3);
    expect(await renderedCount(page)).toBe(3);
    await expect(page).toHaveTitle("Embedded greeter");
    const style = (id: string, prop: string) =>
      page.locator(`#${id} > .gradio-container`).evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);
    expect(await style("framed", "border-top-width")).toBe("1px");
    expect(await style("lazy", "padding-top")).toBe("0px");
    expect(await style("eager", "background-color")).toBe("rgb(11, 15, 25)");
    await expect(page.locator("#lazy .gr-footer")).toBeHidden();
    await expect(page.locator("#framed .gr-footer")).toBeVisible();
  });
});
