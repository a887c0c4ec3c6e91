// Live media's pure parts (issue #11): WAV both ways, and Gradio's rules for
// streaming components and `stream` listeners, as the config shows them.
import { afterEach, describe, expect, it, vi } from "vitest";
import * as gr from "../../src/index.ts";
import { buildConfig } from "../../worker/config.ts";
import { AudioFormatError, decodeWav, encodeWav } from "../../components/media/wav.ts";

/** A WAV file's bytes: a header for `format`/`bits`/`channels`, then `body`. */
function wavBytes(o: { tag?: number; channels: number; rate: number; bits: number; body: Uint8Array; extensible?: boolean; extra?: boolean }): ArrayBuffer {
  const fmtSize = o.extensible ? 40 : 16;
  const list = o.extra ? 8 + 3 + 1 : 0; // an odd-sized LIST chunk before the data, padded
  const size = 12 + 8 + fmtSize + list + 8 + o.body.length;
  const v = new DataView(new ArrayBuffer(size));
  const text = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF");
  v.setUint32(4, size - 8, true);
  text(8, "WAVE");
  text(12, "fmt ");
  v.setUint32(16, fmtSize, true);
  v.setUint16(20, o.extensible ? 0xfffe : (o.tag ?? 1), true);
  v.setUint16(22, o.channels, true);
  v.setUint32(24, o.rate, true);
  v.setUint32(28, (o.rate * o.channels * o.bits) / 8, true);
  v.setUint16(32, (o.channels * o.bits) / 8, true);
  v.setUint16(34, o.bits, true);
  if (o.extensible) {
    v.setUint16(36, 22, true);
    v.setUint16(44, o.tag ?? 1, true);
  }
  let at = 20 + fmtSize;
  if (o.extra) {
    text(at, "LIST");
    v.setUint32(at + 4, 3, true);
    at += 12;
  }
  text(at, "data");
  v.setUint32(at + 4, o.body.length, true);
  new Uint8Array(v.buffer).set(o.body, at + 8);
  return v.buffer;
}

describe("WAV", () => {
  it("round-trips samples through 16-bit PCM: mono as one Float32Array, channels as an array", () => {
    const mono = Float32Array.from({ length: 100 }, (_, i) => Math.sin(i / 5));
    const back = decodeWav(encodeWav({ sampleRate: 16000, data: mono }));
    expect(back.sampleRate).toBe(16000);
    expect(back.data).toBeInstanceOf(Float32Array);
    (back.data as Float32Array).forEach((s, i) => expect(s).toBeCloseTo(mono[i], 3));
    const left = Float32Array.from([0, 0.5, -0.5]);
    const right = Float32Array.from([1, -1, 0.25]);
    const stereo = decodeWav(encodeWav({ sampleRate: 8000, data: [left, right] })).data as Float32Array[];
    expect(stereo).toHaveLength(2);
    expect([...stereo[1]].map((s) => +s.toFixed(3))).toEqual([1, -1, 0.25]);
  });

  it("clips samples outside [-1, 1] and makes NaN silence", () => {
    const back = decodeWav(encodeWav({ sampleRate: 8000, data: Float32Array.from([2, -3, NaN]) })).data as Float32Array;
    expect([...back].map((s) => +s.toFixed(3))).toEqual([1, -1, 0]);
  });

  it("reads 8, 24 and 32-bit PCM, 32 and 64-bit float, WAVE_FORMAT_EXTENSIBLE, padded chunks and a data size past the end", () => {
    const read = (o: Parameters<typeof wavBytes>[0]) => [...(decodeWav(wavBytes(o)).data as Float32Array)].map((s) => +s.toFixed(3));
    expect(read({ channels: 1, rate: 8000, bits: 8, body: Uint8Array.from([128, 255, 0]) })).toEqual([0, 0.992, -1]);
    expect(read({ channels: 1, rate: 8000, bits: 24, body: Uint8Array.from([0, 0, 0x40, 0, 0, 0xc0]) })).toEqual([0.5, -0.5]);
    const i32 = new Uint8Array(new Int32Array([1 << 30, -(1 << 30)]).buffer);
    expect(read({ channels: 1, rate: 8000, bits: 32, body: i32, extensible: true, extra: true })).toEqual([0.5, -0.5]);
    expect(read({ tag: 3, channels: 1, rate: 8000, bits: 32, body: new Uint8Array(new Float32Array([0.25, -0.75]).buffer) })).toEqual([0.25, -0.75]);
    expect(read({ tag: 3, channels: 1, rate: 8000, bits: 64, body: new Uint8Array(new Float64Array([0.125]).buffer) })).toEqual([0.125]);
    // A recorder that never wrote the data size back: what is there is read.
    const bytes = wavBytes({ channels: 1, rate: 8000, bits: 16, body: new Uint8Array(new Int16Array([16384, -16384]).buffer) });
    new DataView(bytes).setUint32(40, 0xffffffff, true);
    expect([...(decodeWav(bytes).data as Float32Array)]).toEqual([0.5, -0.5]);
  });

  it("says what is wrong with a file or a value it cannot take", () => {
    expect(() => decodeWav(new TextEncoder().encode("ID3 not a wav file").buffer)).toThrow(/not a WAV file/);
    expect(() => decodeWav(wavBytes({ tag: 2, channels: 1, rate: 8000, bits: 4, body: new Uint8Array(4) }))).toThrow(/not supported \(format 2, 4 bits\)/);
    expect(() => encodeWav({ sampleRate: 0, data: new Float32Array(1) })).toThrow(AudioFormatError);
    expect(() => encodeWav({ sampleRate: 8000, data: [new Float32Array(2), new Float32Array(3)] })).toThrow(/as many samples/);
    expect(() => encodeWav({ sampleRate: 8000, data: [1, 2, 3] as unknown as Float32Array })).toThrow(/data must be a Float32Array/);
  });
});

