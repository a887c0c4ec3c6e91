// Live media (issue #11) in real Chromium with its fake camera and
// microphone (--use-fake-device-for-media-stream): frames and chunks reach
// the handler, streams end cleanly, and bad input is said in the component.
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
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

describe("a live Interface with a streaming input", () => {
  it("streams the webcam to fn, as Gradio's live Interface attaches `stream` (with its timeLimit and streamEvery)", async () => {
    const m = mountApp(`let n = 0;
      gr.Interface({
        fn: (frame) => [frame, (++n) + " " + frame.width + "x" + frame.height],
        inputs: gr.Image({ sources: ["webcam"], streaming: true, elemId: "cam" }),
        outputs: [gr.Image({ elemId: "out" }), gr.Textbox({ elemId: "info" })],
        live: true,
        streamEvery: 0.05,
        timeLimit: 20,
      }).launch();`);
    await m.rendered;
    // Live: no Submit button, the stream drives fn.
    expect([...document.querySelectorAll("button")].some((b) => b.textContent === "Submit")).toBe(false);
    (await button("#cam", /Record/)).click();
    await waitFor(() => /^([3-9]|\d\d+) \d+x\d+$/.test(textbox("info")!.value), 8000);
    expect(await waitFor(() => document.querySelector<HTMLCanvasElement>("#out canvas"))).toBeTruthy();
    const client = await m.client;
    const api = await client.viewApi();
    expect(api.endpoints.map((e) => e.name)).toEqual(["/predict"]);
    (await button("#cam", /Stop/)).click();
    await waitFor(() => ended(opened[0]));
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

/** A camera that sees red on its left and blue on its right: a mirrored frame has blue on the left. */
function redLeftCamera(): { open: () => MediaStream; stop: () => void } {
  const canvas = document.createElement("canvas");
  canvas.width = 64;
  canvas.height = 48;
  const g = canvas.getContext("2d")!;
  const draw = () => {
    g.fillStyle = "#f00";
    g.fillRect(0, 0, 32, 48);
    g.fillStyle = "#00f";
    g.fillRect(32, 0, 32, 48);
  };
  draw();
  const timer = setInterval(draw, 30);
  // A new stream for each getUserMedia: a stream ends its tracks when it stops.
  return { open: () => canvas.captureStream(30), stop: () => clearInterval(timer) };
}

describe.each([
  ["VideoFrames (WebCodecs)", true],
  ["canvas-drawn ImageBitmaps (no WebCodecs)", false],
])("webcam frames as %s", (_, webCodecs) => {
  it("are mirrored as the preview is, unless webcamOptions.mirror is false", async () => {
    const camera = redLeftCamera();
    const saved = window.VideoFrame;
    const getUserMedia = navigator.mediaDevices.getUserMedia;
    navigator.mediaDevices.getUserMedia = async () => camera.open();
    if (!webCodecs) delete (window as { VideoFrame?: unknown }).VideoFrame;
    try {
      const m = mountApp(`gr.Blocks(() => {
        const mirrored = gr.Image({ streaming: true, elemId: "mirrored" });
        const plain = gr.Image({ streaming: true, webcamOptions: { mirror: false }, elemId: "plain" });
        const left = gr.Textbox({ elemId: "left" });
        const side = (f) => (f.data[0] > f.data[2] ? "red" : "blue") + " on the left";
        mirrored.stream(side, mirrored, left, { streamEvery: 0.05 });
        plain.stream(side, plain, left, { streamEvery: 0.05 });
      }).launch();`);
      await m.rendered;
      (await button("#mirrored", /Record/)).click();
      await waitFor(() => textbox("left")!.value === "blue on the left", 8000);
      expect(document.querySelector("#mirrored video")!.classList.contains("gr-live-mirror")).toBe(true);
      (await button("#mirrored", /Stop/)).click();
      (await button("#plain", /Record/)).click();
      await waitFor(() => textbox("left")!.value === "red on the left", 8000);
      expect(document.querySelector("#plain video")!.classList.contains("gr-live-mirror")).toBe(false);
      (await button("#plain", /Stop/)).click();
    } finally {
      window.VideoFrame = saved;
      navigator.mediaDevices.getUserMedia = getUserMedia;
      camera.stop();
    }
  });
});

describe("a frame read twice", () => {
  it("reaches a handler that takes the webcam twice, once per type asked for", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const cam = gr.Image({ streaming: true, elemId: "cam" });
      const info = gr.Textbox({ elemId: "info" });
      cam.stream((a, b) => (a === b) + " " + a.width + " " + b.width, [cam, cam], info, { streamEvery: 0.1 });
    }).launch();`);
    await m.rendered;
    (await button("#cam", /Record/)).click();
    await waitFor(() => /^true \d+ \d+$/.test(textbox("info")!.value), 8000);
    const [, a, b] = textbox("info")!.value.split(" ").map(Number);
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
    (await button("#cam", /Stop/)).click();
    await waitFor(() => ended(opened[0]));
  });
});

describe("Audio and Video player and recording events (Gradio's)", () => {
  it("an upload fires upload and input; the player play, pause and stop (Video: end too); the recorder startRecording and stopRecording", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.Audio({ elemId: "a" });
      const v = gr.Video({ elemId: "v" });
      const log = gr.State([]);
      const shown = gr.Textbox({ elemId: "log" });
      const note = (what) => (seen) => { const next = [...seen, what]; return [next, next.join(",")]; };
      for (const e of ["upload", "input", "play", "pause", "stop", "startRecording", "stopRecording"]) a[e](note("a." + e), log, [log, shown]);
      for (const e of ["play", "stop", "end"]) v[e](note("v." + e), log, [log, shown]);
    }).launch();`);
    await m.rendered;
    const log = () => textbox("log")!.value.split(",");
    pick(document.querySelector<HTMLInputElement>("#a input[type=file]")!, [toneWav(0.3, 8000)]);
    await waitFor(() => log().includes("a.upload") && log().includes("a.input"));
    const audio = await waitFor(() => document.querySelector<HTMLAudioElement>("#a audio"));
    // The page needs a user's gesture before a player may play.
    await userEvent.click(document.getElementById("log")!);
    audio.muted = true;
    await audio.play();
    await waitFor(() => log().includes("a.play") && log().includes("a.stop") && log().includes("a.pause"), 5000);

    // The video, recorded from the fake webcam: the recorder's events, then its player's.
    (await button("#v", /Record from webcam/)).click();
    const stop = await button("#v", /Stop recording/);
    await new Promise((r) => setTimeout(r, 600));
    stop.click();
    const video = await waitFor(() => document.querySelector<HTMLVideoElement>("#v video.gr-media[src]"), 8000);
    video.muted = true;
    await video.play();
    await waitFor(() => log().includes("v.play") && log().includes("v.stop") && log().includes("v.end"), 8000);
    // Audio's recorder: the fake microphone.
    document.querySelector<HTMLButtonElement>("#a button[aria-label*=Clear], #a button[title*=Clear]")?.click();
    (await button("#a", /Record from microphone/)).click();
    const stopMic = await button("#a", /Stop recording/);
    await new Promise((r) => setTimeout(r, 400));
    stopMic.click();
    await waitFor(() => log().includes("a.startRecording") && log().includes("a.stopRecording"), 8000);
  });
});

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

