import { expect, test } from "@playwright/test";
import { collectPageErrors, openDemo } from "./helpers.ts";

test.describe("hello world", () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, "demos/hello-world.html");
  });

  test("greets via the Submit button", async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.getByLabel("name", { exact: true }).fill("Ada");
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page.getByLabel("output", { exact: true })).toHaveValue("Hello, Ada!");
    expect(errors).toEqual([]);
  });

  test("greets via Enter in the textbox", async ({ page }) => {
    const name = page.getByRole("textbox", { name: "name", exact: true });
    await name.fill("Grace");
    await name.press("Enter");
    await expect(page.getByLabel("output", { exact: true })).toHaveValue("Hello, Grace!");
  });

  test("Clear empties input and output", async ({ page }) => {
    await page.getByLabel("name", { exact: true }).fill("Linus");
    await page.getByRole("button", { name: "Submit" }).click();
    const output = page.getByLabel("output", { exact: true });
    await expect(output).toHaveValue("Hello, Linus!");
    await page.getByRole("button", { name: "Clear" }).click();
    await expect(output).toHaveValue("");
    await expect(page.getByLabel("name", { exact: true })).toHaveValue("");
  });
});

// issue #14 item 7: the Interface's flagged-rows viewer reads its rows once the
// page is idle, so a page's first client.predict is not queued behind that read
// (the worker's first job compiles its code paths and fetches the flag store).
test("a page's first client.predict goes to the worker before the flagged rows' read, which still runs", async ({ page }) => {
  await page.addInitScript(() => {
    const jobs: string[] = [];
    (window as unknown as { jobs: string[] }).jobs = jobs;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
      for (const m of [message].flat() as Array<{ type?: string; request?: { event?: { type: string } } }>) {
        if (m?.type === "job:submit") jobs.push(m.request?.event?.type ?? "api");
      }
      return post.call(this, message, ...rest);
    } as typeof post;
  });
  await page.goto("demos/hello-world.html");
  const answer = await page.evaluate(async () => {
    await customElements.whenDefined("gradio-lite");
    const el = document.querySelector("gradio-lite") as HTMLElement & { client: Promise<{ predict(e: string, d: unknown[]): Promise<{ data: unknown[] }> }> };
    const client = await el.client;
    return (await client.predict("/predict", ["Ada"])).data[0];
  });
  expect(answer).toBe("Hello, Ada!");
  await expect.poll(() => page.evaluate(() => (window as unknown as { jobs: string[] }).jobs)).toEqual(["api", "load"]);
});
