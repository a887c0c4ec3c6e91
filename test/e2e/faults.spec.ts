// Issue #13's faults, on demos/faults.html: a dead worker, a flood of calls,
// throws that are not Errors, stray exceptions, and nothing left pending.
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, openDemo } from "./helpers.ts";

type Lite = HTMLElement & { client: Promise<import("../../ui/client.ts").Client> };
const app = (page: Page, section: string) => page.locator(`#${section} gradio-lite`);

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = collectPageErrors(page);
});
test.afterEach(() => expect(errors).toEqual([]));

test("a worker that closes itself is noticed and restarted; its calls reject; files and BrowserState stay", async ({ page }) => {
  await openDemo(page, "demos/faults.html", 4);
  const a = app(page, "restart");
  const status = a.getByRole("textbox", { name: "Status" });
  await a.getByRole("button", { name: "Count" }).click();
  await expect(status).toHaveValue("Count: 1");
  await a.getByRole("button", { name: "Count" }).click();
  await expect(status).toHaveValue("Count: 2");
  await a.getByLabel("A file to keep").setInputFiles({ name: "kept.txt", mimeType: "text/plain", buffer: Buffer.from("kept across the restart") });
  await expect(a.locator("a[download]", { hasText: "kept.txt" })).toBeVisible();

  const measured = await page.evaluate(async () => {
    const el = document.querySelector("#restart gradio-lite") as Lite;
    const client = await el.client;
    const outcome = (p: Promise<unknown>) => p.then(() => "resolved", (e: Error) => e.message);
    const slowPredict = outcome(client.predict("/slow", []));
    const slowSubmit = (async () => {
      const seen: string[] = [];
      for await (const m of client.submit("/slow", [])) if (m.type === "status") seen.push(`${m.stage}${m.message ? `: ${m.message}` : ""}`);
      return seen;
    })();
    await new Promise((r) => setTimeout(r, 100));
    const notice = new Promise<number>((resolve) => {
      const seen = new MutationObserver(() => {
        if (el.textContent?.includes("This app stopped; restarting…")) (seen.disconnect(), resolve(performance.now()));
      });
      seen.observe(el, { subtree: true, childList: true, characterData: true });
    });
    const rendered = new Promise<number>((resolve) => el.addEventListener("render", () => resolve(performance.now()), { once: true }));
    // The worker closes itself a task after this call's answer: that is when it dies.
    await client.predict("/close", []);
    const died = performance.now();
    const [noticed, restarted] = await Promise.all([notice, rendered]);
    return { noticeMs: noticed - died, restartMs: restarted - died, predict: await slowPredict, submit: await slowSubmit };
  });
  console.log(`[faults] dead worker: notice after ${measured.noticeMs.toFixed(0)} ms, running again after ${measured.restartMs.toFixed(0)} ms`);
  // Noticed, every call rejected and a fresh worker started within 500 ms; running again once it has loaded the app.
  expect(measured.noticeMs).toBeLessThan(500);
  expect(measured.restartMs).toBeLessThan(2000);
  expect(measured.predict).toMatch(/^This app stopped \(its worker closed\) and is restarting/);
  expect(measured.submit[0]).toBe("pending");
  expect(measured.submit.at(-1)).toMatch(/^error: This app stopped \(its worker closed\)/);
  await expect(a.getByRole("status").filter({ hasText: "was restarted" })).toBeVisible();

  // BrowserState, the <gradio-file> and the upload (the page kept its value; the cache its content) are all there.
  await a.getByRole("button", { name: "Count" }).click();
  await expect(status).toHaveValue("Count: 3");
  await a.getByRole("button", { name: "Read the notes" }).click();
  await expect(status).toHaveValue("Notes kept in the file cache.");
  await a.getByRole("button", { name: "Read the upload" }).click();
  await expect(status).toHaveValue("Upload: kept across the restart");
  // The element's client follows the new worker.
  expect(await page.evaluate(async () => (await (document.querySelector("#restart gradio-lite") as Lite).client).predict("/count", []).then((r) => r.data))).toEqual(["Count: 4"]);
});
