import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { openDemo, openForEachTest, recordBusy } from "./helpers.ts";

const section = (page: Page, id: string) => page.locator(`#queue-app #${id}`);
/** A component's frame (with its status overlay) found by its label. */
const frameOf = (page: Page, scope: string, label: string) =>
  section(page, scope).locator(".gr-block").filter({ has: page.getByText(label, { exact: true }) });

test.describe("queuing", () => {
  openForEachTest("demos/queuing.html");

  test("three listeners share one concurrencyId with a limit of 2: the third waits in the queue", async ({ page }) => {
    const gpu = section(page, "gpu");
    const [first, third] = [1, 3].map((m) => recordBusy(frameOf(page, "gpu", `Image from model ${m}`)));
    // Clicked in one task, so the half-second runs overlap however slow this machine is.
    await gpu.evaluate((el) => {
      for (const button of el.querySelectorAll("button")) if (button.textContent?.startsWith("Generate via model")) button.click();
    });
    // Models 1 and 2 take the two slots; model 3's output shows its place in the shared queue.
    expect((await third).texts.some((t) => /queue: 1\/1 \| \d+\.\ds/.test(t))).toBe(true);
    expect((await first).texts.some((t) => t.startsWith("processing"))).toBe(true);
    for (const m of [1, 2, 3]) {
      const img = gpu.getByRole("img", { name: `Image from model ${m}` });
      await expect(img).toBeVisible();
      // The picture the model drew: 320 × 200.
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth * 1000 + el.naturalHeight)).toBe(320200);
    }
    await expect(gpu.getByRole("spinbutton", { name: "Most GPU slots in use at once" })).toHaveValue("2");
    await expect(gpu.getByRole("status")).toHaveCount(0);
  });

  test("client.submit calls from page JavaScript queue up; a UI click shows its queue position", async ({ page }) => {
    await page.getByLabel("Requests").fill("6");
    await page.getByRole("button", { name: "Send requests" }).click();
    const items = page.locator("#crowd-log li");
    await expect(items).toHaveCount(6);
    // Two start at once, the others wait (which two start first is up to the scheduler).
    await expect(items.filter({ hasText: /waiting, queue [1-4]\/[2-4]/ }).first()).toBeVisible();
    // Meanwhile the user clicks in the app: the run joins the same queue, behind them.
    await section(page, "gpu").getByRole("button", { name: "Generate via model 1" }).click();
    await expect(frameOf(page, "gpu", "Image from model 1").getByRole("status")).toContainText(/queue: [1-5]\/[1-5] \| \d+\.\d/);
    await expect(items.filter({ hasText: /done: 🖼 crowd request \d by model 1\.png/ })).toHaveCount(6);
    await expect(page.locator("#crowd-log li[data-waited]")).toHaveCount(4);
    await expect(section(page, "gpu").getByRole("img", { name: "Image from model 1" })).toBeVisible();
    await expect(section(page, "gpu").getByRole("spinbutton", { name: "Most GPU slots in use at once" })).toHaveValue("2");
  });

  test("beyond maxSize waiting calls, the queue refuses more with a clear error", async ({ page }) => {
    await page.getByLabel("Requests").fill("9");
    await page.getByRole("button", { name: "Send requests" }).click();
    const items = page.locator("#crowd-log li");
    await expect(items).toHaveCount(9);
    // 2 run, 6 wait (maxSize), 1 is refused.
    await expect(page.locator('#crowd-log li[data-state="error"]')).toHaveCount(1);
    await expect(page.locator('#crowd-log li[data-state="error"]')).toContainText("The queue is full");
    await expect(page.locator('#crowd-log li[data-state="done"]')).toHaveCount(8, { timeout: 15_000 });
  });

  test("Stop cancels the running event; the app keeps working", async ({ page }) => {
    const cancel = section(page, "cancel");
    const done = cancel.getByRole("spinbutton", { name: "Epochs done" });
    await cancel.getByRole("button", { name: "Train" }).click();
    const status = frameOf(page, "cancel", "Epochs done").getByRole("status");
    await expect(status).toContainText(/Training/);
    await expect.poll(async () => Number(await done.inputValue())).toBeGreaterThanOrEqual(2);
    await cancel.getByRole("button", { name: "Stop" }).click();
    await expect(status).toHaveCount(0);
    const stoppedAt = Number(await done.inputValue());
    expect(stoppedAt).toBeLessThan(20);
    await expect(frameOf(page, "cancel", "Epochs done")).not.toHaveAttribute("aria-busy", "true");

    // A new run starts from 1 and can finish.
    await cancel.getByRole("slider", { name: "Epochs" }).fill("5");
    await cancel.getByRole("button", { name: "Train" }).click();
    await expect(done).toHaveValue("5");
    await expect(status).toHaveCount(0);
  });

  test("triggerMode: once drops clicks while running, multiple queues each, always_last runs once more", async ({ page }) => {
    const modes = section(page, "modes");
    // Three clicks per button in one task, as a quick user's land inside the
    // half-second run: on a loaded machine, one Playwright click each can take
    // longer than the run, and the modes would not be told apart.
    await modes.evaluate((el) => {
      for (const button of el.querySelectorAll("button")) {
        if (button.textContent?.startsWith("Click me")) for (let i = 0; i < 3; i++) button.click();
      }
    });
    const out = (mode: string) => modes.getByRole("textbox", { name: `Runs with triggerMode "${mode}"` });
    await expect(out("multiple")).toHaveValue("3 runs");
    await expect(out("always_last")).toHaveValue("2 runs");
    await expect(out("once")).toHaveValue("1 run");
    await expect(modes.locator("[aria-busy='true']")).toHaveCount(0);
    // Settled: no run was owed.
    await expect(out("once")).toHaveValue("1 run");
    await expect(out("always_last")).toHaveValue("2 runs");
  });
});

// Gradio's Stop buttons use variant: "stop": white on red-700 passes axe's color-contrast rule (4.5:1).
test('a variant: "stop" button passes axe colour contrast', async ({ page }) => {
  await openDemo(page, "demos/hello-world.html");
  await page.evaluate(() => {
    const el = document.createElement("gradio-lite");
    el.id = "stop-variant";
    el.textContent = 'gr.Blocks(() => { gr.Button("Stop", { variant: "stop" }); }).launch();';
    document.body.append(el);
  });
  await expect(page.locator("#stop-variant").getByRole("button", { name: "Stop" })).toBeVisible();
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string }> }> } }).axe;
    const result = await axe.run({ include: [["#stop-variant"]] }, { runOnly: ["color-contrast"] });
    return result.violations.map((v) => v.id);
  });
  expect(violations).toEqual([]);
});
