import { expect, test, type Locator, type Page } from "@playwright/test";
import { openDemo, openForEachTest } from "./helpers.ts";

// Chromium's fake camera and microphone (scripts/chromium.mjs) feed every stream. Each page
// records the media it opened, and counts the frames the webcam code takes (one ImageBitmap
// each, from an OffscreenCanvas), so a test can check tracks and count frames offered.
declare global {
  interface Window {
    __media: MediaStream[];
    __framesTaken: number;
  }
}

const DEMO = "demos/streaming-inputs.html";
const APPS = 7;

async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__media = [];
    window.__framesTaken = 0;
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const media = await open(constraints);
      window.__media.push(media);
      return media;
    };
    const take = OffscreenCanvas.prototype.transferToImageBitmap;
    OffscreenCanvas.prototype.transferToImageBitmap = function (this: OffscreenCanvas) {
      window.__framesTaken++;
      return take.call(this);
    };
  });
}

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const record = (scope: Locator) => scope.getByRole("button", { name: /^Record from the (webcam|microphone)$/ });
/** The Stop button once the stream is live (while the device opens it reads "Waiting…"). */
const stop = (scope: Locator) => scope.getByRole("button", { name: /^Stop streaming from the/ }).filter({ hasText: "Stop" });
/** Whether every track the page opened has ended: the camera light is off. */
const allEnded = (page: Page) => page.evaluate(() => window.__media.length > 0 && window.__media.every((m) => m.getTracks().every((t) => t.readyState === "ended")));

/** Share of a canvas's pixels that are pure black or white (an edge map), and a fingerprint of its content. */
function look(canvas: Locator) {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext("2d")!.getImageData(0, 0, c.width, c.height);
    let bw = 0;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] === 0 || data[i] === 255) && data[i] === data[i + 1] && data[i] === data[i + 2]) bw++;
      sum = (sum * 31 + data[i] + data[i + 1] * 7 + data[i + 2] * 13) % 1_000_003;
    }
    return { width: c.width, height: c.height, blackOrWhite: bw / (data.length / 4), sum };
  });
}

