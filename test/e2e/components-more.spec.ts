// demos/components-more.html: ColorPicker, HighlightedText, ImageSlider,
// SimpleImage, UploadButton, DownloadButton, ClearButton and ParamViewer in
// a real browser: every event the demo wires, keyboard use, and a wrong
// value to each that names the problem while the app goes on. One page load
// for all of it (the suite's time budget).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { collectPageErrors, openDemo, pixel } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const json = async (l: Locator) => JSON.parse((await l.locator("pre").textContent()) ?? "null") as Record<string, string>;
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const asset = (name: string) => readFileSync(new URL(`../../demos/assets/${name}`, import.meta.url));

test("gr.ColorPicker, HighlightedText, ImageSlider, SimpleImage and the file buttons, with their events", async ({ page }) => {
  // Every step in one page load: longer than one default test, shorter than eight page loads.
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  await openDemo(page, "demos/components-more.html", 3);

  await test.step("ColorPicker: focus, input/change and release from the keyboard, submit from the hex box, blur", async () => {
    const text = app(page, "text");
    const events = text.locator("#color-events");
    const swatch = text.getByRole("button", { name: /^Noun colour: #/ });
    await expect(swatch).toHaveAccessibleName("Noun colour: #2563eb");
    await swatch.click();
    await expect(swatch).toHaveAttribute("aria-expanded", "true");
    await expect.poll(() => json(events)).toMatchObject({ focus: "#2563eb" });
    const area = text.getByRole("slider", { name: "Saturation and brightness" });
    await area.focus();
    await area.press("ArrowDown");
    await expect.poll(async () => (await json(events)).release).toBeTruthy();
    const moved = (await json(events)).change!;
    expect(moved).toMatch(/^#[0-9a-f]{6}$/);
    expect(moved).not.toBe("#2563eb");
    expect((await json(events)).input).toBe(moved);
    // A drag across the area: the colour follows the pointer, and the drag's end is a release.
    const box = (await area.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.1, { steps: 3 });
    await page.mouse.up();
    await expect.poll(async () => (await json(events)).release).not.toBe(moved);
    const dragged = (await json(events)).release!;
    expect(dragged).toBe((await json(events)).change);
    const hex = text.getByLabel("Hex colour");
    await expect(hex).toHaveValue(dragged);
    // The text follows the format picked, as Gradio's Hex / RGB / HSL buttons.
    await text.getByRole("button", { name: "RGB" }).click();
    await expect(text.getByLabel("RGB colour")).toHaveValue(/^rgb\(\d+, \d+, \d+\)$/);
    await text.getByLabel("RGB colour").fill("hsl(120, 100%, 25%)");
    await text.getByLabel("RGB colour").press("Enter");
    await expect.poll(() => json(events)).toMatchObject({ submit: "#008000" });
    await text.getByRole("button", { name: "HSL" }).click();
    await expect(text.getByLabel("HSL colour")).toHaveValue("hsl(120, 100%, 25%)");
    await text.getByRole("button", { name: "Hex" }).click();
    await expect(hex).toHaveValue("#008000");
    await hex.fill("#F00");
    await hex.press("Enter");
    await expect.poll(() => json(events)).toMatchObject({ submit: "#ff0000", change: "#ff0000" });
    // A hex that is not one is marked and not sent.
    await hex.fill("#12");
    await expect(hex).toHaveAttribute("aria-invalid", "true");
    await hex.press("Escape");
    await expect(swatch).toBeFocused();
    await text.getByLabel("Sentence").focus();
    await expect.poll(() => json(events)).toMatchObject({ blur: "#ff0000" });
    // The noun colour reached the tagged text's colorMap.
    await expect(text.locator("#pos").getByRole("button", { name: "fox noun" }).locator(".gr-ht-category")).toHaveCSS("background-color", "rgb(255, 0, 0)");
  });

  await test.step("HighlightedText: select by click and by keyboard; legend; scores; a new value", async () => {
    const text = app(page, "text");
    const pos = text.locator("#pos");
    // combineAdjacent with " ": "quick brown" is one span.
    await expect(pos.getByRole("button", { name: "quick brown adj" })).toBeVisible();
    await pos.getByRole("button", { name: "fox noun" }).click();
    await expect(text.getByLabel("Selected")).toHaveValue("fox is a noun (index 2)");
    await pos.getByRole("button", { name: "dog noun" }).press("Enter");
    await expect(text.getByLabel("Selected")).toHaveValue("dog is a noun (index 7)");
    // The dict form: entities between plain text; hovering a legend entry dims the others.
    const entities = text.locator("#entities");
    await expect(entities.getByRole("button", { name: "Ada Lovelace (PER)" })).toBeVisible();
    await expect(entities.getByRole("button", { name: "1815 (DATE)" })).toBeVisible();
    await entities.getByRole("button", { name: "LOC", exact: true }).hover();
    await expect(entities.getByRole("button", { name: "Ada Lovelace (PER)" })).toHaveClass(/gr-ht-dim/);
    await expect(entities.getByRole("button", { name: "London (LOC)" })).not.toHaveClass(/gr-ht-dim/);
    // Interactive: selecting text in a plain span labels it, and its label opens for typing.
    await entities.locator(".gr-ht-text").evaluate((el) => {
      const span = [...el.querySelectorAll<HTMLElement>(".gr-ht-plain")].find((s) => s.textContent!.includes("born"))!;
      const node = span.firstChild!;
      const at = node.textContent!.indexOf("born");
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      el.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    });
    const labelBox = entities.getByLabel("Label of born");
    await expect(labelBox).toBeFocused();
    await expect(labelBox).toHaveValue("label");
    await labelBox.fill("EVENT");
    await labelBox.press("Enter");
    await expect(text.getByLabel("Selected")).toHaveValue("Entities: Ada Lovelace=PER, born=EVENT, London=LOC, 1815=DATE");
    await expect(entities.getByRole("button", { name: "EVENT", exact: true })).toBeVisible();
    // Enter on a labelled span renames it; an empty label removes it; the × button removes one too.
    await entities.getByRole("button", { name: "London (LOC)" }).press("Enter");
    await entities.getByLabel("Label of London").fill("");
    await entities.getByLabel("Label of London").press("Enter");
    await expect(text.getByLabel("Selected")).toHaveValue("Entities: Ada Lovelace=PER, born=EVENT, 1815=DATE");
    await entities.getByRole("button", { name: "born (EVENT)" }).hover();
    await entities.getByRole("button", { name: "Remove the label of born" }).click();
    await expect(text.getByLabel("Selected")).toHaveValue("Entities: Ada Lovelace=PER, 1815=DATE");
    // Scores: red above zero, blue-purple below, as strong as the score.
    const scores = text.locator("#scores");
    await expect(scores.getByRole("button", { name: "loved (0.9)" })).toHaveCSS("background-color", "rgba(239, 68, 60, 0.75)");
    await expect(scores.getByRole("button", { name: "the ending (-0.7)" })).toHaveCSS("background-color", "rgba(128, 90, 213, 0.7)");
    await text.getByLabel("Sentence").fill("A lazy cat sleeps");
    await text.getByLabel("Sentence").press("Enter");
    await expect(pos.getByRole("button", { name: "cat noun" })).toBeVisible();
  });

  await test.step("wrong values to ColorPicker and HighlightedText are named; both keep working", async () => {
    const text = app(page, "text");
    await text.getByRole("button", { name: "Send wrong values" }).click();
    await expect(text.getByText(/ColorPicker expects a hex colour such as "#ff8800".*got the string "not a colour"/).first()).toBeVisible();
    await expect(text.getByText(/HighlightedText expects a list of \[text, label\] pairs or \{ text, entities \}, got number 42/).first()).toBeVisible();
    await text.locator("#pos").getByRole("button", { name: "cat noun" }).click();
    await expect(text.getByLabel("Selected")).toHaveValue("cat is a noun (index 2)");
    await expect(text.getByRole("button", { name: "Noun colour: #ff0000" })).toBeVisible();
  });

  await test.step("ImageSlider: a pair from demo.load, the divider by keyboard and by drag", async () => {
    const images = app(page, "images");
    const events = images.locator("#image-events");
    await expect.poll(() => json(events)).toMatchObject({ "ImageSlider change": "sunset.png and after.png" });
    const divider = images.getByRole("slider", { name: "Colour / grayscale: divider position" });
    await expect(divider).toHaveAttribute("aria-valuenow", "40");
    await divider.press("ArrowRight");
    await expect(divider).toHaveAttribute("aria-valuenow", "41");
    await divider.press("End");
    await expect(divider).toHaveAttribute("aria-valuenow", "100");
    await divider.press("Home");
    await expect(divider).toHaveAttribute("aria-valuenow", "0");
    const second = images.getByRole("img", { name: "Colour / grayscale: second image" });
    const box = (await second.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Number(await divider.getAttribute("aria-valuenow"))).toBeGreaterThan(70);
    await expect(images.getByRole("img", { name: "Colour / grayscale: first image" })).toHaveAttribute("style", /inset\(0(px)? 2\d(\.\d)?% 0(px)? 0(px)?\)/);
    // The second image is the handler's grayscale copy.
    const [r, g, b] = await pixel(second, 10, 10);
    expect(r === g && g === b).toBe(true);
  });

  await test.step("SimpleImage: upload and change, the grayscale pair, clear", async () => {
    const images = app(page, "images");
    const events = images.locator("#image-events");
    await images.locator("#photo input[type=file]").setInputFiles({ name: "quadrants.png", mimeType: "image/png", buffer: asset("quadrants.png") });
    await expect.poll(() => json(events)).toMatchObject({ "SimpleImage upload": "quadrants.png", "SimpleImage change": "quadrants.png", "ImageSlider change": "quadrants.png and after.png" });
    await expect(images.locator("#photo img")).toHaveJSProperty("naturalWidth", 40);
    await images.locator("#photo").getByRole("button", { name: "Clear image" }).click();
    await expect.poll(() => json(events)).toMatchObject({ "SimpleImage clear": "cleared", "SimpleImage change": "empty" });
  });

  await test.step("ImageSlider: clear, then upload two images; a wrong value is named", async () => {
    const images = app(page, "images");
    const events = images.locator("#image-events");
    await images.locator("#compare").getByRole("button", { name: "Clear images" }).click();
    await expect.poll(() => json(events)).toMatchObject({ "ImageSlider clear": "cleared" });
    await images.locator("#compare input[type=file]").setInputFiles([
      { name: "sunset.png", mimeType: "image/png", buffer: asset("sunset.png") },
      { name: "tall.png", mimeType: "image/png", buffer: asset("tall-quadrants.png") },
    ]);
    await expect.poll(() => json(events)).toMatchObject({ "ImageSlider upload": "sunset.png and tall.png" });
    await images.getByRole("button", { name: "Send a wrong value" }).click();
    await expect(images.getByText(/ImageSlider expects a pair of images \[before, after\], got an array/).first()).toBeVisible();
    await expect(images.getByRole("img", { name: "Colour / grayscale: first image" })).toBeVisible();
  });

  await test.step("UploadButton: click and upload; file types refused; DownloadButton: click downloads; ClearButton", async () => {
    const files = app(page, "files");
    const status = files.getByLabel("Last button event");
    const upload = files.getByRole("button", { name: "Upload text files" });
    await expect(files.locator("input[type=file]").first()).toHaveAttribute("accept", ".txt,.csv,.md");
    let chooser = page.waitForEvent("filechooser");
    await upload.click();
    await (await chooser).setFiles([
      { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("one two three") },
      { name: "b.md", mimeType: "text/markdown", buffer: Buffer.from("four five") },
    ]);
    await expect(files.getByLabel("Report")).toHaveValue("a.txt: 3 words\nb.md: 2 words");
    await expect(status).toHaveValue("UploadButton upload: 2 files");
    await expect(files.getByText("b.md")).toBeVisible();
    chooser = page.waitForEvent("filechooser");
    await upload.click();
    await expect(status).toHaveValue("UploadButton click");
    await (await chooser).setFiles({ name: "photo.png", mimeType: "image/png", buffer: asset("quadrants.png") });
    await expect(files.getByText(/“photo\.png”/).first()).toBeVisible();
    const download = page.waitForEvent("download");
    await files.getByRole("button", { name: "Download report" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("report.txt");
    expect(readFileSync(await file.path()).toString()).toBe("a.txt: 3 words\nb.md: 2 words");
    await expect(status).toHaveValue("DownloadButton click");
    await files.getByRole("button", { name: "Clear outputs" }).click();
    await expect(files.getByLabel("Report")).toHaveValue("");
    await expect(status).toHaveValue("");
    await expect(files.getByText("b.md")).toHaveCount(0);
  });

  await test.step("ParamViewer: rows open to sanitized Markdown; anchors; expand all; a wrong value is named", async () => {
    const files = app(page, "files");
    const docs = files.locator("#docs");
    const row = docs.locator("#param-fileTypes");
    await row.locator("summary").click();
    await expect(row.locator("details")).toHaveAttribute("open", "");
    await expect(row.locator("code", { hasText: '".csv"' })).toBeVisible();
    await expect(row.getByText("= null")).toBeVisible();
    // Types and defaults are coloured as TypeScript (the demo's `language`).
    await expect(row.locator(".gr-param-type .hljs-literal")).toHaveText("null");
    const link = row.getByText("this link");
    await expect(link).toBeVisible();
    expect(await link.getAttribute("href")).toBeNull();
    expect(await link.getAttribute("onclick")).toBeNull();
    await expect(docs.getByRole("link", { name: "Link to fileCount" })).toHaveAttribute("href", "#param-fileCount");
    await docs.getByRole("button", { name: "Expand all" }).click();
    await expect(docs.locator("details[open]")).toHaveCount(3);
    await expect(docs.locator("#param-fileCount strong")).toHaveText("several");
    await files.getByRole("button", { name: "Send a wrong value" }).click();
    await expect(files.getByText(/ParamViewer expects \{ name: \{ type, description, default \} \}, got an array/).first()).toBeVisible();
    await expect(docs.locator("details")).toHaveCount(3);
  });

  await test.step("axe, light and dark, with the picker, a parameter row and a legend highlight open", async () => {
    await app(page, "text").getByRole("button", { name: /^Noun colour: #/ }).click();
    await expect(app(page, "text").getByRole("group", { name: "Colour picker" })).toBeVisible();
    await app(page, "text").locator("#entities").getByRole("button", { name: "PER", exact: true }).focus();
    await page.addScriptTag({ path: axePath });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const result = await axe.run({ include: [["gradio-lite"]] }, {});
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect.soft(violations, `${scheme} scheme`).toEqual([]);
    }
  });

  expect(errors).toEqual([]);
});
