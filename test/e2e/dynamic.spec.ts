import { expect, test } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

test.describe("dynamic apps", () => {
  openForEachTest("demos/dynamic.html");

  test("one button per letter, re-rendered as the text changes", async ({ page }) => {
    const app = page.locator("#dynamic-app");
    await expect(app.getByRole("button", { name: "h", exact: true })).toBeVisible();
    await app.getByRole("textbox", { name: "Type something" }).fill("gradio");
    await expect(app.getByRole("button", { name: "o", exact: true })).toBeVisible();
    await app.getByRole("button", { name: "d", exact: true }).click();
    await expect(app.getByRole("textbox", { name: "Last letter clicked" })).toHaveValue("d (position 4)");
  });

  test("the to-do list keeps typed edits across re-renders and completes tasks", async ({ page }) => {
    const app = page.locator("#dynamic-app");
    const add = app.getByRole("textbox", { name: "New task" });
    for (const name of ["milk", "eggs"]) {
      await add.fill(name);
      await add.press("Enter");
      await expect(app.getByRole("textbox", { name: "Task", exact: true }).filter({ hasText: "" }).last()).toHaveValue(name);
    }
    await expect(add).toHaveValue("");
    const milk = app.getByRole("textbox", { name: "Task", exact: true }).first();
    await milk.fill("milk, oat");
    await add.fill("bread");
    await add.press("Enter");
    await expect(app.getByRole("textbox", { name: "Task", exact: true })).toHaveCount(3);
    // The keyed row kept what was typed in it.
    await expect(app.getByRole("textbox", { name: "Task", exact: true }).first()).toHaveValue("milk, oat");
    await app.getByRole("button", { name: "Done" }).first().click();
    await expect(app.getByRole("textbox", { name: "Task", exact: true })).toHaveCount(2);
    await expect(app.getByText("2 open, 1 done")).toBeVisible();
  });
});