test.describe("streaming inputs", () => {
  test.beforeEach(async ({ page }) => instrument(page));
  openForEachTest(DEMO, APPS);

  test("the simplest stream: frames reach the handler and come back to the output; Stop turns the camera off", async ({ page }) => {
    const simple = app(page, "simple");
    await record(simple).click();
    await expect(stop(simple)).toBeVisible();
    await expect(simple.getByLabel("Input: camera preview")).toBeVisible();
    const output = simple.getByRole("img", { name: "Output" });
    await expect(output).toBeVisible();
    const first = await look(output);
    expect(first.width).toBeGreaterThan(0);
    // The fake camera draws a clock: later frames differ.
    await expect.poll(async () => (await look(output)).sum).not.toBe(first.sum);
    await stop(simple).click();
    await expect.poll(() => allEnded(page)).toBe(true);
    await expect(record(simple)).toBeVisible();
    // The output keeps the last frame the handler returned.
    await expect(output).toBeVisible();
  });

  test("a realistic image demo: changing the filter takes effect in the running stream", async ({ page }) => {
    const filter = app(page, "filter");
    await record(filter).click();
    const filtered = filter.getByRole("img", { name: "Filtered" });
    await expect(filtered).toBeVisible();
    // "flip" keeps the camera's colours: few pixels are pure black or white.
    await expect.poll(async () => (await look(filtered)).blackOrWhite).toBeLessThan(0.5);
    await filter.getByRole("combobox", { name: "Transformation" }).selectOption("edges");
    await expect.poll(async () => (await look(filtered)).blackOrWhite, { timeout: 15_000 }).toBeGreaterThan(0.99);
    await filter.getByRole("combobox", { name: "Transformation" }).selectOption("cartoon");
    await expect.poll(async () => (await look(filtered)).blackOrWhite, { timeout: 15_000 }).toBeLessThan(0.5);
    await stop(filter).click();
    await expect.poll(() => allEnded(page)).toBe(true);
  });

  test("unified: the webcam image is the stream's output, its frames over the preview", async ({ page }) => {
    const unified = app(page, "unified");
    await unified.getByRole("combobox", { name: "Transformation" }).selectOption("edges");
    await record(unified).click();
    const frame = unified.getByRole("img", { name: "Webcam: latest frame" });
    await expect(frame).toBeVisible();
    await expect.poll(async () => (await look(frame)).blackOrWhite, { timeout: 15_000 }).toBeGreaterThan(0.99);
    // The frames cover the preview they came from.
    const [preview, shown] = await Promise.all([unified.getByLabel("Webcam: camera preview").boundingBox(), frame.boundingBox()]);
    expect(shown!.y).toBeLessThan(preview!.y + preview!.height);
    await stop(unified).click();
    await expect.poll(() => allEnded(page)).toBe(true);
    await expect(frame).toBeVisible();
  });

  test("keeping track of past inputs: microphone chunks build a transcript through a gr.State", async ({ page }) => {
    const past = app(page, "past");
    await record(past).click();
    await expect(past.getByRole("meter", { name: "Microphone: input level" })).toBeVisible();
    const transcript = past.getByRole("textbox", { name: "Transcript" });
    // A chunk a second: its note ("G4"), "~" when the last chunks held it, "·" for silence.
    await expect(transcript).toHaveValue(/^(([A-G]#?-?\d|~|·) ){2,}$/, { timeout: 8000 });
    await stop(past).click();
    await expect.poll(() => allEnded(page)).toBe(true);
  });

  test("latest wins: a slow handler gets far fewer frames than are offered, none queue, and Stop leaves at most one more", async ({ page }) => {
    const slow = app(page, "slow");
    const handled = slow.getByRole("spinbutton", { name: "Frames handled" });
    await record(slow).click();
    await expect(handled).toHaveValue(/^[1-9]\d*$/, { timeout: 10_000 });
    await page.waitForTimeout(2000);
    await stop(slow).click();
    const atStop = Number(await handled.inputValue());
    const taken = await page.evaluate(() => window.__framesTaken);
    await page.waitForTimeout(2000);
    const after = Number(await handled.inputValue());
    // 400 ms a frame against a frame offered every 50 ms: most frames were replaced while they waited.
    expect(taken).toBeGreaterThan(after * 2);
    // No backlog: what was in flight at Stop may answer, nothing after it.
    expect(after - atStop).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => window.__framesTaken)).toBe(taken);
    await expect.poll(() => allEnded(page)).toBe(true);
  });

  test("timeLimit ends the stream with a message, and the camera with it", async ({ page }) => {
    const slow = app(page, "slow");
    await record(slow).click();
    await expect(stop(slow)).toBeVisible();
    await expect(slow.getByRole("status").filter({ hasText: "time limit" })).toHaveText(
      "Stream ended: its time limit of 6 s was reached. Press Record to stream again.",
      { timeout: 12_000 },
    );
    await expect.poll(() => allEnded(page)).toBe(true);
    await expect(record(slow)).toBeVisible();
  });

  test("a hidden page stops the stream; so does removing the app", async ({ page }) => {
    const simple = app(page, "simple");
    await record(simple).click();
    await expect(stop(simple)).toBeVisible();
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await expect(simple.getByRole("status").filter({ hasText: "hidden" })).toContainText("Stream stopped while the page was hidden");
    await expect.poll(() => allEnded(page)).toBe(true);
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
    });

    const filter = app(page, "filter");
    await record(filter).click();
    await expect(stop(filter)).toBeVisible();
    expect(await allEnded(page)).toBe(false);
    await page.evaluate(() => document.querySelector("gradio-lite#filter")!.remove());
    await expect.poll(() => allEnded(page)).toBe(true);
  });

  test("audio as samples: a tone made from samples plays; an uploaded WAV comes back reversed or with an echo", async ({ page }) => {
    const samples = app(page, "samples");
    await samples.getByRole("button", { name: "Make a tone" }).click();
    await expect(samples.getByRole("textbox", { name: "Audio" })).toHaveValue("1.00 s at 22050 Hz, 1 channel (made by the handler)");
    const result = samples.locator("audio[aria-label='Result']");
    await expect.poll(() => result.evaluate((a: HTMLAudioElement) => (a.readyState >= 1 ? Math.round(a.duration * 10) / 10 : null))).toBe(1);

    await samples.locator("input[type=file]").setInputFiles({ name: "tone.wav", mimeType: "audio/wav", buffer: toneWav(0.5, 8000) });
    await samples.getByRole("button", { name: "Apply" }).click();
    await expect(samples.getByRole("textbox", { name: "Audio" })).toHaveValue("0.50 s at 8000 Hz, 1 channel");
    await samples.getByRole("radio", { name: "echo" }).check();
    await samples.getByRole("button", { name: "Apply" }).click();
    // Two echoes a quarter second apart: half a second longer.
    await expect.poll(() => result.evaluate((a: HTMLAudioElement) => (a.readyState >= 1 ? Math.round(a.duration * 10) / 10 : null))).toBe(1);
  });

  test("a corrupt image upload is refused with its name, and the app goes on", async ({ page }) => {
    const photo = app(page, "photo");
    await photo.locator("input[type=file]").setInputFiles({ name: "broken.png", mimeType: "image/png", buffer: Buffer.from("this is not a PNG") });
    await expect(photo.getByRole("alert").filter({ hasText: "broken.png" }).first()).toBeVisible();
    await expect(page.getByText(/“broken\.png” could not be shown: it is not an image this browser can read\./)).toBeVisible();
    await expect(page.getByText(/"broken\.png" is not an image the browser can read \(image\/png, 17 bytes\)/)).toBeVisible();
    await photo.getByRole("button", { name: "Clear image" }).click();
    await photo.locator("input[type=file]").setInputFiles("demos/assets/sunset.png");
    await expect(photo.getByRole("img", { name: "Filtered photo" })).toBeVisible();
  });
});

