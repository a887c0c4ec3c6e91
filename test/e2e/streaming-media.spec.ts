import { expect, test, type Locator, type Page } from "@playwright/test";
import { collectPageErrors, startEveryApp } from "./helpers.ts";

// Streaming media outputs (issue #11 item 3): a generator's chunks play as ONE stream.
// Audio plays through Web Audio: the page records every AudioContext and every buffer it
// schedules (when, how long), so a test can see that chunks join end to end on one clock.
// Video plays through MediaSource: one <video>, whose src is set once.
declare global {
  interface Window {
    __contexts: AudioContext[];
    __scheduled: Array<{ context: AudioContext; when: number; duration: number }>;
  }
}

const DEMO = "demos/streaming-media.html";

async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__contexts = [];
    window.__scheduled = [];
    const Context = window.AudioContext;
    window.AudioContext = class extends Context {
      constructor(options?: AudioContextOptions) {
        super(options);
        window.__contexts.push(this);
      }
    } as typeof AudioContext;
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, when?: number, ...rest: number[]) {
      window.__scheduled.push({ context: this.context as AudioContext, when: when ?? 0, duration: this.buffer?.duration ?? 0 });
      return start.call(this, when, ...rest);
    };
  });
}

/** The scheduled chunks of the latest context: start times and lengths, in context seconds. */
function scheduled(page: Page) {
  return page.evaluate(() => {
    const last = window.__contexts.at(-1);
    return {
      contexts: window.__contexts.length,
      state: last?.state ?? null,
      time: last?.currentTime ?? 0,
      chunks: window.__scheduled.filter((s) => s.context === last).map(({ when, duration }) => ({ when, duration })),
    };
  });
}

test.beforeEach(async ({ page }) => {
  await instrument(page);
});

