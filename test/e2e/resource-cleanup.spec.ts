import { expect, test, type Page } from "@playwright/test";
import { openDemo, openForEachTest } from "./helpers.ts";

const DEMO = "demos/resource-cleanup.html";
const COLOR = "(red|green|blue|orange|yellow|purple)";

function cleanup(page: Page) {
  const app = page.locator("#cleanup");
  return {
    image: app.locator("#generated").getByRole("img", { name: "Generated Image" }),
    history: app.locator("#history").getByRole("button"),
    generate: app.getByRole("button", { name: "Generate", exact: true }),
    check: app.getByRole("button", { name: "Check the cache" }),
    report: app.getByRole("textbox", { name: "Cache check" }),
    log: page.locator("#cleanup-log li"),
  };
}

test.describe("resource cleanup", () => {
  openForEachTest(DEMO);

  test("demo.load and Generate add images to the session's State and history", async ({ page }) => {
    const c = cleanup(page);
    await expect(c.image).toBeVisible();
    await expect(c.history).toHaveText([new RegExp(`^${COLOR}-1\\.png$`)]);
    await expect(c.log).toHaveText([/session \w+ started$/]);
    await c.generate.click();
    await expect(c.history).toHaveText([new RegExp(`^${COLOR}-1\\.png$`), new RegExp(`^${COLOR}-2\\.png$`)]);
    // The image shown is the last one, a real decoded PNG.
    await expect.poll(() => c.image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(100);
  });

  test("timeToLive: the State is deleted after 4 s without an update, calling deleteCallback", async ({ page }) => {
    const c = cleanup(page);
    await c.generate.click();
    await expect(c.history).toHaveCount(2);
    await expect(c.log.filter({ hasText: "STATE DELETED" })).toHaveText([/STATE DELETED: 2 image\(s\) freed$/], { timeout: 10_000 });
    // The next read starts again from the initial value: an empty history.
    await c.generate.click();
    await expect(c.history).toHaveText([new RegExp(`^${COLOR}-1\\.png$`)]);
  });

  test("deleteCache clears cached files older than 4 s", async ({ page }) => {
    const c = cleanup(page);
    await expect(c.history).toHaveCount(1); // demo.load's image
    await c.check.click();
    await expect(c.report).toHaveValue("1 of 1 file(s) still in the cache.");
    await expect(async () => {
      await c.check.click();
      await expect(c.report).toHaveValue("0 of 1 file(s) still in the cache (1 deleted by deleteCache).", { timeout: 1000 });
    }).toPass({ timeout: 12_000 });
  });

  test("removing the app ends the session: demo.unload runs and the State is deleted", async ({ page }) => {
    const c = cleanup(page);
    await expect(c.history).toHaveCount(1); // demo.load's image, before Generate adds one
    await c.generate.click();
    await expect(c.history).toHaveCount(2);
    await page.locator("#cleanup").evaluate((el) => el.remove());
    await expect(c.log).toHaveText([
      /session (\w+) started$/,
      /session \w+ unloaded: deleted its directory of 2 file\(s\)$/,
      /STATE DELETED: 2 image\(s\) freed$/,
    ]);
  });

  test("leaving the page runs demo.unload too (pagehide, best effort)", async ({ page, context }) => {
    // Another tab of the site hears the app's log channel after this page is gone.
    const watcher = await context.newPage();
    await watcher.goto("index.html");
    await watcher.evaluate(() => {
      const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
      new BroadcastChannel("resource-cleanup-log").onmessage = (e) => heard.push(e.data);
    });
    const c = cleanup(page);
    await expect(c.history).toHaveCount(1);
    await page.goto("index.html");
    await expect
      .poll(() => watcher.evaluate(() => (window as unknown as { heard: string[] }).heard.filter((m) => !m.endsWith(" started"))))
      .toEqual([expect.stringMatching(/unloaded: deleted its directory of 1 file\(s\)$/), "STATE DELETED: 1 image(s) freed"]);
  });
});

test("deleteCache clears only this app's files, not another app's on the same site", async ({ page, context }) => {
  // Another app on the site, with a file given by <gradio-file> (no deleteCache of its own).
  const other = await context.newPage();
  await openDemo(other, "demos/file-access.html");
  const readFirstLine = () =>
    other.evaluate(async () => {
      const client = await (document.querySelector("#files") as unknown as { client: Promise<any> }).client;
      try {
        return (await client.predict("/read_first_line", ["penguins.csv"])).data[0];
      } catch (error) {
        return `error: ${(error as Error).message}`;
      }
    });
  expect(await readFirstLine()).toBe("species,island,bill_length_mm,bill_depth_mm,body_mass_g");

  await openDemo(page, DEMO);
  const c = cleanup(page);
  await expect(c.history).toHaveCount(1);
  // Wait until this app's sweep has run on files older than 4 s.
  await expect(async () => {
    await c.check.click();
    await expect(c.report).toHaveValue(/deleted by deleteCache/, { timeout: 1000 });
  }).toPass({ timeout: 12_000 });
  expect(await readFirstLine()).toBe("species,island,bill_length_mm,bill_depth_mm,body_mass_g");
});