test.describe("streaming inputs with the camera and microphone refused", () => {
  test("a clear message in the component, and the app keeps working", async ({ page }) => {
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
    });
    await openDemo(page, DEMO, APPS);
    const simple = app(page, "simple");
    await record(simple).click();
    await expect(simple.getByRole("alert")).toHaveText(
      "Camera access was denied. Allow it for this site in the browser (the icon in the address bar), then press Record again.",
    );
    await expect(record(simple)).toBeVisible();

    const samples = app(page, "samples");
    await samples.getByRole("button", { name: "Record from microphone" }).click();
    await expect(samples.getByRole("alert")).toContainText("Microphone access was denied.");
    await samples.getByRole("button", { name: "Make a tone" }).click();
    await expect(samples.getByRole("textbox", { name: "Audio" })).toHaveValue(/^1\.00 s at 22050 Hz/);

    const past = app(page, "past");
    await record(past).click();
    await expect(past.getByRole("alert")).toContainText("Microphone access was denied.");
  });
});

/** A WAV file of a 440 Hz tone, 16-bit mono. */
function toneWav(seconds: number, rate: number): Buffer {
  const frames = Math.round(seconds * rate);
  const b = Buffer.alloc(44 + frames * 2);
  b.write("RIFF", 0);
  b.writeUInt32LE(36 + frames * 2, 4);
  b.write("WAVEfmt ", 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(rate, 24);
  b.writeUInt32LE(rate * 2, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write("data", 36);
  b.writeUInt32LE(frames * 2, 40);
  for (let i = 0; i < frames; i++) b.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 12000), 44 + i * 2);
  return b;
}
