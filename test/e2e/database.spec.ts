// demos/database.html: Gradio's "Connecting to a database" guide on SQLite in
// the worker. Asserts on the data path (the summary Textbox, the JSON of a
// query, the exported file), not on the DataFrame's or LinePlot's views.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openDemo, openForEachTest, pickOption } from "./helpers.ts";

const DEMO = "demos/database.html";
const app = (page: Page) => page.locator("#flights");
const summary = (page: Page) => app(page).locator("#summary").getByRole("textbox");

/** When the page's copy of flights.db was last saved (gr.Database keeps it in IndexedDB), or 0. */
function savedAt(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open("gradio-lite-databases");
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("databases")) return resolve(0);
          const all = db.transaction("databases").objectStore("databases").getAll();
          all.onsuccess = () => resolve(Math.max(0, ...all.result.map((r: { savedAt: number }) => r.savedAt)));
          all.onerror = () => resolve(0);
        };
      }),
  );
}

test.describe("connecting to a database", () => {
  openForEachTest(DEMO);

  test("queries the <gradio-file> database for the origin picked in the Dropdown", async ({ page }) => {
    await expect(summary(page)).toHaveValue("DFW: 48 flights, average price $236.23, lowest $184.21");
    await pickOption(app(page).getByRole("combobox", { name: "Origin" }), "HOU");
    await expect(summary(page)).toHaveValue(/^HOU: 48 flights, average price \$\d+\.\d+, lowest \$\d+/);
  });

  test("a flight added is still there after a reload", async ({ page }) => {
    await expect(summary(page)).toHaveValue(/^DFW: 48 flights/);
    const before = Date.now();
    await app(page).getByRole("button", { name: "Add flight" }).click();
    await expect(app(page).locator("#added").getByRole("textbox")).toHaveValue("Added flight 145: DFW → SFO at 2024-06-01 23:45, $99");
    await expect(summary(page)).toHaveValue(/^DFW: 49 flights/);
    // Saved within moments of the write (docs/databases.md); a reload before that could miss it.
    await expect.poll(() => savedAt(page)).toBeGreaterThanOrEqual(before);

    await openDemo(page, DEMO);
    await expect(summary(page)).toHaveValue(/^DFW: 49 flights/);
    const sql = app(page).locator("#sql").getByRole("textbox", { name: "SQL" });
    await sql.fill("SELECT id, origin, dest, time, price FROM flight_info WHERE dest = 'SFO'");
    await app(page).locator("#sql").getByRole("button", { name: "Run" }).click();
    await expect(app(page).locator("#rows")).toContainText('"id": 145');
    await expect(app(page).locator("#rows")).toContainText('"time": "2024-06-01 23:45"');
  });

  test("bad SQL shows SQLite's message and the app keeps working", async ({ page }) => {
    const sql = app(page).locator("#sql").getByRole("textbox", { name: "SQL" });
    await sql.fill("SELECT * FROM flights");
    await app(page).locator("#sql").getByRole("button", { name: "Run" }).click();
    await expect(app(page).getByRole("alert")).toContainText("flights.db: no such table: flights (in: SELECT * FROM flights)");

    await sql.fill("SELECT origin, count(*) AS n FROM flight_info GROUP BY origin ORDER BY origin");
    await app(page).locator("#sql").getByRole("button", { name: "Run" }).click();
    await expect(app(page).locator("#rows")).toContainText('"origin": "DAL"');
    await pickOption(app(page).getByRole("combobox", { name: "Origin" }), "DAL");
    await expect(summary(page)).toHaveValue(/^DAL: 48 flights/);
  });

  test("exports the database file", async ({ page }) => {
    await app(page).getByRole("button", { name: "Export the database" }).click();
    const link = app(page).locator("#download a[download]");
    await expect(link).toHaveText("flights.db");
    const downloading = page.waitForEvent("download");
    await link.click();
    const file = readFileSync(await (await downloading).path());
    expect(file.subarray(0, 15).toString()).toBe("SQLite format 3");
  });
});
