// demos/face-detection.html: a real model (face-api) in the app's worker, on
// the astronaut photo shipped in demos/assets (public domain, see its
// README): picked as the example and uploaded, it gives one face, where her
// face is, smiling; the webcam (Chromium's fake camera: a test pattern, no
// face) gives none, without error; a corrupt file is named. The model's
// weights are fetched once per page and kept in the Cache API. And the
// component alone, in Gradio's image segmentation demo: boxes, masks, the
// legend's highlighting and `select`.
import { createRequire } from "node:module";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

const DEMO = "demos/face-detection.html";
const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe's violations in the page's apps, in the light and the dark scheme. */
async function axeViolations(page: Page): Promise<Record<string, string[]>> {
  await page.addScriptTag({ path: axePath });
  const found: Record<string, string[]> = {};
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    found[scheme] = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
      const result = await axe.run({ include: [["gradio-lite"]] }, {});
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
  }
  return found;
}

/** The boxes an AnnotatedImage shows, in its image's pixels (the page places them in percent of its size). */
async function boxes(found: Locator, size: number): Promise<number[][]> {
  return found.locator(".gr-ai-box").evaluateAll(
    (els, size) =>
      els.map((el) => {
        const s = (el as HTMLElement).style;
        const [l, t, w, h] = [s.left, s.top, s.width, s.height].map((v) => (parseFloat(v) / 100) * size);
        return [l!, t!, l! + w!, t! + h!].map(Math.round);
      }),
    size,
  );
}

/** Her face in the 512×512 photo spans about x 165–280, y 75–190 (its centre near 222, 132). */
function expectHerFace(box: number[] | undefined): void {
  const [x1, y1, x2, y2] = box!;
  expect(x1, "left").toBeGreaterThan(125);
  expect(x1, "left").toBeLessThan(195);
  expect(y1, "top").toBeGreaterThan(40);
  expect(y1, "top").toBeLessThan(115);
  expect(x2, "right").toBeGreaterThan(255);
  expect(x2, "right").toBeLessThan(325);
  expect(y2, "bottom").toBeGreaterThan(165);
  expect(y2, "bottom").toBeLessThan(240);
  expect(x2! - x1!, "a face-sized box").toBeLessThan(200);
}

