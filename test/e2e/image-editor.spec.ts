// demos/image-editor.html: gr.ImageEditor in a real browser. Strokes drawn
// with pointer events reach the handler as a composite with those pixels;
// undo and redo (buttons and keys), the eraser, layers (add, hide), crop,
// drawing from the keyboard, an uploaded background, a corrupt upload, the
// app setting and clearing the value, and axe light and dark at 390 px.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { collectPageErrors, openDemo, pixel } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const asset = (name: string) => readFileSync(new URL(`../../demos/assets/${name}`, import.meta.url));
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const counts = async (scope: Locator) => {
  const n = async (name: string) => Number(await scope.locator(`#n-${name} input`).inputValue());
  return { upload: await n("upload"), change: await n("change"), input: await n("input"), apply: await n("apply") };
};

/** Drags across the canvas from one fraction of its box to another, in steps (pointer events, as a mouse or a finger gives them). */
async function drag(page: Page, canvas: Locator, from: [number, number], to: [number, number]): Promise<void> {
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width * from[0], box.y + box.height * from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to[0], box.y + box.height * to[1], { steps: 8 });
  await page.mouse.up();
}

/** The composite's size and one of its pixels, once the output shows it. */
async function compositeAt(scope: Locator, x: number, y: number): Promise<number[]> {
  const img = scope.locator("#composite img");
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeTruthy();
  return pixel(img, x, y);
}

