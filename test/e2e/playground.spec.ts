// <gradio-lite playground> (demos/playground.html): edits re-run the app, a
// syntax error marks its line while the last app keeps working, the layout
// switches at 768 px, a gallery demo loads into it, and the share link
// round-trips the code through the URL's hash.
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, openDemo } from "./helpers.ts";

const editor = (page: Page) => page.getByRole("textbox", { name: "App code" });
const appPane = (page: Page) => page.locator(".gr-playground-app > .gradio-container:not([hidden])");
const status = (page: Page) => page.locator(".gr-playground-status");

/** Replaces the editor's whole text, as a paste would (no brackets closed for us). */
async function replaceCode(page: Page, code: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
}

const greet = (title: string, body = 'return "Hello, " + name + "!";') =>
  `function greet(name) {\n  ${body}\n}\ngr.Interface({ fn: greet, inputs: "text", outputs: "text", title: ${JSON.stringify(title)} }).launch();`;

test("playground: live edits, error lines, layout at 768 px, demos, share links", async ({ page }) => {
  test.setTimeout(60_000);
  const errors = collectPageErrors(page);
  await openDemo(page, "demos/playground.html");
  await expect(appPane(page).getByRole("heading", { name: "Hello, playground" })).toBeVisible();
  await expect(editor(page)).toContainText("function greet(name, intensity)");

  // Side by side from 768 px of the element's own width, stacked below; at 390 px wide, stacked.
  const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
  const sideBySide = async () => {
    const code = await box(".gr-playground-editor");
    const app = await box(".gr-playground-app");
    if (app.x >= code.x + code.width - 1 && Math.abs(app.y - code.y) < 2) return true;
    expect(app.y, "stacked: the app below the editor").toBeGreaterThanOrEqual(code.y + code.height - 1);
    return false;
  };
  const widthOf = (px: string) => page.locator("gradio-lite[playground]").evaluate((el: HTMLElement, w) => void (el.style.width = w), px);
  await widthOf("768px");
  expect(await sideBySide()).toBe(true);
  await widthOf("767px");
  expect(await sideBySide()).toBe(false);
  await widthOf("");
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await sideBySide()).toBe(false);
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await sideBySide()).toBe(true);

  // An edit re-runs the app after a pause.
  await replaceCode(page, greet("Edited live"));
  await expect(appPane(page).getByRole("heading", { name: "Edited live" })).toBeVisible();
  await expect(status(page)).toHaveText("Up to date");

  // A syntax error marks its line; the last working app stays and answers.
  await replaceCode(page, greet("Broken", 'return "Hello, " + name +;'));
  await expect(status(page)).toContainText("Syntax error on line 2");
  await expect(status(page)).toContainText("the last working app is still running");
  await expect(page.locator(".cm-gr-error-line")).toHaveAttribute("data-error-line", "2");
  await expect(page.locator(".cm-gr-error-message")).toBeVisible();
  await appPane(page).getByLabel("name", { exact: true }).fill("Ada");
  await appPane(page).getByRole("button", { name: "Submit" }).click();
  await expect(appPane(page).getByLabel("output", { exact: true })).toHaveValue("Hello, Ada!");

  // Ctrl/Cmd+Enter runs at once and clears the mark.
  await replaceCode(page, greet("Fixed", 'return "Hi, " + name;'));
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(appPane(page).getByRole("heading", { name: "Fixed" })).toBeVisible();
  await expect(page.locator(".cm-gr-error-line")).toHaveCount(0);
  await appPane(page).getByLabel("name", { exact: true }).fill("Bo");
  await appPane(page).getByRole("button", { name: "Submit" }).click();
  await expect(appPane(page).getByLabel("output", { exact: true })).toHaveValue("Hi, Bo");
  // An error thrown while the code runs is marked too.
  await replaceCode(page, 'const x = 1;\nundefinedThing();\ngr.Blocks(() => {}).launch();');
  await expect(status(page)).toContainText("line 2");
  await expect(page.locator(".cm-gr-error-line")).toHaveAttribute("data-error-line", "2");

  // A demo of the gallery, picked from the list: its code in the editor, its app beside it.
  await page.getByLabel("Start from a demo").selectOption("calculator.html");
  await expect(editor(page)).toContainText('gr.Markdown("# Add two numbers")');
  await expect(appPane(page).getByRole("heading", { name: "Add two numbers" })).toBeVisible();

  // Share: the link carries the code; opening it restores code and app.
  await replaceCode(page, greet("Shared ünïcode ✓"));
  await expect(appPane(page).getByRole("heading", { name: "Shared ünïcode ✓" })).toBeVisible();
  await page.getByRole("button", { name: "Copy share link" }).click();
  // The link is made after the code is deflated (a stream, so not at once).
  await expect(page.getByLabel("Share link")).toHaveValue(/#code=[\w-]+$/);
  const link = await page.getByLabel("Share link").inputValue();
  await page.goto("about:blank");
  await page.goto(link);
  // Code from a link is shown as text first, and runs when asked (an app may run scripts on the page).
  await expect(page.getByRole("region", { name: "Code from a link" })).toContainText('title: "Shared ünïcode ✓"');
  await expect(appPane(page).getByRole("heading", { name: "Hello, playground" })).toBeVisible();
  await page.getByRole("button", { name: "Run the shared code" }).click();
  await expect(editor(page)).toContainText('title: "Shared ünïcode ✓"');
  await expect(appPane(page).getByRole("heading", { name: "Shared ünïcode ✓" })).toBeVisible();

  expect(errors).toEqual([]);
});
