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