test.describe("face detection", () => {
  openForEachTest(DEMO, 2);

  test("the astronaut photo: one smiling face, where her face is; uploaded too; the webcam's test pattern has none; a corrupt file is named", async ({ page }) => {
    // One page load for every step: the model loads once (in CPU mode, several seconds on a busy machine).
    test.setTimeout(150_000);
    const weights: string[] = [];
    page.on("request", (r) => r.url().includes("/demo-vendor/face-api/model/") && weights.push(r.url()));
    const faces = app(page, "faces");
    const found = faces.locator("#found");
    const legend = found.locator(".gr-ai-legend-item");

    await test.step("the example: one box around her face, labelled with a smile and an age; the Label shows her expressions", async () => {
      await faces.getByRole("cell", { name: "assets/astronaut.jpg" }).click();
      // The first detection loads the model and says so.
      await expect(found.locator(".gr-progress-desc")).toContainText(/Loading/, { timeout: 20_000 });
      await expect(found.getByRole("img", { name: /^Faces: / })).toBeVisible({ timeout: 90_000 });
      await expect(legend).toHaveCount(1);
      const [label, age] = (await legend.textContent())!.split(" · ");
      expect(label).toBe("happy");
      expect(Number(age)).toBeGreaterThanOrEqual(20);
      expect(Number(age)).toBeLessThanOrEqual(50);
      await expect(found.locator(".gr-ai-tag")).toHaveText(`happy · ${age}`);
      const shown = await boxes(found, 512);
      expect(shown).toHaveLength(1);
      expectHerFace(shown[0]);
      // The box sits on her face in the shown image too: its centre is near the face's, in the picture's pixels.
      const picture = (await found.locator(".gr-ai-picture").boundingBox())!;
      const box = (await found.locator(".gr-ai-box").boundingBox())!;
      expect(Math.abs((box.x - picture.x + box.width / 2) / picture.width - 222 / 512)).toBeLessThan(0.06);
      const expressions = faces.locator("#expressions");
      await expect(expressions.locator(".gr-label-top")).toHaveText("happy");
      await expect(expressions.locator(".gr-confidence-name")).toHaveCount(4);
      await expect(expressions.locator(".gr-confidence-name").first()).toHaveText("happy");
      await expect(faces.locator("#status")).toContainText(/^1 face · found in \d+ ms on tfjs's (cpu|webgl) backend\s*$/);
      expect(await axeViolations(page)).toEqual({ light: [], dark: [] });
      await page.emulateMedia({ colorScheme: "light" });
    });

    await test.step("the same photo uploaded: the same face, with the model already loaded", async () => {
      await faces.locator("#photo").getByRole("button", { name: "Clear image" }).click();
      await faces.locator("#photo input[type=file]").setInputFiles("demos/assets/astronaut.jpg");
      await expect(faces.locator("#status")).toContainText(/^1 face/, { timeout: 60_000 });
      await expect(legend).toHaveText([/^happy · \d+$/]);
      expectHerFace((await boxes(found, 512))[0]);
    });

    await test.step("a corrupt image is named; clearing the photo cleared the results, and the app goes on (next step)", async () => {
      await faces.locator("#photo").getByRole("button", { name: "Clear image" }).click();
      await faces.locator("#photo input[type=file]").setInputFiles({ name: "broken.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not a JPEG at all") });
      await expect(page.getByText(/"broken\.jpg" is not an image the browser can read \(image\/jpeg, 17 bytes\)/)).toBeVisible();
      await expect(found.getByRole("img", { name: "Empty value" })).toBeVisible();
      await expect(faces.locator("#status")).toHaveText("");
    });

    await test.step("the webcam: Chromium's fake camera shows a test pattern with no face: no box, no error", async () => {
      await faces.getByRole("tab", { name: "Webcam" }).click();
      const cam = faces.locator("#cam");
      await cam.getByRole("button", { name: "Record from the webcam" }).click();
      const status = faces.locator("#cam-status");
      await expect(status).toContainText(/^0 faces · found in \d+ ms/, { timeout: 60_000 });
      const camFound = faces.locator("#cam-found");
      await expect(camFound.getByRole("img", { name: "Faces on the webcam, no annotations" })).toBeVisible();
      await expect(camFound.locator("canvas")).toBeVisible();
      await expect(camFound.locator(".gr-ai-box")).toHaveCount(0);
      await expect(faces.locator("#cam-expressions .gr-label-top")).toHaveText("No face found");
      await expect(page.locator(".gr-toast")).toHaveCount(0);
      await cam.getByRole("button", { name: /^Stop streaming from the/ }).filter({ hasText: "Stop" }).click();
    });

    await test.step("the weights came once, and the browser keeps them (Cache API)", async () => {
      expect(weights.filter((u) => u.endsWith(".bin")).length).toBe(4);
      const cached = await page.evaluate(async () => (await (await caches.open("face-api-1.7.15-weights")).keys()).map((r) => r.url.split("/").pop()));
      expect(cached.sort()).toEqual([
        "age_gender_model-weights_manifest.json",
        "age_gender_model.bin",
        "face_expression_model-weights_manifest.json",
        "face_expression_model.bin",
        "face_landmark_68_tiny_model-weights_manifest.json",
        "face_landmark_68_tiny_model.bin",
        "tiny_face_detector_model-weights_manifest.json",
        "tiny_face_detector_model.bin",
      ]);
    });
  });

  test("Gradio's image segmentation demo: boxes and masks, the legend highlights a section, a click selects it", async ({ page }) => {
    const sections = app(page, "sections");
    await sections.getByRole("button", { name: "Identify Sections" }).click();
    const output = sections.locator("#seg-output");
    await expect(output.locator(".gr-ai-box")).toHaveCount(2);
    await expect(output.locator(".gr-ai-mask")).toHaveCount(1);
    const legend = output.getByRole("group", { name: "Sections: annotations" }).getByRole("button");
    await expect(legend).toHaveText(["apple", "banana", "carrot"]);
    // The colorMap's colours, else Gradio's hues by index (apple, the first, red).
    await expect(output.locator(".gr-ai-box").nth(1)).toHaveCSS("border-top-color", "rgb(168, 154, 0)");
    await expect(output.locator(".gr-ai-box").first()).toHaveCSS("border-top-color", "rgb(255, 0, 0)");
    await expect(output.locator(".gr-ai-mask")).toHaveCSS("background-color", "rgb(255, 174, 0)");
    // Focus shows one section alone; the keyboard selects it.
    await legend.nth(2).focus();
    await expect(output.locator(".gr-ai-mask")).toHaveClass(/gr-ai-active/);
    await expect(output.locator(".gr-ai-box").first()).toHaveCSS("opacity", "0");
    await page.keyboard.press("Enter");
    await expect(sections.locator("#selected textarea")).toHaveValue("carrot");
    await page.keyboard.press("Shift+Tab");
    await expect(output.locator(".gr-ai-box").nth(1)).toHaveClass(/gr-ai-active/);
    await legend.first().click();
    await expect(sections.locator("#selected textarea")).toHaveValue("apple");
    // Five of each: the sliders' maximum.
    for (const id of ["#num-boxes", "#num-segments"]) {
      await sections.locator(`${id} input[type=range]`).focus();
      await page.keyboard.press("End");
    }
    await sections.getByRole("button", { name: "Identify Sections" }).click();
    await expect(output.locator(".gr-ai-box")).toHaveCount(5);
    await expect(output.locator(".gr-ai-mask")).toHaveCount(5);
    await expect(legend).toHaveCount(10);
    // Tags, legend and masks pass axe, in light and dark, with one section highlighted.
    await legend.nth(3).focus();
    expect(await axeViolations(page)).toEqual({ light: [], dark: [] });
  });
});
