import { expect, test, type Locator, type Page } from "@playwright/test";
import { openDemo, openForEachTest, recordBusy } from "./helpers.ts";

const app = (page: Page) => page.locator("gradio-lite#progress");
const section = (page: Page, id: string) => app(page).locator(`#${id}`);

interface Snapshot {
  desc: string | null;
  count: string | null;
  width: string | null;
}

/**
 * Records every distinct state of the status overlay inside `scope`, from
 * now until the overlay has come and gone. Resolves with the states seen.
 */
function recordProgress(scope: Locator): Promise<Snapshot[]> {
  return scope.evaluate(
    (el) =>
      new Promise<Snapshot[]>((resolve) => {
        const seen: Snapshot[] = [];
        let appeared = false;
        const observer = new MutationObserver(() => {
          const status = el.querySelector(".gr-status");
          if (!status) {
            if (appeared) {
              observer.disconnect();
              resolve(seen);
            }
            return;
          }
          appeared = true;
          const snap = {
            desc: status.querySelector(".gr-progress-desc")?.textContent ?? null,
            count: status.querySelector(".gr-progress-count")?.textContent ?? null,
            width: (status.querySelector(".gr-progress-bar") as HTMLElement | null)?.style.width ?? null,
          };
          const last = seen.at(-1);
          if (!last || last.desc !== snap.desc || last.count !== snap.count || last.width !== snap.width) seen.push(snap);
        });
        observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
  );
}

test.describe("progress bars and alerts", () => {
  openForEachTest("demos/progress-and-alerts.html");

  test("progress as fractions with a description, then as [i, n]", async ({ page }) => {
    const reverse = section(page, "reverse");
    const seen = recordProgress(reverse);
    await reverse.getByRole("button", { name: "Reverse" }).click();
    // While it runs, the overlay shows the description, the count and a bar.
    await expect(reverse.getByRole("status")).toContainText("Reversing");
    await expect(reverse.getByRole("textbox", { name: "Reversed" })).toHaveValue("etil-oidarg");
    const states = await seen;
    expect(states[0]).toEqual({ desc: null, count: null, width: null }); // before the handler reports anything
    expect(states).toContainEqual({ desc: "Starting", count: null, width: "0%" });
    expect(states).toContainEqual({ desc: null, count: null, width: "5%" });
    expect(states).toContainEqual({ desc: "Reversing", count: "5/11", width: "45%" });
    expect(states.at(-1)).toEqual({ desc: "Reversing", count: "10/11", width: "91%" });
    await expect(reverse.getByRole("status")).toHaveCount(0);
  });

  test("fractions drive the bar; the description follows the handler", async ({ page }) => {
    const download = section(page, "download");
    const seen = recordProgress(download);
    await download.getByRole("button", { name: "Download" }).click();
    await expect(download.getByRole("textbox", { name: "Download report" })).toHaveValue("Downloaded 3 files");
    const states = await seen;
    const descs = [...new Set(states.map((s) => s.desc).filter(Boolean))];
    expect(descs).toEqual(["Downloading file 1 of 3", "Downloading file 2 of 3", "Downloading file 3 of 3"]);
    const widths = states.map((s) => s.width).filter((w): w is string => w !== null).map((w) => parseInt(w));
    expect(widths).toEqual([...widths].sort((a, b) => a - b)); // never goes back
    expect(widths.at(-1)).toBe(92); // 11/12
    expect(states.every((s) => s.count === null)).toBe(true); // fractions show no i/n
  });

  test("info and warning toasts appear while the handler runs, and it finishes", async ({ page }) => {
    const alerts = section(page, "alerts");
    await alerts.getByRole("button", { name: "Start process" }).click();
    const toasts = app(page).getByRole("status").filter({ has: page.locator(".gr-toast-title") });
    await expect(toasts.filter({ hasText: "Info" })).toContainText("Starting process");
    await expect(toasts.filter({ hasText: "Warning" })).toContainText("Name is empty");
    // The toasts came before the result: the handler kept going.
    await expect(alerts.getByRole("textbox", { name: "Outcome" })).toHaveValue("Process finished for nobody");
    await toasts.filter({ hasText: "Warning" }).getByRole("button", { name: "Dismiss warning" }).click();
    await expect(toasts.filter({ hasText: "Warning" })).toHaveCount(0);
    await expect(toasts.filter({ hasText: "Info" })).toHaveCount(1);
  });

  test("gr.Error stops the handler with its message; no warning with a name", async ({ page }) => {
    const alerts = section(page, "alerts");
    await alerts.getByRole("textbox", { name: "Name" }).fill("Ada");
    await alerts.getByRole("checkbox", { name: "Make the process fail" }).check();
    await alerts.getByRole("button", { name: "Start process" }).click();
    const error = app(page).getByRole("alert");
    await expect(error).toContainText("Process failed");
    await expect(error.locator(".gr-toast-title")).toHaveText("Error");
    await expect(app(page).locator(".gr-toast-info")).toContainText("Starting process");
    await expect(app(page).locator(".gr-toast-warning")).toHaveCount(0);
    await expect(alerts.getByRole("textbox", { name: "Outcome" })).toHaveValue("");
    await expect(alerts.locator("[aria-busy='true']")).toHaveCount(0);

    // And the app keeps working.
    await alerts.getByRole("checkbox", { name: "Make the process fail" }).uncheck();
    await alerts.getByRole("button", { name: "Start process" }).click();
    await expect(alerts.getByRole("textbox", { name: "Outcome" })).toHaveValue("Process finished for Ada");
  });

  test("gr.Error with a title and duration: null stays until dismissed", async ({ page }) => {
    const alerts = section(page, "alerts");
    await alerts.getByRole("button", { name: "An error with a title that stays" }).click();
    const error = app(page).getByRole("alert");
    await expect(error.locator(".gr-toast-title")).toHaveText("Needs your attention");
    await expect(error).toContainText("This message stays until you dismiss it.");
    await error.getByRole("button", { name: "Dismiss error" }).click();
    await expect(error).toHaveCount(0);
  });

  test('showProgress: "full" shows status and bar, "minimal" a small indicator, "hidden" nothing', async ({ page }) => {
    const sp = section(page, "show-progress");
    const recorded = Object.fromEntries(
      ["full", "minimal"].map((mode) => [mode, recordProgress(sp.locator(`#out-${mode}`))]),
    );
    const busy = Object.fromEntries(["full", "minimal", "hidden"].map((mode) => [mode, recordBusy(sp.locator(`#out-${mode}`))]));
    // Three clicks in one task: the checks below read recordings, so a loaded
    // machine that is slow to look cannot miss the 0.8 s the runs last.
    await sp.evaluate((el) => {
      for (const button of el.querySelectorAll("button")) if (button.textContent?.startsWith("Run (")) button.click();
    });
    const [full, minimal, hidden] = await Promise.all([busy.full, busy.minimal, busy.hidden]);
    expect(full.texts.some((t) => /processing \| \d+\.\d/.test(t))).toBe(true);
    expect(full.barVisible).toBe(true);
    expect(minimal.minimalVisible).toBe(true);
    expect(minimal.barVisible).toBe(false);
    expect(hidden.texts).toEqual([]);
    for (const mode of ["full", "minimal", "hidden"]) {
      await expect(sp.getByRole("textbox", { name: `Output (${mode})` })).toHaveValue("Done");
    }
    const fullSteps = await recorded.full;
    const minimalSteps = await recorded.minimal;
    expect(fullSteps.some((s) => s.desc === "Working" && s.count !== null && s.width !== null)).toBe(true);
    expect(minimalSteps.length).toBeGreaterThan(0);
    expect(minimalSteps.every((s) => s.desc === null && s.count === null && s.width === null)).toBe(true);
    await expect(sp.locator("#out-hidden")).not.toHaveAttribute("aria-busy", "true");
  });
});

// Gradio's scale=0 keeps a component at its natural width (flex: 0 0 auto), never 0 px.
test("a Button with scale: 0 in a Row keeps its natural width", async ({ page }) => {
  await openDemo(page, "demos/hello-world.html");
  await page.evaluate(() => {
    const el = document.createElement("gradio-lite");
    el.id = "scale-zero";
    el.textContent = `gr.Blocks(() => {
      gr.Row(() => {
        gr.Textbox({ label: "Word" });
        gr.Button("Reverse the word", { scale: 0 });
      });
    }).launch();`;
    document.body.append(el);
  });
  const button = page.locator("#scale-zero").getByRole("button", { name: "Reverse the word" });
  await expect(button).toBeVisible();
  const sizes = await button.evaluate((b) => ({
    frame: b.parentElement!.getBoundingClientRect().width,
    text: b.scrollWidth,
    rowOverflow: b.closest(".gr-row")!.scrollWidth - b.closest(".gr-row")!.clientWidth,
  }));
  expect(sizes.frame).toBeGreaterThanOrEqual(sizes.text);
  expect(sizes.rowOverflow).toBe(0);
});
