// Live media (issue #11) in real Chromium with its fake camera and
// microphone (--use-fake-device-for-media-stream): frames and chunks reach
// the handler, streams end cleanly, and bad input is said in the component.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

/** Every MediaStream the page opened, to check that its tracks ended (the camera light is off). */
const opened: MediaStream[] = [];
const realGetUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
navigator.mediaDevices.getUserMedia = async (constraints) => {
  const media = await realGetUserMedia(constraints);
  opened.push(media);
  return media;
};
const ended = (media: MediaStream) => media.getTracks().every((t) => t.readyState === "ended");

afterEach(() => {
  cleanup();
  opened.length = 0;
});

const button = (root: string, name: RegExp) => waitFor(() => [...document.querySelectorAll<HTMLButtonElement>(`${root} button`)].find((b) => name.test(b.textContent ?? "")));

describe("a streaming webcam", () => {
  it("sends frames as ImageData; a streaming output draws what the handler returns; Stop ends the camera", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const cam = gr.Image({ sources: ["webcam"], streaming: true, elemId: "cam" });
      const out = gr.Image({ elemId: "out" });
      const info = gr.Textbox({ elemId: "info" });
      let n = 0;
      cam.stream((frame) => [frame, (++n) + " " + frame.constructor.name + " " + frame.width + "x" + frame.height], cam, [out, info], { streamEvery: 0.05 });
    }).launch();`);
    await m.rendered;
    (await button("#cam", /Record/)).click();
    await waitFor(() => /^([3-9]|\d\d+) ImageData \d+x\d+$/.test(textbox("info")!.value), 8000);
    const canvas = await waitFor(() => document.querySelector<HTMLCanvasElement>("#out canvas"));
    expect(canvas.width).toBeGreaterThan(0);
    expect(opened).toHaveLength(1);
    (await button("#cam", /Stop/)).click();
    await waitFor(() => ended(opened[0]));
    expect(document.querySelector("#cam video")!.hasAttribute("hidden")).toBe(true);
  });
});

/** A WAV file of a 440 Hz tone: `channels` channels of 16-bit PCM. */
function toneWav(seconds: number, rate: number, channels = 1): File {
  const frames = Math.round(seconds * rate);
  const buffer = new ArrayBuffer(44 + frames * channels * 2);
  const v = new DataView(buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF");
  v.setUint32(4, 36 + frames * channels * 2, true);
  text(8, "WAVEfmt ");
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, channels, true);
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * channels * 2, true);
  v.setUint16(32, channels * 2, true);
  v.setUint16(34, 16, true);
  text(36, "data");
  v.setUint32(40, frames * channels * 2, true);
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < channels; c++) v.setInt16(44 + (i * channels + c) * 2, Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 16000 * (c + 1) / channels), true);
  }
  return new File([buffer], "tone.wav", { type: "audio/wav" });
}

function pick(input: HTMLInputElement, files: File[]) {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("gr.Audio type samples", () => {
  it("gives a handler an uploaded WAV as { sampleRate, data }, and plays the samples it returns as WAV", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.Audio({ type: "samples", elemId: "a" });
      const out = gr.Audio({ elemId: "out" });
      const info = gr.Textbox({ elemId: "info" });
      a.upload(({ sampleRate, data }) => {
        const channels = Array.isArray(data) ? data : [data];
        const peak = Math.max(...channels.map((c) => c.reduce((m, s) => Math.max(m, Math.abs(s)), 0)));
        // Reversed, and twice as long: the samples a handler returns become a WAV file.
        const reversed = channels.map((c) => Float32Array.from([...c].reverse().concat([...c])));
        return [{ sampleRate, data: reversed }, sampleRate + " " + channels.length + " " + channels[0].length + " " + peak.toFixed(2)];
      }, a, [out, info]);
    }).launch();`);
    await m.rendered;
    pick(document.querySelector<HTMLInputElement>("#a input[type=file]")!, [toneWav(0.5, 8000, 2)]);
    await waitFor(() => textbox("info")!.value !== "");
    // Channel 2 peaks at 16000/32768 ≈ 0.49.
    expect(textbox("info")!.value).toBe("8000 2 4000 0.49");
    const audio = await waitFor(() => document.querySelector<HTMLAudioElement>("#out audio"));
    await waitFor(() => audio.readyState >= 1 || audio.error, 5000);
    expect(audio.error).toBeNull();
    expect(audio.duration).toBeCloseTo(1, 1);
  });

  it("makes what the user uploads in another format WAV on the page first; a file that is not audio is refused in the component", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.Audio({ type: "samples", elemId: "a" });
      const info = gr.Textbox({ elemId: "info" });
      a.upload(({ sampleRate, data }) => sampleRate + " " + (data instanceof Float32Array) + " " + (data.length / sampleRate).toFixed(1), a, info);
    }).launch();`);
    await m.rendered;
    // A WebM/Opus file, as the browser's recorder makes: the worker cannot decode it, the page does.
    const webm = await recordTone(0.6);
    pick(document.querySelector<HTMLInputElement>("#a input[type=file]")!, [webm]);
    await waitFor(() => textbox("info")!.value !== "", 8000);
    expect(textbox("info")!.value).toMatch(/^48000 true 0\.[5-7]$/);
    document.querySelector<HTMLButtonElement>("#a button[aria-label='Clear audio']")!.click();
    pick(await waitFor(() => document.querySelector<HTMLInputElement>("#a input[type=file]")), [new File(["not audio at all"], "notes.mp3", { type: "audio/mpeg" })]);
    const alert = await waitFor(() => document.querySelector("#a [role=alert]"));
    expect(alert.textContent).toContain("“notes.mp3” could not be read as audio");
  });
});

/** A short WebM/Opus recording from the (fake) microphone, made by MediaRecorder as a user's recording is. */
async function recordTone(seconds: number): Promise<File> {
  const media = await realGetUserMedia({ audio: true });
  const recorder = new MediaRecorder(media, { mimeType: "audio/webm" });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const done = new Promise((r) => (recorder.onstop = r));
  recorder.start();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  recorder.stop();
  await done;
  media.getTracks().forEach((t) => t.stop());
  return new File(chunks, "tone.webm", { type: "audio/webm" });
}

describe("a streaming microphone", () => {
  it("sends chunks of streamEvery seconds as mono { sampleRate, data: Float32Array }; a State keeps the last ones", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const mic = gr.Audio({ sources: ["microphone"], streaming: true, elemId: "mic" });
      const kept = gr.State([]);
      const info = gr.Textbox({ elemId: "info" });
      mic.stream((chunk, past) => {
        const next = [...past, chunk].slice(-3);
        return [next, next.length + " " + chunk.sampleRate + " " + (chunk.data instanceof Float32Array) + " " + (chunk.data.length / chunk.sampleRate).toFixed(2)];
      }, [mic, kept], [kept, info], { streamEvery: 0.25 });
    }).launch();`);
    await m.rendered;
    (await button("#mic", /Record/)).click();
    await waitFor(() => textbox("info")!.value.startsWith("3 "), 8000);
    expect(textbox("info")!.value).toMatch(/^3 (44100|48000) true 0\.25$/);
    expect(document.querySelector("#mic [role=meter]")).not.toBeNull();
    (await button("#mic", /Stop/)).click();
    await waitFor(() => opened.length === 1 && ended(opened[0]));
  });
});