test("gr.ImageEditor: pointer and keyboard strokes, undo/redo, eraser, layers, crop, uploads, values from the app", async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await openDemo(page, "demos/image-editor.html", 3);
  const events = app(page, "events");
  const editor = events.locator("#image_editor");

  await test.step("a pointer stroke on a blank canvas reaches the handler as the composite, with its layer", async () => {
    await editor.getByRole("button", { name: "Draw on a blank canvas" }).click();
    const canvas = editor.locator("canvas");
    await expect(canvas).toHaveAccessibleName(/480 × 360 canvas, brush tool/);
    await drag(page, canvas, [0.25, 0.5], [0.75, 0.5]);
    // Gradio's first colour, rgb(204, 50, 50), opaque, along the stroke; untouched pixels are transparent.
    await expect.poll(() => compositeAt(events, 240, 180)).toEqual([204, 50, 50, 255]);
    expect(await compositeAt(events, 240, 20)).toEqual([0, 0, 0, 0]);
    await expect(events.locator("#layers img")).toHaveCount(1);
    await expect.poll(() => counts(events)).toMatchObject({ change: 1, input: 1, upload: 0 });
  });

  await test.step("undo and redo: the buttons, and Ctrl+Z / Ctrl+Shift+Z", async () => {
    await editor.getByRole("button", { name: "Undo" }).click();
    // Nothing left: the value is empty, and so is the preview.
    await expect(events.locator("#composite img")).toHaveCount(0);
    await editor.getByRole("button", { name: "Redo" }).click();
    await expect.poll(() => compositeAt(events, 240, 180)).toEqual([204, 50, 50, 255]);
    const canvas = editor.locator("canvas");
    await canvas.focus();
    await page.keyboard.press("ControlOrMeta+z");
    await expect(events.locator("#composite img")).toHaveCount(0);
    await page.keyboard.press("ControlOrMeta+Shift+z");
    await expect.poll(() => compositeAt(events, 240, 180)).toEqual([204, 50, 50, 255]);
  });

  await test.step("the eraser clears pixels of the layer", async () => {
    await editor.getByRole("button", { name: "Eraser" }).click();
    await drag(page, editor.locator("canvas"), [0.5, 0.3], [0.5, 0.7]);
    await expect.poll(() => compositeAt(events, 240, 180)).toEqual([0, 0, 0, 0]);
    expect(await compositeAt(events, 130, 180)).toEqual([204, 50, 50, 255]);
  });

  await test.step("drawing from the keyboard: Space, arrows, Space; another colour", async () => {
    await editor.getByRole("button", { name: "Brush" }).click();
    await editor.getByRole("radio", { name: "Colour rgb(50, 112, 204)" }).click();
    const canvas = editor.locator("canvas");
    await canvas.focus();
    // The cursor starts in the middle (240, 180); Space puts the brush down, arrows draw, Space lifts it.
    await page.keyboard.press("Space");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Space");
    await expect.poll(() => compositeAt(events, 240, 200)).toEqual([50, 112, 204, 255]);
  });

  await test.step("layers: a new layer, drawn on, hidden and shown", async () => {
    await editor.getByRole("button", { name: "Add layer" }).click();
    await expect(events.locator("#layers img")).toHaveCount(2);
    await expect(editor.getByRole("button", { name: "Layer 2", pressed: true })).toBeVisible();
    await drag(page, editor.locator("canvas"), [0.1, 0.1], [0.3, 0.1]);
    await expect.poll(() => compositeAt(events, 96, 36)).toEqual([50, 112, 204, 255]);
    await editor.getByRole("button", { name: "Hide Layer 2" }).click();
    await expect.poll(() => compositeAt(events, 96, 36)).toEqual([0, 0, 0, 0]);
    await editor.getByRole("button", { name: "Show Layer 2" }).click();
    await expect.poll(() => compositeAt(events, 96, 36)).toEqual([50, 112, 204, 255]);
  });

  await test.step("crop from the keyboard: C, Shift+arrows, Enter", async () => {
    const canvas = editor.locator("canvas");
    await canvas.focus();
    await page.keyboard.press("c");
    await expect(editor.getByRole("button", { name: "Crop", pressed: true })).toBeVisible();
    // The crop area starts at 10%–90% (48, 36, 384 × 288); two Shift+ArrowLeft make it 20 px narrower.
    await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Enter");
    const img = events.locator("#composite img");
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([364, 288]);
    await expect(canvas).toHaveAccessibleName(/364 × 288 canvas/);
    // What was at (96, 36) is now at (48, 0).
    expect(await compositeAt(events, 48, 0)).toEqual([50, 112, 204, 255]);
  });

  await test.step("Apply fires apply; an uploaded background fires upload and sizes the canvas", async () => {
    await editor.getByRole("button", { name: "Apply" }).click();
    await expect.poll(async () => (await counts(events)).apply).toBe(1);
    await editor.getByRole("button", { name: "Background image" }).click();
    await editor.locator("input[type=file]").setInputFiles({ name: "sunset.png", mimeType: "image/png", buffer: asset("sunset.png") });
    await expect.poll(async () => (await counts(events)).upload).toBe(1);
    const img = events.locator("#composite img");
    // A free canvas takes the image's size; the layers are scaled with it.
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([480, 320]);
    expect((await compositeAt(events, 470, 310))[3]).toBe(255);
  });

  await test.step("a corrupt upload is named in the editor, and the picture stays", async () => {
    await editor.getByRole("button", { name: "Background image" }).click();
    await editor.locator("input[type=file]").setInputFiles({ name: "broken.png", mimeType: "image/png", buffer: Buffer.from("not a png at all") });
    await expect(editor.getByRole("alert")).toContainText("“broken.png” could not be opened: it is not an image this browser can read");
    await expect(editor.locator("canvas")).toHaveAccessibleName(/480 × 320 canvas/);
    expect((await counts(events)).upload).toBe(1);
  });

  await test.step("a background from the webcam (Chromium's fake camera): Capture, then upload fires", async () => {
    await editor.getByRole("button", { name: "Use webcam" }).click();
    await expect(editor.getByLabel("Camera preview")).toBeVisible();
    await expect.poll(() => editor.getByLabel("Camera preview").evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
    await editor.getByRole("button", { name: "Capture" }).click();
    await expect.poll(async () => (await counts(events)).upload).toBe(2);
    await expect(editor.getByLabel("Camera preview")).toHaveCount(0);
    await expect(editor.locator("canvas")).toHaveAccessibleName(/640 × 480 canvas/);
  });

  await test.step("the app sets a background, then clears the editor (Gradio's verify_clear)", async () => {
    await events.locator("#clear").click();
    await expect(events.locator("#cleared input")).toHaveValue("1");
    await expect(editor.getByText("Drop an image here, or click to choose one")).toBeVisible();
    await events.locator("#set-photo").click();
    await expect(editor.locator("canvas")).toHaveAccessibleName(/480 × 320 canvas/);
    // The editor's Clear button: the value empties, which is a change (and an input: the user did it).
    await expect.poll(async () => (await counts(events)).change).toBeGreaterThan(0);
    const before = await counts(events);
    await editor.getByRole("button", { name: "Clear the image" }).click();
    await expect(editor.getByText("Drop an image here, or click to choose one")).toBeVisible();
    await expect.poll(async () => (await counts(events)).input).toBe(before.input + 1);
    await expect(events.locator("#composite img")).toHaveCount(0);
  });

  await test.step("sketchpad: a live Interface counts the painted pixels of the first layer (imagedata)", async () => {
    const sketch = app(page, "sketch");
    const canvas = sketch.locator("#sketchpad canvas");
    await expect(canvas).toHaveAccessibleName(/400 × 300 canvas, brush tool/);
    // A fixed palette: no colour picker.
    await expect(sketch.getByLabel("Custom brush colour")).toHaveCount(0);
    await drag(page, canvas, [0.1, 0.5], [0.9, 0.5]);
    await expect(sketch.locator("#percent")).toContainText(/\b(?:[1-9]\d?(?:\.\d+)?)%/);
  });

  await test.step("layers from the app; a copy by Get Layers; a wrong value is named", async () => {
    const layers = app(page, "layers");
    const editorEl = layers.locator("#layers-editor");
    await layers.locator("#set-background").click();
    // A fixed canvas keeps its size (400 × 300) and fits the image in it.
    await expect(editorEl.locator("canvas")).toHaveAccessibleName(/400 × 300 canvas/);
    // The change the app's value fires: its layers as the app gave them (none).
    await expect(layers.locator("#layer-updates textarea")).toHaveValue("0");
    await layers.locator("#set-layers").click();
    await expect(layers.locator("#layer-updates textarea")).toHaveValue("1");
    await expect(editorEl.getByRole("button", { name: "Sketch", exact: true })).toBeVisible();
    await expect(editorEl.getByRole("button", { name: "Notes", exact: true })).toHaveCount(0);
    await layers.locator("#get-layers").click();
    await expect(layers.locator("#num-layers input")).toHaveValue("1");
    await expect(layers.locator("#layers-copy canvas")).toBeVisible();
    await layers.locator("#bad").click();
    await expect(page.getByText(/ImageEditor: the background expects a file/).first()).toBeVisible();
    await layers.locator("#set-background").click();
    await expect(layers.locator("#layer-updates textarea")).toHaveValue("0");
    // The editor completes the app's value with its two layers and the composite: Get Layers reads them.
    await layers.locator("#get-layers").click();
    await expect(layers.locator("#num-layers input")).toHaveValue("2");
    // Gradio's examples: a background with one layer, stored and loaded when clicked, then run.
    await layers.locator(".gr-sample").nth(1).click();
    await expect(layers.locator("#example-ran input")).toHaveValue("1");
    await expect(editorEl.getByRole("button", { name: "Notes", exact: true })).toHaveCount(0);
    await layers.locator("#get-layers").click();
    await expect(layers.locator("#num-layers input")).toHaveValue("1");
  });

  await test.step("axe, light and dark, at 390 px, with a canvas and the brush options shown", async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.addScriptTag({ path: axePath });
    for (const theme of ["light", "dark"]) {
      await page.evaluate((t) => document.querySelectorAll("gradio-lite").forEach((el) => el.setAttribute("theme", t)), theme);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const result = await axe.run({ include: [["gradio-lite"]] }, {});
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect(violations, theme).toEqual([]);
    }
  });

  expect(errors).toEqual([]);
});
