import { expect, test } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

test.describe("multipage app", () => {
  openForEachTest("demos/multipage.html");

  test("the navbar and the hash switch pages; the pages share one session", async ({ page }) => {
    const app = page.locator("#pages-app");
    const nav = app.getByRole("navigation", { name: "Pages" });
    await expect(nav.getByRole("link")).toHaveText(["Welcome", "Settings", "About", "Gradio guides"]);
    await nav.getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(/#\/settings$/);
    await app.getByRole("textbox", { name: "Your name" }).fill("Ada");
    await app.getByRole("textbox", { name: "Your name" }).press("Enter");
    await expect(app.getByText("Saved: Ada")).toBeVisible();
    await nav.getByRole("link", { name: "Welcome" }).click();
    await app.getByRole("button", { name: "Greet me" }).click();
    await expect(app.getByRole("heading", { name: "Hello, Ada!" })).toBeVisible();
    await page.goBack();
    await expect(app.getByRole("textbox", { name: "Your name" })).toBeVisible();
  });

  test("a page opens from its URL directly", async ({ page }) => {
    await page.goto("demos/multipage.html#/about");
    await expect(page.locator("#pages-app").getByText("Every page of this app runs in the same worker")).toBeVisible();
  });
});