describe("streaming components and stream listeners", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a streaming image takes the webcam and gives frames as ImageData; a streaming audio the microphone, as samples", () => {
    const cam = gr.Image({ streaming: true });
    expect(cam.props).toMatchObject({ sources: ["webcam"], type: "imagedata", streaming: true });
    expect(gr.Image({ streaming: true, type: "blob" }).props.type).toBe("blob");
    expect(gr.Image({ sources: "webcam", streaming: true }).props.sources).toEqual(["webcam"]);
    const mic = gr.Audio({ streaming: true });
    expect(mic.props).toMatchObject({ sources: ["microphone"], type: "samples" });
    expect(gr.Audio({ streaming: true, sources: ["microphone", "upload"] }).props.sources).toEqual(["microphone", "upload"]);
    // Gradio's checks: an image streams from the webcam alone, audio needs the microphone.
    expect(() => gr.Image({ streaming: true, sources: ["upload", "webcam"] })).toThrow('gr.Image: streaming takes its input from the webcam: give sources: ["webcam"]');
    expect(() => gr.Audio({ streaming: true, sources: ["upload"] })).toThrow(/from the microphone/);
  });

  it("a stream listener turns streaming on with its options, streams its image outputs, and replaces a waiting frame", () => {
    let cam!: gr.Image, out!: gr.Image, kept!: gr.Image, mic!: gr.Audio;
    const demo = gr.Blocks(() => {
      cam = gr.Image({ sources: ["webcam"] });
      out = gr.Image();
      kept = gr.Image({ streaming: false });
      mic = gr.Audio({ sources: ["microphone"] });
      cam.stream((f) => [f, f], cam, [out, kept], { streamEvery: 0.1, timeLimit: 30, concurrencyLimit: 30 });
      mic.stream((c) => c, mic, null);
    });
    const { config } = buildConfig(demo);
    const props = (id: number) => config.components.find((c) => c.id === id)!.props;
    expect(props(cam.id)).toMatchObject({ streaming: true, streamEvery: 0.1, timeLimit: 30 });
    expect(props(mic.id)).toMatchObject({ streaming: true, streamEvery: 0.5, timeLimit: null });
    expect(props(out.id).streaming).toBe(true);
    expect(props(kept.id).streaming).toBe(false);
    expect(config.dependencies[0]).toMatchObject({ triggerMode: "always_last", showProgress: "hidden", concurrencyLimit: 30 });
  });

  it('a stream listener never queues frames: "multiple" runs as "always_last", with a warning; bad seconds are an error', () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const demo = gr.Blocks(() => {
      const cam = gr.Image({ streaming: true });
      cam.stream((f) => f, cam, cam, { triggerMode: "multiple" });
      expect(() => cam.stream((f) => f, cam, cam, { streamEvery: 0 })).toThrow("streamEvery is seconds between frames, above 0: got 0");
      expect(() => cam.stream((f) => f, cam, cam, { timeLimit: -1 })).toThrow(/timeLimit is seconds/);
    });
    expect(buildConfig(demo).config.dependencies[0].triggerMode).toBe("always_last");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('triggerMode "multiple" runs as "always_last"'));
  });
});