test("a generator's samples play as one stream: each chunk starts where the last ended, on one clock", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(DEMO);
  const app = page.locator("#scale");
  await app.getByRole("button", { name: "Play", exact: true }).click();
  const player = app.locator(".gr-stream-audio");
  await expect(player).toBeVisible();
  await expect.poll(async () => (await scheduled(page)).chunks.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
  const early = await scheduled(page);
  expect(early.contexts).toBe(1);
  expect(early.state).toBe("running");
  // The clock runs on across chunks: heard time grows past the first chunk's end.
  const firstEnd = early.chunks[0].when + early.chunks[0].duration;
  await expect.poll(async () => (await scheduled(page)).time, { timeout: 10_000 }).toBeGreaterThan(firstEnd + 0.3);
  // The player shows the time heard growing.
  await expect(player.getByRole("progressbar")).toHaveAttribute("aria-valuenow", /[1-9]/);
  // When the 8 notes have played, the component shows their joined file in the usual player.
  const audio = app.locator("audio.gr-media");
  await expect(audio).toBeVisible({ timeout: 15_000 });
  const done = await scheduled(page);
  expect(done.contexts).toBe(1);
  expect(done.chunks).toHaveLength(8);
  for (let i = 1; i < done.chunks.length; i++) {
    const gap = done.chunks[i].when - (done.chunks[i - 1].when + done.chunks[i - 1].duration);
    expect(Math.abs(gap), `gap before chunk ${i + 1}`).toBeLessThan(0.001);
  }
  // The final value is the whole stream: a WAV as long as the eight notes (0.4 s each), playable again.
  const length = await audio.evaluate(async (el: HTMLAudioElement) => {
    if (!(el.duration > 0)) await new Promise((r) => el.addEventListener("loadedmetadata", r, { once: true }));
    return el.duration;
  });
  expect(length).toBeGreaterThan(3.1);
  expect(length).toBeLessThan(3.3);
  await audio.evaluate((el: HTMLAudioElement) => el.play());
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeGreaterThan(0.2);
  await expect(app.getByRole("button", { name: "Download audio" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("Stop ends the stream at once, and a new run plays a new stream", async ({ page }) => {
  await page.goto(DEMO);
  const app = page.locator("#scale");
  await app.getByRole("slider", { name: "Notes" }).fill("15");
  await app.getByRole("button", { name: "Play", exact: true }).click();
  await expect.poll(async () => (await scheduled(page)).chunks.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await app.getByRole("button", { name: "Stop" }).click();
  // The player goes, its context is closed (silence at once), and no file is made of a stopped stream.
  await expect(app.locator(".gr-stream-audio")).toHaveCount(0);
  await expect.poll(async () => (await scheduled(page)).state).toBe("closed");
  const atStop = (await scheduled(page)).chunks.length;
  expect(atStop).toBeLessThan(15);
  await expect(app.locator("audio.gr-media")).toHaveCount(0);
  await page.waitForTimeout(800);
  expect((await scheduled(page)).chunks.length).toBe(atStop);
  // The app keeps working: Play again streams anew, on a new clock.
  await app.getByRole("slider", { name: "Notes" }).fill("4");
  await app.getByRole("button", { name: "Play", exact: true }).click();
  await expect.poll(async () => (await scheduled(page)).contexts).toBe(2);
  await expect(app.locator("audio.gr-media")).toBeVisible({ timeout: 15_000 });
  expect((await scheduled(page)).chunks).toHaveLength(4);
});

test("a chunk that is not media: a clear error naming it; what came before plays, and the app keeps working", async ({ page }) => {
  await page.goto(DEMO);
  await startEveryApp(page);
  const app = page.locator("#bad");
  await app.scrollIntoViewIfNeeded();
  await app.getByRole("button", { name: "Generate" }).click();
  await expect(app.getByText(/Output 1 \(Notes\), chunk 3 is not a media file \(it starts 74 68 69 73/)).toBeVisible();
  await expect.poll(async () => (await scheduled(page)).chunks.length).toBe(2);
  // Again: the same error, and the two notes play again.
  await app.getByRole("button", { name: "Generate" }).click();
  await expect.poll(async () => (await scheduled(page)).contexts).toBe(2);
  await expect.poll(async () => (await scheduled(page)).chunks.length).toBe(2);
});

/** A media element's length; a WebM from MediaRecorder has none in its header, so seek far to learn it. */
function lengthOf(media: Locator): Promise<number> {
  return media.evaluate(async (el: HTMLMediaElement) => {
    if (!(el.duration > 0)) await new Promise((r) => el.addEventListener("loadedmetadata", r, { once: true }));
    if (el.duration === Infinity) {
      el.currentTime = 1e6;
      await new Promise((r) => el.addEventListener("durationchange", r, { once: true }));
    }
    return el.duration;
  });
}

/** Records a clip from Chromium's fake webcam with the Video input's Record button. */
async function recordClip(page: Page, app: Locator, ms: number): Promise<void> {
  await app.getByRole("button", { name: "Record from webcam" }).click();
  // From the moment it records (the camera may take a while to open on a busy machine).
  await expect(app.getByRole("button", { name: "Stop recording" })).toBeVisible();
  await page.waitForTimeout(ms);
  await app.getByRole("button", { name: "Stop recording" }).click();
  // Stored in the input once its Download button shows (the preview was a <video> too).
  await expect(app.getByRole("button", { name: "Download video" })).toBeVisible();
}

test("the guide's video: a recorded clip yielded ten times plays as one MediaSource stream", async ({ page }) => {
  // Ten clips play in real time, after a recording: longer than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await page.goto(DEMO);
  await startEveryApp(page);
  const app = page.locator("#video");
  await app.scrollIntoViewIfNeeded();
  await recordClip(page, app, 1200);
  await app.getByRole("button", { name: "Submit" }).click();
  const live = app.locator("video.gr-stream-video");
  await expect(live).toBeVisible();
  const src = await live.getAttribute("src");
  expect(src).toMatch(/^blob:/);
  // It plays on through the chunks: its time passes the first clip's length, on one timeline, same src.
  await expect.poll(() => live.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 }).toBeGreaterThan(1.6);
  // (A recorded clip's audio outlasts its video by a little: where one track is missing,
  // `buffered`, which is where both are, has a short hole, that the player steps over.)
  const state = await live.evaluate((v: HTMLVideoElement) => ({ start: v.buffered.start(0), end: v.buffered.end(v.buffered.length - 1), paused: v.paused }));
  expect(state.start).toBe(0);
  expect(state.end).toBeGreaterThan(1.6);
  expect(state.paused).toBe(false);
  expect(await live.getAttribute("src")).toBe(src);
  // When all ten have played, the output shows the clips joined into one WebM, to replay or download.
  // (On a busy machine the fake camera's clip may be a second and a half of sound over a few frames.)
  // Polled as its state, so that a stream that never ends says where it stood.
  const where = () =>
    app.evaluate((el) => {
      const v = el.querySelector<HTMLVideoElement>("video.gr-stream-video");
      if (!v) return "ended";
      const ranges = [...Array(v.buffered.length)].map((_, i) => `${v.buffered.start(i).toFixed(2)}-${v.buffered.end(i).toFixed(2)}`).join(" ");
      return `at ${v.currentTime.toFixed(2)} of ${v.duration}, readyState ${v.readyState}, paused ${v.paused}, buffered ${ranges}`;
    });
  await expect.poll(where, { timeout: 60_000 }).toBe("ended");
  const output = app.locator("video.gr-media").nth(1);
  await expect(output).toBeVisible();
  await expect(app.getByRole("button", { name: "Download video" })).toHaveCount(2);
  const clip = await lengthOf(app.locator("video.gr-media").first());
  const length = await lengthOf(output);
  expect(length).toBeGreaterThan(9 * clip);
  expect(length).toBeLessThan(11 * clip);
  expect(errors).toEqual([]);
});

test("the guide's audio: a recording yielded ten times plays back to back, then is one file", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(DEMO);
  await startEveryApp(page);
  const app = page.locator("#audio");
  await app.scrollIntoViewIfNeeded();
  await app.getByRole("button", { name: "Record from microphone" }).click();
  await expect(app.getByRole("button", { name: "Stop recording" })).toBeVisible();
  await page.waitForTimeout(700);
  await app.getByRole("button", { name: "Stop recording" }).click();
  await expect(app.getByRole("button", { name: "Download audio" })).toBeVisible();
  await app.getByRole("button", { name: "Submit" }).click();
  await expect.poll(async () => (await scheduled(page)).chunks.length, { timeout: 15_000 }).toBe(10);
  const { chunks } = await scheduled(page);
  // Chunks come every 0.5 s and last about 0.7 s: after the first, each starts where the last ended.
  for (let i = 1; i < chunks.length; i++) expect(Math.abs(chunks[i].when - chunks[i - 1].when - chunks[i - 1].duration)).toBeLessThan(0.001);
  // The joined file (one WebM) lasts the ten recordings.
  const output = app.locator("audio.gr-media").nth(1);
  await expect(output).toBeVisible({ timeout: 20_000 });
  const total = chunks.reduce((n, c) => n + c.duration, 0);
  expect(Math.abs((await lengthOf(output)) - total)).toBeLessThan(0.3);
});
