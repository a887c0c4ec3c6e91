import { createRequire } from "node:module";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { collectPageErrors, pickOption, recordRenders } from "./helpers.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// Chromium's fake camera and microphone (scripts/chromium.mjs) feed every stream. Each page
// records the media it opened, and counts the frames the webcam code takes (a VideoFrame each),
// so a test can check tracks and count frames offered.
declare global {
  interface Window {
    __media: MediaStream[];
    __framesTaken: number;
    /** Stream runs the page sent, and their results that came back. */
    __streamSent: number;
    __streamResults: number;
    /** Both counts when a Stop button was clicked. */
    __atStop: { sent: number; results: number } | null;
  }
}

const DEMO = "demos/streaming-inputs.html";

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
    // A camera frame is a VideoFrame (an ImageBitmap from a canvas without WebCodecs).
    const take = OffscreenCanvas.prototype.transferToImageBitmap;
    OffscreenCanvas.prototype.transferToImageBitmap = function (this: OffscreenCanvas) {
      window.__framesTaken++;
      return take.call(this);
    };
    const Frame = window.VideoFrame;
    window.VideoFrame = class extends Frame {
      constructor(image: CanvasImageSource, init?: VideoFrameInit) {
        super(image, init);
        window.__framesTaken++;
      }
    } as typeof VideoFrame;
    // Each stream run the page sends to the app's worker, and each result that comes back.
    window.__streamSent = 0;
    window.__streamResults = 0;
    window.__atStop = null;
    const streamJobs = new Set<string>();
    const post = Worker.prototype.postMessage as (this: Worker, message: unknown, transfer: Transferable[]) => void;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: Transferable[]) {
      for (const m of [message].flat() as Array<{ type?: string; job?: string; request?: { event?: { type?: string } } }>) {
        if (m?.type === "job:submit" && m.request?.event?.type === "stream") {
          streamJobs.add(m.job!);
          window.__streamSent++;
        }
      }
      post.call(this, message, transfer ?? []);
    } as typeof Worker.prototype.postMessage;
    // The first listener of every worker: it hears each message before the runtime's own.
    window.Worker = class extends Worker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener("message", (event: MessageEvent) => {
          const m = event.data as { type?: string; job?: string };
          if (m?.type === "job:done" && streamJobs.delete(m.job!)) window.__streamResults++;
        });
      }
    };
    document.addEventListener(
      "click",
      (e) => {
        if ((e.target as Element).closest?.("button[aria-label^='Stop streaming']")) window.__atStop = { sent: window.__streamSent, results: window.__streamResults };
      },
      true,
    );
  });
}

/**
 * The demo page, its apps left to start as they near the view: each test
 * starts the ones it uses (seven workers at once load a 2-core machine for
 * nothing). Fails the test on an uncaught page error.
 */
function openPage(): void {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = collectPageErrors(page);
    await instrument(page);
    await recordRenders(page);
    await page.goto(DEMO);
  });
  test.afterEach(() => expect(errors).toEqual([]));
}

