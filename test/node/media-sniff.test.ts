import { describe, expect, it } from "vitest";
import { sniff } from "../../components/media/media-sniff.ts";
import { joinWebm, WebmJoinError } from "../../components/media/webm-join.ts";
import { encodeWav } from "../../components/media/wav.ts";

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** A tiny WebM: EBML header, Segment of unknown size, Tracks naming VP8, one cluster of unknown size at `time` with blocks at `rel`. */
function webm(time: number, rels: number[]): Uint8Array {
  const block = (rel: number) => [0xa3, 0x85, 0x81, (rel >> 8) & 0xff, rel & 0xff, 0x80, 0x00];
  return bytes(
    [0x1a, 0x45, 0xdf, 0xa3, 0x84, 0x42, 0x86, 0x81, 0x01],
    [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    [0x16, 0x54, 0xae, 0x6b, 0x87, 0x86, 0x85],
    "V_VP8",
    [0x1f, 0x43, 0xb6, 0x75, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xe7, 0x82, (time >> 8) & 0xff, time & 0xff],
    ...rels.map(block),
  );
}

describe("sniff", () => {
  it("names each container a stream's chunk may come in, with the codecs MediaSource needs", () => {
    expect(sniff(new Uint8Array(encodeWav({ sampleRate: 8000, data: new Float32Array(8) }))))?.toMatchObject({ container: "wav", mimeType: "audio/wav" });
    expect(sniff(bytes("ID3", [3, 0, 0, 0])))?.toMatchObject({ container: "mp3" });
    expect(sniff(bytes([0xff, 0xf1, 0x50, 0x80])))?.toMatchObject({ container: "aac" });
    expect(sniff(bytes("OggS", [0, 2])))?.toMatchObject({ container: "ogg" });
    expect(sniff(webm(0, [0])))?.toEqual({ container: "webm", video: true, mimeType: 'video/webm; codecs="vp8"' });
    const mp4 = bytes([0, 0, 0, 16], "ftypisom", [0, 0, 0, 0], [0, 0, 0, 8], "moov", [0, 0, 0, 8], "moof");
    expect(sniff(mp4))?.toMatchObject({ container: "mp4", fragmented: true });
    expect(sniff(bytes([0, 0, 0, 16], "ftypisom", [0, 0, 0, 0], [0, 0, 0, 8], "moov", [0, 0, 0, 8], "mdat")))?.toMatchObject({ fragmented: false });
  });
  it("knows bytes that are no media file", () => {
    expect(sniff(new TextEncoder().encode("this is not an audio file"))).toBeNull();
    expect(sniff(new Uint8Array())).toBeNull();
  });
});

describe("joinWebm", () => {
  it("keeps the first file's header and tracks, and moves each file's clusters on by the files before", () => {
    const joined = joinWebm([webm(0, [0, 40, 80]), webm(0, [0, 40, 80])]);
    // Two clusters; the second's Timecode (0xE7) is the first file's length: 80 + one 40 ms step.
    const timecodes = [...joined.keys()].filter((i) => joined[i] === 0xe7 && joined[i - 12] === 0x1f).map((i) => (joined[i + 1] === 0x81 ? joined[i + 2] : (joined[i + 2] << 8) | joined[i + 3]));
    expect(timecodes).toEqual([0, 120]);
    expect(joined.filter((b, i) => b === 0x16 && joined[i + 1] === 0x54).length).toBe(1);
  });
  it("refuses what is not WebM, saying which chunk", () => {
    expect(() => joinWebm([webm(0, [0]), bytes("RIFF....WAVE")])).toThrow(WebmJoinError);
    expect(() => joinWebm([webm(0, [0]), bytes("RIFF....WAVE")])).toThrow(/chunk 2/);
  });
});
