// gr.Code (demos/code.html): Gradio's code demo and a JSON formatter, in one
// page load: typing fires input and change, a read-only editor stays as it
// is, a language set by an update, handlers returning code, copy, and the
// keyboard's way out of an editor that takes Tab.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, openDemo, pickOption } from "./helpers.ts";

const editor = (page: Page, label: string) => page.getByRole("textbox", { name: label, exact: true });
const block = (page: Page, label: string) => page.locator(".gr-code").filter({ has: editor(page, label) });

test("gr.Code: editing, read-only output, language updates, handlers returning code, copy, keyboard", async ({ page, context }) => {
  test.setTimeout(60_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const errors = collectPageErrors(page);
  await openDemo(page, "demos/code.html");

  // The Input is highlighted as Python (its package loaded on demand), without line numbers.
  const input = editor(page, "Input");
  await expect(block(page, "Input").locator(".gr-code-editor")).toHaveAttribute("data-language", "python");
  await expect(input.locator(".cm-line").first().locator("span").first()).toHaveText("def");
  await expect(block(page, "Input").locator(".cm-lineNumbers")).toHaveCount(0);
  // An empty output shows Gradio's empty state, not an editor.
  await expect(page.getByRole("img", { name: "Output: empty" })).toBeVisible();

  // Typing fires input, then change.
  const json = editor(page, "JSON");
  await json.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" ");
  await expect(page.getByLabel("Events", { exact: true })).toHaveValue("input 1 · change 1");
  await page.keyboard.press("Backspace");
  await expect(page.getByLabel("Events", { exact: true })).toHaveValue("input 2 · change 2");

  // A handler returning code fills the read-only editor, which typing does not change.
  await page.getByRole("button", { name: "Format" }).click();
  const pretty = editor(page, "Formatted");
  await expect(pretty).toContainText('"name": "gradio-lite",');
  await expect(pretty.locator(".cm-line")).toHaveCount(8);
  await expect(pretty).toHaveAttribute("aria-readonly", "true");
  await pretty.click();
  await page.keyboard.type("zzz");
  await expect(pretty).not.toContainText("zzz");

  // Copy puts the code on the clipboard.
  await block(page, "Formatted").getByRole("button", { name: "Copy" }).click();
  await expect(block(page, "Formatted").getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('"stars": 5');

  // Download saves it as a file named for its language.
  const [download] = await Promise.all([page.waitForEvent("download"), block(page, "Formatted").getByRole("button", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toBe("file.json");
  expect(JSON.parse(await readFile((await download.path())!, "utf8"))).toMatchObject({ stars: 5 });

  // Bad input: a clear error, and the app keeps working.
  await json.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("{oops");
  await page.getByRole("button", { name: "Format" }).click();
  await expect(page.locator(".gr-toast").filter({ hasText: "Not JSON" })).toBeVisible();

  // A language set by an update (the Dropdown's change returns gr.Code({ language })).
  await pickOption(page.getByRole("combobox", { name: "Language", exact: true }), "javascript");
  await expect(block(page, "Input").locator(".gr-code-editor")).toHaveAttribute("data-language", "javascript");
  await page.getByRole("button", { name: "Run" }).click();
  const output = editor(page, "Output");
  await expect(output).toContainText("def all_odd_elements(sequence):");
  await expect(block(page, "Output").locator(".cm-lineNumbers")).toHaveCount(1);
  await expect(block(page, "Output").locator(".gr-code-editor")).toHaveAttribute("data-language", "javascript");
  await page.getByRole("button", { name: "Load File" }).click();
  await expect(output).toContainText("--gr-primary: #2563eb;");
  await expect(block(page, "Output").locator(".gr-code-editor")).toHaveAttribute("data-language", "css");
  // CSS's package highlights the property name.
  await expect(output.locator(".cm-line span").filter({ hasText: "border-radius" })).toHaveCount(1);

  // Tab indents; Escape then Tab leaves the editor (CodeMirror's documented way out).
  await input.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(input).toBeFocused();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(input).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest("gradio-lite") !== null)).toBe(true);

  expect(errors).toEqual([]);
});
