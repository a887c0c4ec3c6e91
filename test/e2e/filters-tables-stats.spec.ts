// Gradio's filters-tables-and-stats guide (demos/filters-tables-stats.html):
// filters through gr.on and through a function value give the same plot;
// Labels and a DataFrame show the same flights.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openForEachTest, pickOption } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);

async function points(figure: Locator): Promise<number> {
  // The figure's description (for screen readers) ends with how many points it shows.
  const text = await figure.evaluate((el) => el.ownerDocument.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent ?? "");
  const m = /: ([\d,]+) points\./.exec(text);
  return m ? Number(m[1]!.replace(/,/g, "")) : 0;
}

test.describe("Filters, tables and stats", () => {
  test.setTimeout(60_000);
  openForEachTest("demos/filters-tables-stats.html", 3);

  test("the two filter apps (gr.on and a function value) filter the same flights the same way", async ({ page }) => {
    const events = app(page, "filters-events");
    const fn = app(page, "filters");
    const [a, b] = [events.getByRole("figure"), fn.getByRole("figure")];
    await expect.poll(() => points(a)).toBe(25);
    await expect.poll(() => points(b)).toBe(25);
    for (const scope of [events, fn]) await pickOption(scope.getByRole("combobox", { name: "Origin" }), "DFW");
    await expect.poll(() => points(a)).toBeLessThan(25);
    const dfw = await points(a);
    await expect.poll(() => points(b)).toBe(dfw);
    for (const scope of [events, fn]) {
      await scope.getByRole("spinbutton", { name: /Max Price/ }).fill("500");
      await scope.getByRole("spinbutton", { name: /Max Price/ }).press("Enter");
    }
    await expect.poll(() => points(a)).toBeLessThan(dfw);
    const cheap = await points(a);
    await expect.poll(() => points(b)).toBe(cheap);
  });

  test("tables_stats: Labels count the flights and name the cheapest; the DataFrame lists them", async ({ page }) => {
    const a = app(page, "tables-stats");
    await expect(a.getByText("25", { exact: true })).toBeVisible();
    const cheapest = (await a.getByText(/^\$\d+$/).textContent())!;
    const grid = a.getByRole("grid");
    await expect(grid.getByRole("columnheader")).toHaveText([/time/, /price/, /origin/, /destination/]);
    // Sorting by price puts the cheapest flight first.
    await grid.getByRole("columnheader", { name: /price/ }).click();
    await expect(grid.getByRole("row").nth(1).getByRole("gridcell").nth(1)).toHaveText(cheapest.slice(1));
  });
});
