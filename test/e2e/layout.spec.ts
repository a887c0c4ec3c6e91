import { expect, test, type Page } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

const app = (page: Page) => page.locator("#layout-app");

test.describe("controlling layout", () => {
  openForEachTest("demos/layout.html");

  test("tabs switch by keyboard and keep their listeners working", async ({ page }) => {
    const first = app(page).getByRole("tab", { name: "Flip text" });
    await first.focus();
    await page.keyboard.press("ArrowRight");
    await expect(app(page).getByRole("tab", { name: "Rate" })).toHaveAttribute("aria-selected", "true");
    await expect(app(page).getByRole("tab", { name: "Rate" })).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await app(page).getByRole("textbox", { name: "Text" }).fill("stressed");
    await expect(app(page).getByRole("textbox", { name: "Flipped" })).toHaveValue("desserts");
  });

  test("the star rating is a custom HTML component whose value reaches a listener", async ({ page }) => {
    await app(page).getByRole("tab", { name: "Rate" }).click();
    await app(page).getByRole("button", { name: "4 of 5" }).click();
    await expect(app(page).getByRole("textbox", { name: "You said" })).toHaveValue("4 of 5 stars");
    await expect(app(page).getByRole("button", { name: "4 of 5" })).toHaveAttribute("aria-pressed", "true");
  });

  test("accordion and sidebar open from the keyboard", async ({ page }) => {
    const accordion = app(page).getByRole("button", { name: "More details" });
    await accordion.focus();
    await page.keyboard.press("Enter");
    await expect(accordion).toHaveAttribute("aria-expanded", "true");
    await expect(app(page).locator("#details-text")).toBeVisible();
    const sidebar = app(page).getByRole("button", { name: "Open sidebar" });
    await sidebar.focus();
    await page.keyboard.press("Enter");
    await expect(app(page).getByRole("complementary", { name: "Settings" }).getByRole("checkbox", { name: "Email me about new layouts" })).toBeVisible();
  });

  test("the walkthrough moves when the app says so; visibility updates show a column", async ({ page }) => {
    await app(page).getByRole("button", { name: "Continue" }).click();
    await expect(app(page).locator("#all-set")).toBeVisible();
    await app(page).getByRole("button", { name: "Start over" }).click();
    await expect(app(page).getByRole("button", { name: "Continue" })).toBeVisible();
    await expect(app(page).locator("#more")).toHaveCount(0);
    await app(page).getByRole("button", { name: "Show the hidden column" }).click();
    await expect(app(page).locator("#more")).toContainText("You found the hidden column.");
  });

  test("the Soft theme colours the primary button indigo", async ({ page }) => {
    const bg = await app(page).getByRole("button", { name: "Continue" }).evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(bg).toBe("rgb(67, 56, 202)");
  });
});
