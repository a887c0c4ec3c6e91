import { expect, test, type Page } from "@playwright/test";
import { openDemo, openForEachTest } from "./helpers.ts";

const section = (page: Page, id: string) => page.locator(`#client-fns #${id}`);

test.describe("client side functions", () => {
  openForEachTest("demos/client-functions.html");

  test("a js-only listener (fn: null) writes its result to the output", async ({ page }) => {
    const s = section(page, "sentence");
    await s.getByRole("button", { name: "Reverse sentence." }).click();
    await expect(s.getByRole("textbox", { name: "Reversed sentence (js only)" })).toHaveValue("the fish ate the cat");
    // Its output may also be one of its inputs.
    await s.getByRole("button", { name: "Append foo" }).click();
    await expect(s.getByRole("textbox", { name: "Subject", exact: true })).toHaveValue("the cat foo");
    await s.getByRole("button", { name: "Append foo" }).click();
    await expect(s.getByRole("textbox", { name: "Subject", exact: true })).toHaveValue("the cat foo foo");
  });

  test("js runs first and its result becomes the worker handler's inputs", async ({ page }) => {
    const s = section(page, "sentence");
    await s.getByRole("button", { name: "Create sentence." }).click();
    await expect(s.getByRole("textbox", { name: "Sentence (made in the worker)" })).toHaveValue("the cat ate the fish");
    await s.getByRole("button", { name: "Reverse the nouns and send to the worker." }).click();
    await expect(s.getByRole("textbox", { name: "Processed on the page, then sent to the worker" })).toHaveValue(
      "tac eht ate hsif eht",
    );
    // A change listener with js: the subject arrives reversed, on every edit.
    const reversed = s.getByRole("textbox", { name: "Subject reversed (js, then the worker)" });
    await s.getByRole("textbox", { name: "Subject", exact: true }).fill("a dog");
    await expect(reversed).toHaveValue("god a");
    await s.getByRole("textbox", { name: "Subject", exact: true }).press("Backspace");
    await expect(reversed).toHaveValue("od a");
  });

  test("js can read the page: document.title and navigator.language, also as inputs of a handler", async ({ page }) => {
    const p = section(page, "page");
    await p.getByRole("button", { name: "Read the page" }).click();
    await expect(p.getByRole("textbox", { name: "Page title" })).toHaveValue("Client side functions · gradio-lite");
    const language = await page.evaluate(() => navigator.language);
    await expect(p.getByRole("textbox", { name: "Browser language" })).toHaveValue(language);
    await p.getByRole("button", { name: "Greet me in my language" }).click();
    await expect(p.getByRole("textbox", { name: "Greeting from the worker" })).toHaveValue(
      language.startsWith("en") ? `Hello! (your browser says ${language})` : /.+/,
    );
  });

  test("a js-only listener answers while the worker is busy; a worker listener waits", async ({ page }) => {
    const busy = section(page, "busy");
    const s = section(page, "sentence");
    await busy.getByRole("button", { name: "Keep the worker busy for 3 s" }).click();
    const busyFrame = busy.locator(".gr-textbox");
    await expect(busyFrame).toHaveAttribute("aria-busy", "true");
    await s.getByRole("button", { name: "Create sentence." }).click();
    await s.getByRole("button", { name: "Reverse sentence." }).click();
    await expect(s.getByRole("textbox", { name: "Reversed sentence (js only)" })).toHaveValue("the fish ate the cat");
    // Answered during the block: the worker is still busy and the worker's sentence has not come yet.
    await expect(busyFrame).toHaveAttribute("aria-busy", "true");
    await expect(s.getByRole("textbox", { name: "Sentence (made in the worker)" })).toHaveValue("");
    await expect(busy.getByRole("textbox", { name: "Busy worker" })).toHaveValue("The worker was busy for 3 s");
    await expect(s.getByRole("textbox", { name: "Sentence (made in the worker)" })).toHaveValue("the cat ate the fish");
  });

  test("js: true hides the row on the page, at once, even while the worker is busy", async ({ page }) => {
    const hide = section(page, "hide");
    await expect(hide.getByText("This row can be hidden.")).toBeVisible();
    // Keep the worker busy: only the page can answer now.
    await section(page, "busy").getByRole("button", { name: "Keep the worker busy for 3 s" }).click();
    await hide.getByRole("button", { name: "Hide this row" }).click();
    await expect(hide.getByText("This row can be hidden.")).toHaveCount(0, { timeout: 2000 });
    await expect(hide.getByRole("button", { name: "Hide this row" })).toHaveCount(0);
  });

  test("js: true property updates: a component called for its props, several outputs, gr.update, gr.skip", async ({ page }) => {
    const s = section(page, "props");
    const notes = s.getByRole("textbox", { name: "Notes" });
    const save = s.getByRole("button", { name: "Save", exact: true });
    await notes.fill("keep me");
    await s.getByRole("button", { name: "Taller box" }).click();
    await expect(notes).toHaveAttribute("rows", "4");
    await s.getByRole("button", { name: "Lock", exact: true }).click();
    await expect(save).toBeDisabled();
    await s.getByRole("button", { name: "Unlock" }).click();
    await expect(save).toBeEnabled();
    await s.getByRole("button", { name: "Lock", exact: true }).click();
    await s.getByRole("button", { name: "Reset" }).click();
    await expect(save).toBeEnabled();
    // gr.skip() left the value alone.
    await expect(notes).toHaveValue("keep me");
  });
});

// A js-only listener's result is checked against its outputs' types on the page (the worker never
// sees it): an object for a Textbox is an error naming the output, never "[object Object]".
test("a js-only listener's wrong-typed result is refused with an error, not shown as [object Object]", async ({ page }) => {
  await openDemo(page, "demos/client-functions.html");
  await page.evaluate(() => {
    const el = document.createElement("gradio-lite");
    el.id = "js-object";
    el.textContent = `gr.Blocks(() => {
      const box = gr.Textbox({ label: "Box" });
      gr.Button("Set").click({ fn: null, outputs: box, js: () => ({ visible: false }) });
    }).launch();`;
    document.body.append(el);
  });
  const app = page.locator("#js-object");
  // Added below the demo's apps: it starts its worker once it nears the viewport (without `eager`).
  await app.scrollIntoViewIfNeeded();
  await app.getByRole("button", { name: "Set" }).click();
  await expect(app.getByRole("alert")).toContainText("Box", { timeout: 2000 });
  await expect(app.getByRole("textbox", { name: "Box" })).not.toHaveValue("[object Object]");
});