describe("samples that are not audio", () => {
  it("a handler's wrong samples, and a non-WAV file reaching a samples input, are errors that say why; the app goes on", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const out = gr.Audio({ elemId: "out" });
      const input = gr.Audio({ type: "samples", elemId: "in" });
      const info = gr.Textbox({ elemId: "info" });
      gr.Button("Bad", { elemId: "bad" }).click(() => ({ sampleRate: 8000, data: [0.1, 0.2] }), null, out);
      gr.Button("Mp3", { elemId: "mp3" }).click(() => new Blob(["ID3 not really an mp3"], { type: "audio/mpeg" }), null, input);
      input.change((a) => (a ? a.sampleRate : "none"), input, info);
      gr.Button("Good", { elemId: "good" }).click(() => ({ sampleRate: 8000, data: new Float32Array(800) }), null, out);
    }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("button#bad")!.click();
    const first = await waitFor(() => document.querySelector(".gr-toast-error"));
    expect(first.textContent).toContain("data must be a Float32Array or a non-empty array of them (one per channel)");
    document.querySelector<HTMLButtonElement>("button#mp3")!.click();
    await waitFor(() => [...document.querySelectorAll(".gr-toast-error")].some((t) => t.textContent!.includes('type "samples" reads WAV files')));
    document.querySelector<HTMLButtonElement>("button#good")!.click();
    const audio = await waitFor(() => document.querySelector<HTMLAudioElement>("#out audio"));
    await waitFor(() => audio.readyState >= 1 || audio.error, 5000);
    expect(audio.duration).toBeCloseTo(0.1, 2);
  });
});

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
    expect(textbox("info")!.value).toMatch(/^3 (44100|48000) true \d\.\d\d$/);
    // A chunk is 0.25 s, or several joined when the one before was still being handled (a busy machine).
    const seconds = Number(textbox("info")!.value.split(" ")[3]);
    expect(seconds / 0.25).toBeCloseTo(Math.round(seconds / 0.25), 1);
    expect(seconds).toBeGreaterThanOrEqual(0.25);
    expect(document.querySelector("#mic [role=meter]")).not.toBeNull();
    (await button("#mic", /Stop/)).click();
    await waitFor(() => opened.length === 1 && ended(opened[0]));
  });
});

