// gr.MultimodalTextbox (demos/multimodal-textbox.html): Gradio's
// chatbot_multimodal, and a box whose handler shows what it receives.
import { fileURLToPath } from "node:url";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

const asset = (name: string) => fileURLToPath(new URL(`../../demos/assets/${name}`, import.meta.url));
const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const chips = (box: Locator) => box.getByRole("list", { name: "Attached files" }).getByRole("listitem");

/** Drops files made in the page onto `target`, as a drag from the desktop does. */
function drop(target: Locator, files: Array<{ name: string; type: string; text: string }>): Promise<void> {
  return target.evaluate((el, files) => {
    const data = new DataTransfer();
    for (const f of files) data.items.add(new File([f.text], f.name, { type: f.type }));
    for (const type of ["dragenter", "dragover", "drop"]) el.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

/** Pastes into `target`: text, or files, as the clipboard gives them. */
function paste(target: Locator, content: { text?: string; file?: { name: string; type: string; text: string } }): Promise<void> {
  return target.evaluate((el, { text, file }) => {
    const data = new DataTransfer();
    if (text !== undefined) data.setData("text/plain", text);
    if (file) data.items.add(new File([file.text], file.name, { type: file.type }));
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, content);
}

test.describe("multimodal textbox", () => {
  openForEachTest("demos/multimodal-textbox.html", 2);

  test("chatbot_multimodal: text and files go into the chat; the box locks while the bot answers", async ({ page }) => {
    const a = app(page, "chatbot-multimodal");
    const text = a.getByRole("textbox", { name: "MultimodalTextbox" });
    const group = a.getByRole("group", { name: "MultimodalTextbox" });
    await expect(text).toHaveAttribute("placeholder", "Enter message or upload file...");
    // The paperclip opens the picker; the picker's files become chips: a thumbnail for an image, a name otherwise.
    const chooser = page.waitForEvent("filechooser");
    await a.getByRole("button", { name: "Attach files" }).click();
    await (await chooser).setFiles([asset("sunset.png"), asset("penguins.csv"), asset("star.svg")]);
    await expect(chips(group)).toHaveCount(3);
    await expect(chips(group).nth(0).getByRole("img", { name: "sunset.png" })).toBeVisible();
    await expect(chips(group).nth(1)).toHaveText("penguins.csv");
    // Each chip can be removed; focus goes back to the text.
    await a.getByRole("button", { name: "Remove star.svg" }).click();
    await expect(chips(group)).toHaveCount(2);
    await expect(text).toBeFocused();

    // Shift+Enter is a new line; Enter sends.
    await text.pressSequentially("Look at");
    await text.press("Shift+Enter");
    await text.pressSequentially("these");
    await expect(text).toHaveValue("Look at\nthese");
    // The lock lasts as long as the bot streams, which a loaded machine may outrun: record it.
    await group.evaluate((el) => {
      const w = window as unknown as { __locks: boolean[][] };
      w.__locks = [];
      const state = () => [el.querySelector("textarea")!.disabled, el.querySelector<HTMLButtonElement>('[aria-label="Submit"]')!.disabled];
      new MutationObserver(() => w.__locks.push(state())).observe(el, { subtree: true, attributes: true, attributeFilter: ["disabled"] });
    });
    await text.press("Enter");

    const user = a.locator(".gr-chat-user .gr-chat-bubble");
    await expect(user.getByRole("img", { name: "sunset.png" })).toBeVisible();
    await expect(user.getByRole("link", { name: /penguins\.csv/ })).toBeVisible();
    // The new line is kept: the bubble shows two lines.
    await expect.poll(() => user.innerText()).toContain("Look at\nthese");
    // add_message empties and locks the box; the bot streams; the last .then opens it again.
    await expect(text).toHaveValue("");
    await expect(chips(group)).toHaveCount(0);
    await expect(a.locator(".gr-chat-bot .gr-chat-bubble").last()).toHaveText("That's cool!");
    await expect(text).toBeEnabled();
    await expect(a.getByRole("button", { name: "Attach files" })).toBeEnabled();
    const locks = await page.evaluate(() => (window as unknown as { __locks: boolean[][] }).__locks);
    expect(locks).toContainEqual([true, true]);
    expect(locks.at(-1)).toEqual([false, false]);
  });

  test("the microphone records into an attached audio file", async ({ page }) => {
    const a = app(page, "chatbot-multimodal");
    const group = a.getByRole("group", { name: "MultimodalTextbox" });
    await a.getByRole("button", { name: "Record audio" }).click();
    await expect(group.getByRole("status")).toContainText("Recording");
    // A moment of the fake device's tone, so the file has sound in it.
    await page.waitForTimeout(400);
    await a.getByRole("button", { name: "Stop recording" }).click();
    await expect(chips(group)).toHaveText([/^audio-\d+\.(webm|ogg|mp4)$/]);
    await expect(a.getByRole("button", { name: "Record audio" })).toBeVisible();
  });

  test("Enter gives the handler { text, files }; a handler's path becomes a file; single replaces", async ({ page }) => {
    const a = app(page, "value");
    const text = a.getByRole("textbox", { name: "Message" });
    const group = a.getByRole("group", { name: "Message" });
    const received = a.locator(".gr-json-tree");
    // Enter right after picking: the submit waits for the upload, so the handler gets the file.
    await a.locator('input[type="file"]').setInputFiles(asset("sunset.png"));
    await text.press("Enter");
    await expect(received).toContainText('"name": "sunset.png"');
    await expect(chips(group)).toHaveCount(1);
    // fileCount "single": a second file replaces the first.
    await a.locator('input[type="file"]').setInputFiles(asset("quadrants.png"));
    await expect(chips(group).getByRole("img")).toHaveAccessibleName("quadrants.png");
    await text.fill("two things");
    await text.press("Enter");
    await expect(received).toContainText('"text": "two things"');
    await expect(received).toContainText('"name": "quadrants.png"');
    await expect(received).toContainText('"type": "image/png"');

    // A submitBtn with text is named by its text, and submits too.
    await text.fill("by button");
    await a.getByRole("button", { name: "Send", exact: true }).click();
    await expect(received).toContainText('"text": "by button"');

    // A handler returns { text, files: ["assets/sunset.png"] }: the path is stored and shown.
    await a.getByRole("button", { name: "Fill the box from a handler" }).click();
    await expect(text).toHaveValue("A sunset, returned by a handler as a path");
    await expect(chips(group).getByRole("img")).toHaveAccessibleName("sunset.png");
    await text.press("Enter");
    await expect(received).toContainText('"name": "sunset.png"');
  });

  test("files of another type are refused with a message; drop and paste attach", async ({ page }) => {
    const a = app(page, "value");
    const group = a.getByRole("group", { name: "Message" });
    await a.locator('input[type="file"]').setInputFiles(asset("penguins.csv"));
    await expect(a.getByRole("alert")).toHaveText("“penguins.csv” is not accepted here. Accepted: image, .pdf.");
    await expect(chips(group)).toHaveCount(0);

    // Dragging over the box marks it; dropping attaches what fits and refuses the rest.
    await group.evaluate((el) => el.dispatchEvent(new DragEvent("dragenter", { dataTransfer: new DataTransfer(), bubbles: true, cancelable: true })));
    await expect(group).toHaveClass(/gr-mm-dragging/);
    await drop(group, [
      { name: "report.pdf", type: "application/pdf", text: "%PDF-1.4" },
      { name: "notes.txt", type: "text/plain", text: "hi" },
    ]);
    await expect(group).not.toHaveClass(/gr-mm-dragging/);
    await expect(chips(group)).toHaveText(["report.pdf"]);
    await expect(a.getByRole("alert")).toHaveText("“notes.txt” is not accepted here. Accepted: image, .pdf.");

    // A pasted image is attached (and replaces the PDF: one file at a time).
    const text = a.getByRole("textbox", { name: "Message" });
    await paste(text, { file: { name: "shot.png", type: "image/png", text: "png" } });
    await expect(chips(group).getByRole("img")).toHaveAccessibleName("shot.png");
    await expect(a.getByRole("alert")).toHaveCount(0);
  });

  test("pasted text longer than maxPlainTextLength becomes a .txt file; shorter text stays text", async ({ page }) => {
    const a = app(page, "chatbot-multimodal");
    const text = a.getByRole("textbox", { name: "MultimodalTextbox" });
    const group = a.getByRole("group", { name: "MultimodalTextbox" });
    await paste(text, { text: "x".repeat(1001) });
    await expect(chips(group)).toHaveText(["pasted_text.txt"]);
    await expect(text).toHaveValue("");
    await text.focus();
    await paste(text, { text: "short" });
    await expect(chips(group)).toHaveCount(1);
  });
});

test.describe("multimodal textbox, denied microphone", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
    });
  });
  openForEachTest("demos/multimodal-textbox.html", 2);

  test("a denied microphone is a readable message in the box, not an exception", async ({ page }) => {
    const a = app(page, "chatbot-multimodal");
    await a.getByRole("button", { name: "Record audio" }).click();
    await expect(a.getByRole("alert")).toHaveText(/The microphone is blocked for this page\. Allow it in the browser's site settings/);
    await expect(a.getByRole("button", { name: "Record audio" })).toBeEnabled();
  });
});

