import { expect, test } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

test.describe("track mixer", () => {
  openForEachTest("demos/mixer.html");

  test("rows keep their values when tracks are added and removed; Mix reads them all", async ({ page }) => {
    const app = page.locator("#mixer-app");
    await app.getByRole("slider", { name: "Volume of track 1" }).fill("30");
    await app.getByRole("button", { name: "Add track" }).click();
    await app.getByRole("button", { name: "Add track" }).click();
    await expect(app.getByRole("slider", { name: "Volume of track 3" })).toBeVisible();
    // The first row's volume survived both re-renders.
    await expect(app.getByRole("slider", { name: "Volume of track 1" })).toHaveValue("30");
    await app.getByRole("textbox", { name: "Name of track 2" }).fill("Bass");
    await app.getByRole("button", { name: "Remove" }).nth(2).click();
    await expect(app.getByRole("slider", { name: "Volume of track 3" })).toHaveCount(0);
    await app.getByRole("button", { name: "Mix" }).click();
    await expect(app.getByRole("textbox", { name: "Mix" })).toHaveValue("Drums at 30%\nBass at 80%");
  });
});