describe("how a stream copes", () => {
  it("joins the microphone's chunks that wait for a slow handler: no audio is lost, nothing queues", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const mic = gr.Audio({ streaming: true, elemId: "mic" });
      const info = gr.Textbox({ elemId: "info" });
      // Per run: when it started, and how many seconds of audio it got.
      const runs = [];
      mic.stream(async (chunk) => {
        runs.push([performance.now() / 1000, chunk.data.length / chunk.sampleRate]);
        await new Promise((r) => setTimeout(r, 500));
        // From the third run on (the first two carry the stream's start-up): audio received vs time gone by.
        const steady = runs.slice(2);
        const audio = steady.reduce((s, [, secs]) => s + secs, 0);
        const elapsed = runs.length > 2 ? runs.at(-1)[0] - runs[1][0] : 0;
        const longest = Math.max(...runs.map(([, secs]) => secs));
        return [runs.length, audio, elapsed, longest].map((x) => x.toFixed(2)).join(" ");
      }, mic, info, { streamEvery: 0.1 });
    }).launch();`);
    await m.rendered;
    (await button("#mic", /Record/)).click();
    await waitFor(() => Number(textbox("info")!.value.split(" ")[0]) >= 5, 15_000);
    const [runs, audio, elapsed, longest] = textbox("info")!.value.split(" ").map(Number);
    // Chunks of 0.1 s that waited half a second each were joined into longer ones, one per run...
    expect(longest).toBeGreaterThan(0.3);
    expect(audio / (runs - 2)).toBeGreaterThan(0.3);
    // ...and every second of audio reached the handler, once: as much audio as time went by between runs.
    expect(Math.abs(audio - elapsed)).toBeLessThan(0.25);
    (await button("#mic", /Stop/)).click();
    await waitFor(() => ended(opened[0]));
  });

  it("switches microphones while streaming; a device that goes away ends the stream with a message; removal ends it", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const mic = gr.Audio({ streaming: true, elemId: "mic" });
      const info = gr.Textbox({ elemId: "info" });
      let n = 0;
      mic.stream(() => String(++n), mic, info, { streamEvery: 0.1 });
    }).launch();`);
    await m.rendered;
    (await button("#mic", /Record/)).click();
    const picker = await waitFor(() => document.querySelector<HTMLSelectElement>("#mic select[aria-label=Microphone]"));
    expect(picker.options.length).toBeGreaterThan(1);
    const other = [...picker.options].find((o) => o.value !== picker.value)!.value;
    picker.value = other;
    picker.dispatchEvent(new Event("change", { bubbles: true }));
    await waitFor(() => opened.length === 2 && ended(opened[0]));
    expect(opened[1].getAudioTracks()[0].getSettings().deviceId).toBe(other);
    const before = Number(textbox("info")!.value);
    await waitFor(() => Number(textbox("info")!.value) > before + 2);

    // Unplugged: the track ends by itself.
    opened[1].getTracks()[0].dispatchEvent(new Event("ended"));
    const alert = await waitFor(() => document.querySelector("#mic [role=alert]"));
    expect(alert.textContent).toBe("The microphone stopped sending (unplugged, or taken by another app). Press Record to try again.");
    await waitFor(() => ended(opened[1]));

    (await button("#mic", /Record/)).click();
    await waitFor(() => opened.length === 3 && opened[2].getTracks()[0].readyState === "live");
    await button("#mic", /Stop/);
    m.el.remove();
    await waitFor(() => ended(opened[2]));
  });
});