test.describe("multimodal textbox, a locked box and a wrong return", () => {
  openForEachTest("demos/multimodal-textbox.html", 2);

  test("Stop stays clickable while the box is locked; a wrong return is a clear error toast", async ({ page }) => {
    await page.evaluate(() => {
      const el = document.createElement("gradio-lite");
      el.id = "locked";
      el.textContent = `gr.Blocks(() => {
        const box = gr.MultimodalTextbox({ label: "Ask", stopBtn: true, interactive: false });
        const stops = gr.Number({ label: "Stops", value: 0 });
        const wrong = gr.Button("Return a wrong shape");
        box.stop((n) => n + 1, stops, stops);
        wrong.click(() => ({ text: "x", files: "cat.png" }), null, box);
      }).launch();`;
      document.body.append(el);
    });
    const a = app(page, "locked");
    await expect(a.getByRole("textbox", { name: "Ask" })).toBeDisabled();
    await expect(a.getByRole("button", { name: "Submit" })).toBeDisabled();
    await expect(a.getByRole("button", { name: "Attach files" })).toBeDisabled();
    await a.getByRole("button", { name: "Stop" }).click();
    await expect(a.getByRole("spinbutton", { name: "Stops" })).toHaveValue("1");

    await a.getByRole("button", { name: "Return a wrong shape" }).click();
    const toast = a.locator(".gr-toast-error");
    await expect(toast).toContainText('Output 1 (Ask): MultimodalTextbox: files must be a list of files, got the string "cat.png"');
  });
});
