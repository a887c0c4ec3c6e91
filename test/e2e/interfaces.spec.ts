// Gradio's four kinds of interfaces in a TabbedInterface, and Interface state.
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, openDemo } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);

test("each kind works in its tab; the state demo keeps its history", async ({ page }) => {
  const errors = collectPageErrors(page);
  await openDemo(page, "demos/interfaces.html", 2);
  const kinds = app(page, "kinds");
  await expect(kinds.getByRole("heading", { name: "Four kinds of interfaces" })).toBeVisible();
  await expect(kinds.getByRole("tab")).toHaveText(["Standard", "Output-only", "Input-only", "Unified"]);
  const panel = kinds.getByRole("tabpanel");

  await panel.getByRole("textbox", { name: "name" }).fill("Ada");
  await panel.getByRole("button", { name: "Submit" }).click();
  await expect(panel.getByRole("textbox", { name: "output" })).toHaveValue("Hello, Ada!!");

  await kinds.getByRole("tab", { name: "Output-only" }).click();
  await expect(panel.getByRole("textbox")).toHaveCount(0);
  await panel.getByRole("button", { name: "Generate" }).click();
  await expect(panel.getByRole("img", { name: /Generated/ })).toBeVisible();

  await kinds.getByRole("tab", { name: "Input-only" }).click();
  await panel.locator('input[type="file"]').setInputFiles("demos/assets/sunset.png");
  await panel.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText(/Saved the \d+-byte image as \w+\.png in this browser\./)).toBeVisible();

  await kinds.getByRole("tab", { name: "Unified" }).click();
  await panel.getByRole("button", { name: "Submit" }).click();
  await expect(panel.getByRole("textbox", { name: "Story" })).toHaveValue("Once upon a time, in a browser far, far away");

  const state = app(page, "state");
  for (const word of ["first", "second"]) {
    await state.getByRole("textbox", { name: "message" }).fill(word);
    await state.getByRole("button", { name: "Submit" }).click();
  }
  await expect(state.locator(".gr-json")).toContainText('"Current messages": "second"');
  await expect(state.locator(".gr-json")).toContainText('"first"');
  expect(errors).toEqual([]);
});
