import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, openDemo } from "./helpers.ts";

const app = (page: Page, section: string) => page.locator(`#${section} gradio-lite`);

/** Divides in the gr.Error app and waits for the quotient. */
async function divide(page: Page, dividend: string, divisor: string, quotient: string) {
  const div = app(page, "app-error");
  await div.getByRole("spinbutton", { name: "Dividend" }).fill(dividend);
  await div.getByRole("spinbutton", { name: "Divisor" }).fill(divisor);
  await div.getByRole("button", { name: "Submit" }).click();
  await expect(div.getByRole("spinbutton", { name: "Quotient" })).toHaveValue(quotient);
}

test.describe("errors, side by side", () => {
  test.beforeEach(async ({ page }) => {
    // Three of the four apps render; the syntax-error app shows its box instead.
    await openDemo(page, "demos/errors.html", 3);
  });

  test("every app has a visible heading", async ({ page }) => {
    for (const name of ["A syntax error", "gr.Error from a handler", "A handler that blocks its worker", "The wrong number of outputs"]) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    }
  });

  test("the syntax error shows its message and line, while the other apps work", async ({ page }) => {
    const box = app(page, "syntax").getByRole("alert");
    await expect(box).toHaveClass(/gr-load-error/);
    await expect(box).toContainText("This app's code has a syntax error");
    await expect(box).toContainText("SyntaxError: Unexpected token");
    await expect(box).toContainText(/\(line 3, column \d+\)/);
    await expect(box.locator(".gr-load-error-code")).toContainText('gr.Button("Greet").click((n) => "Hi " + n, name, name;');
    // The element's client rejects with the same message.
    const rejected = await page.evaluate(() =>
      (document.querySelector("#syntax gradio-lite") as HTMLElement & { client: Promise<unknown> }).client.then(
        () => "resolved",
        (e: Error) => e.message,
      ),
    );
    expect(rejected).toContain("Unexpected token");

    await divide(page, "9", "4", "2.25");
    const counter = app(page, "wrong-outputs");
    await counter.getByRole("textbox", { name: "Text to count" }).fill("still works fine");
    await counter.getByRole("button", { name: "Submit" }).click();
    await expect(counter.getByRole("spinbutton", { name: "Words" })).toHaveValue("3");
    await expect(counter.getByRole("spinbutton", { name: "Characters" })).toHaveValue("16");
  });

  test("gr.Error shows its message in a toast that can be dismissed", async ({ page }) => {
    const div = app(page, "app-error");
    await div.getByRole("spinbutton", { name: "Divisor" }).fill("0");
    await div.getByRole("button", { name: "Submit" }).click();
    const toast = div.getByRole("alert");
    await expect(toast).toHaveClass(/gr-toast-error/);
    await expect(toast).toContainText("Error");
    await expect(toast).toContainText("Cannot divide by zero. Pick another divisor.");
    // Only this app shows it.
    await expect(page.locator(".gr-toast")).toHaveCount(1);
    await toast.getByRole("button", { name: "Dismiss error" }).click();
    await expect(toast).toHaveCount(0);
    // And the app keeps working.
    await divide(page, "10", "4", "2.5");
  });

  test("the wrong number of outputs is an error toast, and a valid input works afterwards", async ({ page }) => {
    const counter = app(page, "wrong-outputs");
    await counter.getByRole("button", { name: "Submit" }).click(); // empty text: one value for two outputs
    const toast = counter.getByRole("alert");
    await expect(toast).toHaveClass(/gr-toast-error/);
    await expect(toast).toContainText("returned a single value but the listener has 2 outputs");
    await expect(counter.getByRole("spinbutton", { name: "Words" })).toHaveValue("");
    await expect(counter.locator("[aria-busy='true']")).toHaveCount(0);

    await counter.getByRole("textbox", { name: "Text to count" }).fill("one two three");
    await counter.getByRole("textbox", { name: "Text to count" }).press("Enter");
    await expect(counter.getByRole("spinbutton", { name: "Words" })).toHaveValue("3");
    await expect(counter.getByRole("spinbutton", { name: "Characters" })).toHaveValue("13");
  });

  test("while a handler blocks its worker for 3 s, the page and the other apps stay responsive", async ({ page }) => {
    const blocking = app(page, "blocking");
    const result = blocking.getByRole("textbox", { name: "Crunch result" });
    // Count animation frames from now on.
    await page.evaluate(() => {
      const w = window as unknown as { frames_: number[] };
      w.frames_ = [];
      const tick = (t: number) => {
        w.frames_.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = await page.evaluate(() => performance.now());
    await blocking.getByRole("button", { name: "Block the worker" }).click();
    const resultBox = blocking.locator(".gr-textbox");
    await expect(resultBox).toHaveAttribute("aria-busy", "true");

    // During the block: another app on the page takes typing and computes.
    await divide(page, "21", "7", "3");
    // ... and this app's own inputs still take typing (the UI is on the page, not in the worker).
    await blocking.getByRole("spinbutton", { name: "Seconds of busy loop" }).fill("1");
    await expect(blocking.getByRole("spinbutton", { name: "Seconds of busy loop" })).toHaveValue("1");
    await expect(resultBox).toHaveAttribute("aria-busy", "true"); // still blocked: all of that happened during the block

    await expect(result).toHaveValue(/^Done: busy for 3\.\d s/, { timeout: 15_000 });
    await expect(resultBox).not.toHaveAttribute("aria-busy", "true");
    const frames = await page.evaluate(
      (since) => (window as unknown as { frames_: number[] }).frames_.filter((t) => t >= since),
      started,
    );
    const span = frames[frames.length - 1] - frames[0];
    const longestGap = Math.max(...frames.slice(1).map((t, i) => t - frames[i]));
    expect(span).toBeGreaterThan(2900);
    expect(frames.length).toBeGreaterThan(span / 100); // well over 10 frames per second
    expect(longestGap).toBeLessThan(500); // a blocked page would show one ~3000 ms gap
  });
});

test("a load error is not also an uncaught error on the page", async ({ page }) => {
  const errors = collectPageErrors(page);
  await openDemo(page, "demos/errors.html", 3);
  await expect(app(page, "syntax").getByRole("alert")).toBeVisible();
  // Give an unhandled rejection a moment to surface, then check none did.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
  expect(errors).toEqual([]);
});

test("an HTML comment inside <gradio-lite> is not read as app code", async ({ page }) => {
  await openDemo(page, "demos/hello-world.html");
  await page.evaluate(() => {
    const el = document.createElement("gradio-lite");
    el.id = "commented";
    el.innerHTML = `
      <!-- A note for whoever reads the page source. -->
      gr.Interface({ fn: (x) => x + "!", inputs: "textbox", outputs: "textbox" }).launch();
    `;
    document.body.append(el);
  });
  const commented = page.locator("#commented");
  // Wait until it has either rendered or failed to load.
  await expect(commented.locator(".gr-app:not(.gr-loading)")).toBeVisible();
  await expect(commented).not.toContainText("syntax error", { timeout: 1000 }); // settled: no need to wait
  await expect(commented.getByRole("button", { name: "Submit" })).toBeVisible();
});
