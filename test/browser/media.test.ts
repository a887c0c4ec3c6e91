import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

afterEach(cleanup);

/** A short, valid WAV file of silence. */
function wav(seconds = 0.2, rate = 8000): File {
  const samples = Math.round(seconds * rate);
  const buffer = new ArrayBuffer(44 + samples * 2);
  const v = new DataView(buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF");
  v.setUint32(4, 36 + samples * 2, true);
  text(8, "WAVEfmt ");
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, 1, true);
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  text(36, "data");
  v.setUint32(40, samples * 2, true);
  return new File([buffer], "silence.wav", { type: "audio/wav" });
}

function pick(input: HTMLInputElement, files: File[]) {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("Audio, Video, Gallery", () => {
  it("plays an uploaded audio file with the browser's own player; the handler gets a Blob", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.Audio({ label: "Clip", type: "blob", elemId: "a" });
      const info = gr.Textbox({ elemId: "info" });
      a.upload((blob) => blob.type + " " + blob.size, a, info);
    }).launch();`);
    await m.rendered;
    const file = wav();
    pick(document.querySelector<HTMLInputElement>("#a input[type=file]")!, [file]);
    await waitFor(() => textbox("info")!.value === `audio/wav ${file.size}`);
    const audio = document.querySelector<HTMLAudioElement>("#a audio")!;
    await waitFor(() => audio.readyState >= 1 || audio.error, 5000);
    expect(audio.error).toBeNull();
    expect(audio.duration).toBeCloseTo(0.2, 1);
  });

  it("records from the microphone (MediaRecorder) into the value", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.Audio({ label: "Voice", elemId: "a" });
      const info = gr.Textbox({ elemId: "info" });
      a.change((f) => f ? f.mimeType.split(";")[0] + " " + (f.size > 0) : "", a, info);
    }).launch();`);
    await m.rendered;
    [...document.querySelectorAll<HTMLButtonElement>("#a button")].find((b) => b.textContent === "Record from microphone")!.click();
    await waitFor(() => document.querySelector("#a .gr-recording"));
    await new Promise((r) => setTimeout(r, 600));
    [...document.querySelectorAll<HTMLButtonElement>("#a button")].find((b) => b.textContent === "Stop recording")!.click();
    await waitFor(() => textbox("info")!.value.endsWith("true"), 5000);
    expect(textbox("info")!.value).toMatch(/^audio\/(webm|ogg|mp4) true$/);
    expect(document.querySelector("#a audio")).not.toBeNull();
  });

  it("shows a gallery a handler returns, with captions, and reports the selected item", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const g = gr.Gallery({ label: "Swatches", columns: 3, elemId: "g" });
      const picked = gr.Textbox({ elemId: "picked" });
      gr.Button("Make", { elemId: "make" }).click(() => ["red", "green", "blue"].map((c, i) => {
        const img = new ImageData(2, 2);
        img.data.fill(255);
        img.data[0] = i * 100;
        return [img, c];
      }), null, g);
      g.select((items, ctx) => ctx.event.index + ":" + items[ctx.event.index].caption, g, picked);
    }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("button#make")!.click();
    const items = await waitFor(() => {
      const list = document.querySelectorAll<HTMLButtonElement>("#g .gr-gallery-item");
      return list.length === 3 && list;
    });
    expect([...items].map((b) => b.getAttribute("aria-label"))).toEqual(["red", "green", "blue"]);
    items[1].click();
    await waitFor(() => textbox("picked")!.value === "1:green");
    const preview = document.querySelector<HTMLImageElement>("#g .gr-gallery-preview img")!;
    await waitFor(() => preview.complete && preview.naturalWidth === 2);
  });

  it("records a video from the webcam and plays it back", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const v = gr.Video({ label: "Clip", elemId: "v" });
      const info = gr.Textbox({ elemId: "info" });
      v.upload((f) => f.mimeType.split(";")[0], v, info);
    }).launch();`);
    await m.rendered;
    expect(document.querySelector("#v input[type=file]")!.getAttribute("accept")).toBe("video/*");
    [...document.querySelectorAll<HTMLButtonElement>("#v button")].find((b) => b.textContent === "Record from webcam")!.click();
    await waitFor(() => document.querySelector("#v .gr-recording"));
    await new Promise((r) => setTimeout(r, 800));
    [...document.querySelectorAll<HTMLButtonElement>("#v button")].find((b) => b.textContent === "Stop recording")!.click();
    await waitFor(() => /^video\/(webm|mp4)$/.test(textbox("info")!.value), 5000);
    const video = await waitFor(() => document.querySelector<HTMLVideoElement>("#v video[controls]"));
    await waitFor(() => video.readyState >= 1 || video.error, 5000);
    expect(video.error).toBeNull();
  });
});