/** One app of the page, scrolled near and rendered. */
async function app(page: Page, id: string): Promise<Locator> {
  const el = page.locator(`gradio-lite#${id}`);
  await el.scrollIntoViewIfNeeded();
  await page.waitForFunction((id) => (window.__rendered ?? []).some((e) => e.id === id), id, { timeout: 20_000 });
  return el;
}
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
  test.setTimeout(60_000);
  openPage();

  test("the simplest stream: frames reach the handler and come back to the output; Stop turns the camera off", async ({ page }) => {
    const simple = await app(page, "simple");
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
    const filter = await app(page, "filter");
    await record(filter).click();
    const filtered = filter.getByRole("img", { name: "Filtered" });
    await expect(filtered).toBeVisible();
    // "flip" keeps the camera's colours: few pixels are pure black or white.
    await expect.poll(async () => (await look(filtered)).blackOrWhite).toBeLessThan(0.5);
    await pickOption(filter.getByRole("combobox", { name: "Transformation" }), "edges");
    await expect.poll(async () => (await look(filtered)).blackOrWhite, { timeout: 15_000 }).toBeGreaterThan(0.99);
    await pickOption(filter.getByRole("combobox", { name: "Transformation" }), "cartoon");
    await expect.poll(async () => (await look(filtered)).blackOrWhite, { timeout: 15_000 }).toBeLessThan(0.5);
    await stop(filter).click();
    await expect.poll(() => allEnded(page)).toBe(true);
  });

  test("unified: the webcam image is the stream's output, its frames over the preview", async ({ page }) => {
    const unified = await app(page, "unified");
    await pickOption(unified.getByRole("combobox", { name: "Transformation" }), "edges");
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
    const past = await app(page, "past");
    await record(past).click();
    await expect(past.getByRole("meter", { name: "Microphone: input level" })).toBeVisible();
    const transcript = past.getByRole("textbox", { name: "Transcript" });
    // A chunk a second: its note ("G4"), "~" when the last chunks held it, "·" for silence.
    await expect(transcript).toHaveValue(/^(([A-G]#?-?\d|~|·) ){2,}$/, { timeout: 8000 });
    await stop(past).click();
    await expect.poll(() => allEnded(page)).toBe(true);
  });

  test("latest wins: a slow handler gets far fewer frames than are offered, none queue, and Stop leaves at most one more", async ({ page }) => {
    const slow = await app(page, "slow");
    const handled = slow.getByRole("spinbutton", { name: "Frames handled" });
    await record(slow).click();
    await expect(handled).toHaveValue(/^[1-9]\d*$/, { timeout: 15_000 });
    await page.waitForTimeout(2000);
    await stop(slow).click();
    const taken = await page.evaluate(() => window.__framesTaken);
    await page.waitForTimeout(2500);
    const { atStop, sent, results } = await page.evaluate(() => ({ atStop: window.__atStop!, sent: window.__streamSent, results: window.__streamResults }));
    // 400 ms a frame against a frame offered every 50 ms: most frames were replaced while they waited.
    expect(taken).toBeGreaterThan(results * 2);
    // No backlog: nothing is sent after Stop, and only the run in flight may still answer.
    expect(sent).toBe(atStop.sent);
    expect(results - atStop.results).toBeLessThanOrEqual(1);
    expect(results).toBe(sent);
    expect(await page.evaluate(() => window.__framesTaken)).toBe(taken);
    await expect(handled).toHaveValue(String(results));
    await expect.poll(() => allEnded(page)).toBe(true);
  });

  test("timeLimit ends the stream with a message, and the camera with it", async ({ page }) => {
    const slow = await app(page, "slow");
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
    const simple = await app(page, "simple");
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

    const filter = await app(page, "filter");
    await record(filter).click();
    await expect(stop(filter)).toBeVisible();
    expect(await allEnded(page)).toBe(false);
    await page.evaluate(() => document.querySelector("gradio-lite#filter")!.remove());
    await expect.poll(() => allEnded(page)).toBe(true);
  });

  test("audio as samples: a tone made from samples plays; an uploaded WAV comes back reversed or with an echo", async ({ page }) => {
    const samples = await app(page, "samples");
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
    const photo = await app(page, "photo");
    await photo.locator("input[type=file]").setInputFiles({ name: "broken.png", mimeType: "image/png", buffer: Buffer.from("this is not a PNG") });
    await expect(photo.getByRole("alert").filter({ hasText: "broken.png" }).first()).toBeVisible();
    await expect(page.getByText(/“broken\.png” could not be shown: it is not an image this browser can read\./)).toBeVisible();
    await expect(page.getByText(/"broken\.png" is not an image the browser can read \(image\/png, 17 bytes\)/)).toBeVisible();
    await photo.getByRole("button", { name: "Clear image" }).click();
    await photo.locator("input[type=file]").setInputFiles("demos/assets/sunset.png");
    await expect(photo.getByRole("img", { name: "Filtered photo" })).toBeVisible();
  });
});

test.describe("live streams on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test.setTimeout(60_000);
  openPage();

  test("the keyboard starts and stops them; axe finds nothing, light or dark; nothing overflows", async ({ page }) => {
    const ids = ["unified", "past", "slow"];
    const apps = new Map<string, Locator>();
    for (const id of ids) {
      const a = await app(page, id);
      apps.set(id, a);
      await record(a).focus();
      await page.keyboard.press("Enter");
      await expect(stop(a)).toBeVisible();
    }
    const unified = apps.get("unified")!;
    await expect(unified.getByRole("img", { name: "Webcam: latest frame" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.addScriptTag({ path: axePath });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await page.evaluate(async (ids) => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
        const result = await axe.run({ include: ids.map((id) => [`gradio-lite#${id}`]) }, {});
        return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`);
      }, ids);
      expect.soft(violations, `${scheme} scheme`).toEqual([]);
    }
    // The microphone and the slow stream have short time limits, which the axe runs may outlast; the unified one has 30 s.
    await stop(unified).focus();
    await page.keyboard.press(" ");
    await expect(record(unified)).toBeVisible();
    for (const id of ["past", "slow"]) if (await stop(apps.get(id)!).isVisible()) await stop(apps.get(id)!).click();
    await expect.poll(() => allEnded(page)).toBe(true);
  });
});

test.describe("streaming inputs with the camera and microphone refused", () => {
  test("a clear message in the component, and the app keeps working", async ({ page }) => {
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
    });
    await recordRenders(page);
    await page.goto(DEMO);
    const simple = await app(page, "simple");
    await record(simple).click();
    await expect(simple.getByRole("alert")).toHaveText(
      "Camera access was denied. Allow it for this site in the browser (the icon in the address bar), then press Record again.",
    );
    await expect(record(simple)).toBeVisible();

    const samples = await app(page, "samples");
    await samples.getByRole("button", { name: "Record from microphone" }).click();
    await expect(samples.getByRole("alert")).toContainText("Microphone access was denied.");
    await samples.getByRole("button", { name: "Make a tone" }).click();
    await expect(samples.getByRole("textbox", { name: "Audio" })).toHaveValue(/^1\.00 s at 22050 Hz/);

    const past = await app(page, "past");
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
