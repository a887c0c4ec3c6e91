// What the types of live media (issue #11) promise: a stream event on Image
// and Audio with its options, frames typed by `type` (pixels by default for
// a streaming image, samples for streaming audio), and samples both in and
// out of `gr.Audio({ type: "samples" })`.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";
import type { AudioChunk, AudioSamples } from "../../src/index.ts";

describe("streaming inputs", () => {
  test("a streaming image's frames are ImageData unless `type` says otherwise; the stream event takes streamEvery and timeLimit", () => {
    gr.Blocks(() => {
      const cam = gr.Image({ sources: ["webcam"], streaming: true });
      const blobs = gr.Image({ sources: "webcam", streaming: true, type: "blob" });
      const plain = gr.Image({ sources: ["webcam"] });
      const out = gr.Image({ streaming: true });
      const filter = gr.Dropdown(["flip", "edges"], { value: "flip" });
      cam.stream(
        (frame, f) => {
          expectTypeOf(frame).toEqualTypeOf<ImageData | null>();
          expectTypeOf(f).toEqualTypeOf<"flip" | "edges" | null>();
          return frame;
        },
        [cam, filter],
        out,
        { streamEvery: 0.1, timeLimit: 30, concurrencyLimit: 30 },
      );
      blobs.stream((b) => {
        expectTypeOf(b).toEqualTypeOf<Blob | null>();
        return null;
      }, blobs, out);
      // Without `streaming: true` the type is the component's own: FileData by default.
      plain.stream((f) => {
        expectTypeOf(f).toEqualTypeOf<gr.FileData | null>();
        return f;
      }, plain, out);
      // A streaming output takes pixels, bitmaps and canvases as well as files.
      gr.Button().click(() => new OffscreenCanvas(2, 2), null, out);
      gr.Button().click(() => ({}) as ImageBitmap, null, out);
      gr.Button().click(() => new ImageData(2, 2), null, out);
      gr.Image({ webcamOptions: { mirror: false, constraints: { video: { width: 1280 } } } });
      // @ts-expect-error: streamEvery is seconds
      cam.stream((f) => f, cam, out, { streamEvery: "fast" });
      // @ts-expect-error: timeLimit is seconds or null
      cam.stream((f) => f, cam, out, { timeLimit: "30s" });
      // @ts-expect-error: an Image streams from the webcam; "microphone" is no image source
      gr.Image({ sources: ["microphone"], streaming: true });
      // @ts-expect-error: a Textbox has no stream event
      gr.Textbox().stream(() => null);
    });
  });

  test("a streaming microphone's chunks are mono samples; a State can keep them", () => {
    gr.Blocks(() => {
      const mic = gr.Audio({ sources: ["microphone"], streaming: true });
      const kept = gr.State<AudioChunk[]>([]);
      const transcript = gr.Textbox();
      mic.stream(
        (chunk, past, text) => {
          expectTypeOf(chunk).toEqualTypeOf<AudioChunk | null>();
          expectTypeOf(chunk!.data).toEqualTypeOf<Float32Array>();
          expectTypeOf(chunk!.sampleRate).toEqualTypeOf<number>();
          expectTypeOf(past).toEqualTypeOf<AudioChunk[]>();
          return [[...past, chunk!].slice(-3), text + "."];
        },
        [mic, kept, transcript],
        [kept, transcript],
        { timeLimit: 10, streamEvery: 1 },
      );
      const asFiles = gr.Audio({ sources: ["microphone"], streaming: true, type: "filedata" });
      asFiles.stream((f) => {
        expectTypeOf(f).toEqualTypeOf<gr.FileData | null>();
        return null;
      }, asFiles, null);
      // @ts-expect-error: audio streams from the microphone; "webcam" is no audio source
      gr.Audio({ sources: ["webcam"], streaming: true });
    });
  });
});

describe("gr.Audio type samples", () => {
  test("the handler gets { sampleRate, data } and may return it, mono or per channel", () => {
    gr.Blocks(() => {
      const input = gr.Audio({ type: "samples" });
      const output = gr.Audio();
      gr.Button().click(
        (audio) => {
          expectTypeOf(audio).toEqualTypeOf<AudioSamples | null>();
          expectTypeOf(audio!.data).toEqualTypeOf<Float32Array | Float32Array[]>();
          return audio && { sampleRate: audio.sampleRate, data: [new Float32Array(4), new Float32Array(4)] };
        },
        input,
        output,
      );
      gr.Button().click(() => ({ sampleRate: 22050, data: new Float32Array(22050) }), null, output);
      gr.Audio({ value: { sampleRate: 8000, data: new Float32Array(8) }, type: "samples" });
      // @ts-expect-error: samples are Float32Arrays, not plain arrays
      gr.Button().click(() => ({ sampleRate: 8000, data: [0.1, 0.2] }), null, output);
      // @ts-expect-error: a sample rate is a number
      gr.Button().click(() => ({ sampleRate: "8k", data: new Float32Array(1) }), null, output);
      // @ts-expect-error: no such type
      gr.Audio({ type: "numpy" });
    });
  });
});

describe("streaming outputs", () => {
  test("a generator yields chunks to a streaming Audio (files, bytes or samples) and Video (files); autoplay is a boolean", () => {
    gr.Blocks(() => {
      const audio = gr.Audio({ streaming: true, autoplay: true });
      const video = gr.Video({ streaming: true, autoplay: true });
      const clip = gr.Video({ sources: ["webcam"] });
      gr.Button().click(
        async function* () {
          yield { sampleRate: 24000, data: new Float32Array(2400) };
          yield new Uint8Array(8);
          yield new Blob([]);
          yield null;
        },
        null,
        audio,
      );
      gr.Button().click(
        async function* (file) {
          expectTypeOf(file).toEqualTypeOf<gr.FileData | null>();
          for (let i = 0; i < 3; i++) yield file;
        },
        clip,
        video,
      );
      // @ts-expect-error: autoplay is a boolean
      gr.Video({ streaming: true, autoplay: "yes" });
      // @ts-expect-error: samples are audio, not video
      gr.Button().click(async function* () { yield { sampleRate: 8000, data: new Float32Array(8) }; }, null, video);
    });
  });

  test("a live Interface takes Gradio's streamEvery and timeLimit; a frame is the input's type", () => {
    gr.Interface({
      fn: (frame) => {
        expectTypeOf(frame).toEqualTypeOf<ImageData | null>();
        return frame;
      },
      inputs: gr.Image({ sources: ["webcam"], streaming: true }),
      outputs: "image",
      live: true,
      streamEvery: 0.1,
      timeLimit: null,
    });
    // @ts-expect-error: streamEvery is seconds
    gr.Interface({ fn: (x: string) => x, inputs: "textbox", outputs: "textbox", live: true, streamEvery: "fast" });
  });
});
