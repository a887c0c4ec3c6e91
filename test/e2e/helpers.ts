// Shared steps for the e2e specs: open a demo and wait until its apps render.
import { expect, test, type Locator, type Page } from "@playwright/test";

declare global {
  interface Window {
    __rendered?: Element[];
  }
}

/**
 * Records every `render` event from the first script on, so a test never
 * misses one that fired before it started listening.
 */
export async function recordRenders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__rendered = [];
    document.addEventListener("render", (e) => window.__rendered!.push(e.target as Element), true);
  });
}

/** How many `<gradio-lite>` elements have fired `render` so far. */
export function renderedCount(page: Page): Promise<number> {
  return page.evaluate(() => new Set(window.__rendered ?? []).size);
}

/**
 * Brings each `<gradio-lite>` of the page near the viewport in turn, then
 * scrolls back to the top: an app far below the fold starts only then
 * (ui/start-when-near.ts), and a spec that checks every app needs them all.
 */
export async function startEveryApp(page: Page): Promise<void> {
  // Each waits in its box (.gradio-container) once the runtime has read it; scrolling before then starts nothing.
  await page.waitForFunction(() => [...document.querySelectorAll("gradio-lite")].every((el) => el.querySelector(":scope > .gradio-container")));
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (const el of document.querySelectorAll("gradio-lite")) {
      el.scrollIntoView({ block: "center" });
      await frame();
    }
    scrollTo(0, 0);
    await frame();
  });
}

/** Opens a demo and waits until `count` of its apps have fired `render`. */
export async function openDemo(page: Page, path: string, count = 1): Promise<void> {
  await recordRenders(page);
  await page.goto(path);
  await startEveryApp(page);
  await expect.poll(() => renderedCount(page), { message: `${count} app(s) of ${path} render` }).toBe(count);
}

/** Collects uncaught page errors (exceptions and unhandled rejections). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/**
 * For every test of the enclosing describe: open `path` (when given) and wait
 * for its apps, and fail the test if the page threw an uncaught error.
 */
export function openForEachTest(path?: string, count = 1): void {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = collectPageErrors(page);
    if (path) await openDemo(page, path, count);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });
}

/** The RGBA of a pixel of a shown image, read back through a canvas. */
export function pixel(img: Locator, x: number, y: number): Promise<number[]> {
  return img.evaluate(
    (el: HTMLImageElement, [x, y]) => {
      const canvas = document.createElement("canvas");
      canvas.width = el.naturalWidth;
      canvas.height = el.naturalHeight;
      const g = canvas.getContext("2d")!;
      g.drawImage(el, 0, 0);
      return [...g.getImageData(x, y, 1, 1).data];
    },
    [x, y],
  );
}

export interface Busy {
  /** Each distinct text of the status line. */
  texts: string[];
  barVisible: boolean;
  minimalVisible: boolean;
}

/**
 * Watches `scope` from now until it has been busy (aria-busy) and is idle
 * again: what its status overlay showed meanwhile.
 */
export function recordBusy(scope: Locator): Promise<Busy> {
  return scope.evaluate(
    (el) =>
      new Promise<Busy>((resolve) => {
        const seen: Busy = { texts: [], barVisible: false, minimalVisible: false };
        let wasBusy = false;
        const shown = (e: Element | null) => e !== null && e.getBoundingClientRect().width > 0;
        const observer = new MutationObserver(() => {
          const text = el.querySelector(".gr-status-text")?.textContent;
          if (text && seen.texts.at(-1) !== text) seen.texts.push(text);
          seen.barVisible ||= shown(el.querySelector(".gr-progress-track"));
          seen.minimalVisible ||= shown(el.querySelector(".gr-status-minimal"));
          const busy = el.getAttribute("aria-busy") === "true";
          if (busy) wasBusy = true;
          else if (wasBusy) {
            observer.disconnect();
            resolve(seen);
          }
        });
        observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
  );
}

/**
 * Picks choices in a gr.Dropdown as a user does: a click on its field, the
 * label typed to filter the list (unless `filterable: false`), a click on the
 * option. A multiselect adds each label not yet chosen, then Escape closes
 * its list. `combobox` is the field (`getByRole("combobox", { name })`).
 */
export async function pickOption(combobox: Locator, ...labels: string[]): Promise<void> {
  const list = combobox.page().locator(`[id="${await combobox.getAttribute("aria-controls")}"]`);
  const multiple = (await list.getAttribute("aria-multiselectable")) === "true";
  for (const label of labels) {
    await combobox.click();
    if (await combobox.isEditable()) await combobox.fill(label);
    const option = list.getByRole("option", { name: label, exact: true });
    if (multiple && (await option.getAttribute("aria-selected")) === "true") continue;
    await option.click();
    // A chip in the field (the list closes at maxChoices, so the option may be gone).
    if (multiple) await expect(combobox.locator("xpath=..").getByText(label, { exact: true })).toBeVisible();
    else await expect(combobox).toHaveValue(label);
  }
  if (multiple) await combobox.press("Escape");
}
