import { expect, test, type Page } from "@playwright/test";
import { openForEachTest, pixel } from "./helpers.ts";

const SENTENCE = "The quick brown fox jumps over the lazy dog, twice over.";
const section = (page: Page, id: string) => page.locator(`#streaming #${id}`);

test.describe("streaming outputs", () => {
  openForEachTest("demos/streaming.html");

  test("the sentence is typed out: the output grows through many prefixes to the whole sentence", async ({ page }) => {
    const typing = section(page, "typing");
    const typed = typing.getByRole("textbox", { name: "Typed so far" });
    // Record every distinct value the output shows, frame by frame, until the sentence is complete.
    const seen = typed.evaluate(
      (el: HTMLTextAreaElement, full) =>
        new Promise<string[]>((resolve) => {
          const values: string[] = [];
          const watch = () => {
            if (values.at(-1) !== el.value) values.push(el.value);
            if (el.value === full) resolve(values);
            else requestAnimationFrame(watch);
          };
          watch();
        }),
      SENTENCE,
    );
    await typing.getByRole("button", { name: "Type it" }).click();
    const values = await seen;
    expect(values.length).toBeGreaterThan(10);
    for (const v of values) expect(SENTENCE.startsWith(v)).toBe(true);
    const lengths = values.map((v) => v.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    await expect(typing.locator(".gr-textbox[aria-busy='true']")).toHaveCount(0);
  });

  test("Stop cancels the stream part-way; it can start again afterwards", async ({ page }) => {
    const typing = section(page, "typing");
    const typed = typing.getByRole("textbox", { name: "Typed so far" });
    await typing.getByRole("button", { name: "Type it" }).click();
    await expect(typed).toHaveValue(/^The quick/);
    await page.locator("#streaming #stop").and(page.getByRole("button", { name: "Stop every stream" })).click();
    await expect(typing.locator("[aria-busy='true']")).toHaveCount(0);
    const stopped = await typed.inputValue();
    expect(stopped.length).toBeLessThan(SENTENCE.length);
    expect(SENTENCE.startsWith(stopped)).toBe(true);

    await typing.getByRole("textbox", { name: "Sentence" }).fill("Short again.");
    await typing.getByRole("button", { name: "Type it" }).click();
    await expect(typed).toHaveValue("Short again.");
  });

  test("the counter streams its count and shows progress with a description and i/n", async ({ page }) => {
    const counter = section(page, "counter");
    const count = counter.getByRole("spinbutton", { name: "Count", exact: true });
    await counter.getByRole("button", { name: "Count" }).click();
    const status = counter.getByRole("status");
    await expect(status).toContainText("Counting");
    await expect(status.locator(".gr-progress-count")).toHaveText(/^\d+\/20$/);
    await expect(status.locator(".gr-progress-bar")).toHaveAttribute("style", /width: \d+%/);
    await expect(count).toHaveValue("20");
    await expect(status).toHaveCount(0);
  });

  test("a sync generator's last value is always shown", async ({ page }) => {
    const sync = section(page, "sync");
    await sync.getByRole("spinbutton", { name: "x" }).fill("6");
    await sync.getByRole("button", { name: "Generate" }).click();
    await expect(sync.getByRole("textbox", { name: "Yielded" })).toHaveValue("0, 1, 2, 3, 4, 5");
  });

  test("fake diffusion shows each step in a gr.Image, then the finished picture", async ({ page }) => {
    const diffusion = section(page, "diffusion");
    const img = diffusion.locator("#picture img");
    // Record each picture (a new file per yield) the image shows, until the run ends.
    const pictures = diffusion.evaluate(
      (el) =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          const started = () => el.querySelector("[aria-busy='true'], [role='status']");
          let running = false;
          new MutationObserver((_, observer) => {
            const src = el.querySelector<HTMLImageElement>("#picture img")?.src;
            if (src && seen.at(-1) !== src) seen.push(src);
            running ||= !!started();
            if (running && !started() && seen.length) {
              observer.disconnect();
              resolve(seen);
            }
          }).observe(el, { subtree: true, childList: true, attributes: true });
        }),
    );
    await diffusion.getByRole("button", { name: "Paint" }).click();
    const seen = await pictures;
    // Five yields a quarter of a second apart: each is its own picture.
    expect(seen.length).toBeGreaterThanOrEqual(4);
    await expect(img).toHaveAttribute("src", seen.at(-1)!);
    expect(await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([160, 160]);
    // The finished picture: the sunset's top-left tile, with no noise left.
    expect(await pixel(img, 5, 5)).toEqual([250, 120, 60, 255]);
  });

  test("Stop cancels the counter and the picture too", async ({ page }) => {
    const counter = section(page, "counter");
    const diffusion = section(page, "diffusion");
    // Counting to 50 takes 3 s: still running when Stop comes, however loaded the machine.
    await counter.getByRole("slider", { name: "Count to" }).fill("50");
    await counter.getByRole("button", { name: "Count" }).click();
    await diffusion.getByRole("button", { name: "Paint" }).click();
    // Stop in the same task that sees a step before the last: a loaded runner
    // could otherwise paint the last step between seeing one and clicking.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const root = document.querySelector("#streaming")!;
          // The first picture is step 1 of 5: four more yields, a quarter of a second apart, are still to come.
          const stopIfPainting = () => {
            const step = root.querySelector("#diffusion #picture img");
            if (!step) return false;
            (root.querySelector("#stop") as HTMLButtonElement).click();
            resolve();
            return true;
          };
          if (stopIfPainting()) return;
          const observer = new MutationObserver(() => stopIfPainting() && observer.disconnect());
          observer.observe(root, { subtree: true, childList: true });
        }),
    );
    await expect(page.locator("#streaming [aria-busy='true']")).toHaveCount(0);
    expect(Number(await counter.getByRole("spinbutton", { name: "Count", exact: true }).inputValue())).toBeLessThan(50);
    // The picture stopped part-way: still noisy, never the finished sunset.
    expect(await pixel(diffusion.locator("#picture img"), 5, 5)).not.toEqual([250, 120, 60, 255]);
  });
});
