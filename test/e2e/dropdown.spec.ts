// demos/dropdown.html: gr.Dropdown as Gradio 5's combobox, used by keyboard
// and mouse as a person would: filtering, events and their data, maxChoices,
// custom values, and at 390 px a list that stays in the viewport, is not cut
// by a Group or an Accordion, and passes axe while open, light and dark.
import { createRequire } from "node:module";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openForEachTest, pickOption } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const json = async (l: Locator) => JSON.parse((await l.locator("pre").textContent()) ?? "null") as Record<string, unknown>;
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The list a combobox controls. */
const listOf = async (combobox: Locator) => combobox.page().locator(`[id="${await combobox.getAttribute("aria-controls")}"]`);

test.describe("demos/dropdown.html", () => {
  openForEachTest("demos/dropdown.html", 3);

  test("keyboard only: filter, pick, and the country's events carry Gradio's data", async ({ page }) => {
    const a = app(page, "pick");
    const country = a.getByRole("combobox", { name: "Country" });
    await expect(country).toHaveValue("Argentina"); // no value given: the first choice
    await expect(a.getByRole("textbox", { name: "What the handler receives" })).toHaveValue('Argentina · ["en"]');
    await country.focus();
    await expect(country).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.type("GER");
    const list = await listOf(country);
    await expect(list.getByRole("option")).toHaveText(["Germany", "Nigeria"]);
    await page.keyboard.press("ArrowDown");
    await expect(country).toHaveAttribute("aria-activedescendant", /-option-19$/);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(country).toHaveValue("Germany");
    await expect(country).toBeFocused();
    await expect(a.getByRole("textbox", { name: "What the handler receives" })).toHaveValue('Germany · ["en"]');
    const events = a.locator("#events");
    await expect.poll(() => json(events)).toMatchObject({
      focus: "Argentina",
      keyUp: { key: "Enter", inputValue: "Germany" },
      select: { index: 8, value: "Germany", selected: true },
      change: "Germany",
      input: "Germany",
    });
    await page.keyboard.press("Tab");
    await expect.poll(async () => (await json(events)).blur).toBe("Germany");
  });

  test("a multiselect of [label, value] pairs stops at maxChoices; chips go with × or Backspace", async ({ page }) => {
    const a = app(page, "pick");
    const languages = a.getByRole("combobox", { name: "Languages" });
    await pickOption(languages, "Español", "日本語");
    await expect(a.locator("#languages .gr-dropdown-token")).toHaveText(["English", "Español", "日本語"]);
    await expect(a.getByRole("textbox", { name: "What the handler receives" })).toHaveValue('Argentina · ["en","es","ja"]');
    // Three: no more options show.
    await languages.click();
    await expect(languages).toHaveAttribute("aria-expanded", "false");
    await expect((await listOf(languages)).getByRole("option")).toHaveCount(0);
    await a.getByRole("button", { name: "Remove Español" }).click();
    await expect(a.getByRole("textbox", { name: "What the handler receives" })).toHaveValue('Argentina · ["en","ja"]');
    await languages.press("Backspace");
    await expect(a.locator("#languages .gr-dropdown-token")).toHaveText(["English"]);
    await a.getByRole("button", { name: "Clear" }).click();
    await expect(a.getByRole("textbox", { name: "What the handler receives" })).toHaveValue("Argentina · []");
  });

  test("custom values are kept where allowed, and dropped where not", async ({ page }) => {
    const a = app(page, "custom");
    const request = a.locator("#request");
    const model = a.getByRole("combobox", { name: "Model" });
    await model.click();
    await model.fill("my-finetune");
    await model.press("Enter");
    await expect.poll(() => json(request)).toMatchObject({ model: "my-finetune", custom: true });
    const tags = a.getByRole("combobox", { name: "Tags" });
    await tags.click();
    await tags.fill("perf");
    await tags.press("Enter");
    await tags.fill("ux");
    await tags.press("Tab"); // leaving the field keeps it too
    await expect.poll(() => json(request)).toMatchObject({ tags: ["bug", "perf", "ux"] });
    const priority = a.getByRole("combobox", { name: "Priority" });
    await priority.click();
    await priority.fill("urgent");
    await expect(priority).toHaveClass(/gr-subdued/);
    await priority.press("Enter");
    await priority.press("Tab");
    await expect(priority).toHaveValue("medium");
    await expect.poll(() => json(request)).toMatchObject({ priority: "medium" });
  });

  test("read-only dropdowns follow an update and cannot be opened", async ({ page }) => {
    const a = app(page, "layouts");
    const size = a.getByRole("combobox", { name: "Size", exact: true });
    await expect(size).toHaveAttribute("readonly", "");
    await size.click();
    await page.keyboard.type("L"); // filterable: false: typing changes nothing
    await expect(size).toHaveValue("Medium");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(size).toHaveValue("Large");
    const confirmed = a.getByRole("combobox", { name: "Confirmed size" });
    await expect(confirmed).toHaveValue("Large");
    await expect(confirmed).toBeDisabled();
    await expect(a.getByRole("combobox", { name: "Included" })).toBeDisabled();
    await expect(a.locator("#included .gr-dropdown-token")).toHaveText(["Gift wrap", "Insurance"]);
    await expect(a.locator("#included button")).toHaveCount(0);
  });
});

test.describe("demos/dropdown.html at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  openForEachTest("demos/dropdown.html", 3);

  for (const scheme of ["light", "dark"] as const) {
    test(`${scheme}: a list in an Accordion and in a Group stays in the viewport, uncut and on top; axe passes with it open`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const a = app(page, "layouts");
      for (const name of ["Carrier", "Size"]) {
        const field = a.getByRole("combobox", { name, exact: true });
        await field.scrollIntoViewIfNeeded();
        await field.click();
        const list = await listOf(field);
        await expect(list).toBeVisible();
        const box = (await list.boundingBox())!;
        const viewport = page.viewportSize()!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        // Every option shown in the list's box is the element under its middle: nothing clips or covers it.
        const covered = await list.evaluate((ul) => {
          const view = ul.getBoundingClientRect();
          return [...ul.querySelectorAll("[role=option]")]
            .map((o) => o.getBoundingClientRect())
            .filter((r) => r.top >= view.top && r.bottom <= view.bottom)
            .filter((r) => !document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest("[role=option]")).length;
        });
        expect(covered).toBe(0);
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
          const result = await axe.run({ include: [["gradio-lite#layouts"]] }, {});
          return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`);
        });
        expect(violations).toEqual([]);
        await field.press("Escape");
        await expect(list).toBeHidden();
      }
    });
  }
});
