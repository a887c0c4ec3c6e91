import { expect, test, type Locator, type Page } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

const section = (page: Page, id: string) => page.locator(`#timers #${id}`);
const numberIn = async (box: Locator) => Number(await box.inputValue());

/** Waits until the independent heartbeat (every 0.25 s) has beaten `beats` more times. */
async function waitForHeartbeats(page: Page, beats: number): Promise<void> {
  const heartbeat = section(page, "heartbeat").getByRole("spinbutton", { name: "Heartbeats (every 0.25 s)" });
  const start = await numberIn(heartbeat);
  await expect.poll(() => numberIn(heartbeat), { intervals: [100] }).toBeGreaterThanOrEqual(start + beats);
}

/** The page-side times (ms) at which an input's value changed, for the next `changes` changes. */
function changeTimes(box: Locator, changes: number): Promise<number[]> {
  return box.evaluate(
    (el: HTMLInputElement, n) =>
      new Promise<number[]>((resolve) => {
        const times: number[] = [];
        let last = el.value;
        const watch = (t: number) => {
          if (el.value !== last) {
            last = el.value;
            times.push(t);
          }
          if (times.length > n) resolve(times);
          else requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      }),
    changes,
  );
}

test.describe("timers", () => {
  openForEachTest("demos/timer.html");

  test("the timer drives a clock, a tick counter and a function-valued number", async ({ page }) => {
    const driven = section(page, "driven");
    await expect(driven.getByRole("textbox", { name: "Clock" })).toHaveValue(/^\d\d:\d\d:\d\d$/);
    const ticks = driven.getByRole("spinbutton", { name: "Ticks" });
    await expect.poll(() => numberIn(ticks), { intervals: [100] }).toBeGreaterThanOrEqual(2);
    const random = driven.getByRole("spinbutton", { name: "Random number (1–10)" });
    await expect(random).toHaveValue(/^([1-9]|10)$/);
    // No status overlay flickers on timer-driven outputs of the function-valued number.
    await expect(driven.locator(".gr-number").filter({ has: random }).locator(".gr-status")).toHaveCount(0);
  });

  test("Stop makes the timer inactive; Start resumes it", async ({ page }) => {
    const driven = section(page, "driven");
    const ticks = driven.getByRole("spinbutton", { name: "Ticks" });
    await expect.poll(() => numberIn(ticks), { intervals: [100] }).toBeGreaterThanOrEqual(1);
    await driven.getByRole("button", { name: "Stop" }).click();
    await expect(driven.getByRole("textbox", { name: "Timer" })).toHaveValue("Stopped");
    await expect(driven.locator("[aria-busy='true']")).toHaveCount(0);
    const stoppedAt = await numberIn(ticks);
    // Over a second of heartbeats (two of its 0.5 s intervals), the stopped timer does not tick.
    await waitForHeartbeats(page, 5);
    expect(await numberIn(ticks)).toBe(stoppedAt);

    await driven.getByRole("button", { name: "Start" }).click();
    await expect(driven.getByRole("textbox", { name: "Timer" })).toHaveValue("Running");
    await expect.poll(() => numberIn(ticks), { intervals: [100] }).toBeGreaterThanOrEqual(stoppedAt + 2);
  });

  test("returning a number sets the interval: Go fast ticks about every 0.1 s", async ({ page }) => {
    const driven = section(page, "driven");
    const ticks = driven.getByRole("spinbutton", { name: "Ticks" });
    await driven.getByRole("button", { name: "Go fast" }).click();
    await expect(driven.getByRole("textbox", { name: "Timer" })).toHaveValue("Running every 0.1 s");
    const times = await changeTimes(ticks, 6);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    const average = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(average).toBeLessThan(250); // 0.5 s before
    expect(average).toBeGreaterThan(50);
  });

  test("a countdown timer stops itself by returning gr.Timer({ active: false })", async ({ page }) => {
    const countdown = section(page, "countdown");
    const left = countdown.getByRole("spinbutton", { name: "Seconds to liftoff" });
    const rocket = countdown.getByRole("textbox", { name: "Rocket" });
    await expect(rocket).toHaveValue("On the pad"); // inactive until launched
    await countdown.getByRole("button", { name: "Launch" }).click();
    await expect(rocket).toHaveValue("Counting down…");
    await expect(rocket).toHaveValue("Liftoff! 🚀");
    await expect(left).toHaveValue("0");
    // Stopped: five more of its 0.2 s intervals pass and it stays at zero.
    await waitForHeartbeats(page, 5);
    await expect(left).toHaveValue("0");
  });

  // Gradio's `tick` event defaults to show_progress="hidden" (gradio/events.py, Events.tick), so a
  // clock does not flash a "processing" overlay twice a second.
  test("a tick listener shows no progress overlay by default, as in Gradio", async ({ page }) => {
    await expect(page.getByRole("textbox", { name: /^Latest reading/ })).toHaveValue(/^Reading #\d+: \d+\.\d\d °C$/);
    const driven = section(page, "driven");
    const frame = driven.locator(".gr-textbox").filter({ has: page.getByRole("textbox", { name: /^Latest reading/ }) });
    // Watch the frame of a slow tick listener's output over three ticks for any status overlay.
    const overlays = await frame.evaluate(
      (el) =>
        new Promise<number>((resolve) => {
          let seen = 0;
          let changes = 0;
          const input = el.querySelector("textarea")!;
          let last = input.value;
          const watch = () => {
            if (el.querySelector(".gr-status")) seen++;
            if (input.value !== last) {
              last = input.value;
              changes++;
            }
            if (changes >= 3) resolve(seen);
            else requestAnimationFrame(watch);
          };
          watch();
        }),
    );
    expect(overlays).toBe(0);
  });
});
