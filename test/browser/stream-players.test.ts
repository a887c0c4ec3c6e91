// Streaming media outputs (issue #11 item 3) in a real browser: the players
// against a real AudioContext and MediaSource, and a real app whose
// generator streams to them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { AudioStream } from "../../components/media/view/stream-audio.ts";
import { VideoStream } from "../../components/media/view/stream-video.ts";
import type { MediaChunk } from "../../worker/protocol.ts";
import { cleanup, mountApp, waitFor } from "./helpers.ts";

afterEach(cleanup);

// A browser lets a page play sound once its user has used it: a real click (CDP input) gives that.
beforeEach(async () => {
  const button = document.createElement("button");
  button.textContent = "use the page";
  document.body.append(button);
  await userEvent.click(button);
  button.remove();
});

const tone = (seq: number, seconds: number): MediaChunk => ({ seq, sampleRate: 24000, channels: [new Float32Array(24000 * seconds).fill(0.1)] });
/** WebM's magic number, then bytes that are no WebM: it passes a sniff but no decoder. */
const junkWebm = (seq: number, mimeType: string): MediaChunk => ({ seq, mimeType, data: new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4, 5, 6, 7, 8]).buffer });

describe("AudioStream", () => {
  it("schedules chunks end to end, says which chunk it cannot decode, goes on with the next, and ends after the last", async () => {
    const errors: string[] = [];
    let ended = false;
    const player = new AudioStream({ autoplay: true, onError: (m) => errors.push(m), onEnded: () => (ended = true) });
    player.push(tone(1, 0.1));
    player.push(junkWebm(2, "audio/webm"));
    player.push(tone(3, 0.1));
    player.finish();
    await waitFor(() => errors.length);
    expect(errors[0]).toMatch(/^Chunk 2 could not be played: /);
    await waitFor(() => player.length > 0.19);
    expect(player.length).toBeCloseTo(0.2, 3);
    await waitFor(() => ended, 3000);
    expect(player.context.state).toBe("closed");
  });

  it("waits for its play button without autoplay: the clock stands still until then", async () => {
    const player = new AudioStream({ autoplay: false, onError: () => {}, onEnded: () => {} });
    player.push(tone(1, 0.2));
    await waitFor(() => player.length > 0);
    await new Promise((r) => setTimeout(r, 150));
    expect(player.paused).toBe(true);
    expect(player.played).toBe(0);
    await player.toggle();
    await waitFor(() => player.played > 0.05);
    player.close();
  });
});

describe("VideoStream", () => {
  it("sets the element's src once, and a chunk the browser cannot decode ends the stream with a message", async () => {
    const video = document.createElement("video");
    document.body.append(video);
    const errors: string[] = [];
    const player = new VideoStream(video, { autoplay: true, onError: (m) => errors.push(m), onEnded: () => {} });
    const src = video.src;
    expect(src).toMatch(/^blob:/);
    // The parser waits for the rest of what it takes for a huge element; the end of the stream shows it is not there.
    player.push(junkWebm(1, 'video/webm; codecs="vp8"'));
    player.finish();
    await waitFor(() => errors.length, 5000);
    expect(errors[0]).toMatch(/^(Chunk 1|The video stream) could not be played/);
    expect(video.src).toBe(src);
    player.close();
    video.remove();
  });
});

describe("a streaming output in an app", () => {
  it("plays a generator's samples, then shows the joined WAV (its length the chunks')", async () => {
    const m = mountApp(`
      async function* notes() {
        for (let i = 0; i < 3; i++) yield { sampleRate: 8000, data: new Float32Array(800).fill(0.1) };
      }
      gr.Blocks(() => {
        const out = gr.Audio({ streaming: true, autoplay: true, label: "Notes", elemId: "out" });
        gr.Button("Go", { elemId: "go" }).click(notes, null, out);
      }).launch();`);
    await m.rendered;
    await userEvent.click(document.querySelector<HTMLButtonElement>("#go")!);
    await waitFor(() => document.querySelector("#out .gr-stream-audio"));
    const audio = await waitFor(() => document.querySelector<HTMLAudioElement>("#out audio"), 5000);
    await waitFor(() => audio.duration > 0, 5000);
    expect(audio.duration).toBeCloseTo(0.3, 2);
  });

  it("a plain MP4 chunk to a streaming Video is an error that says why", async () => {
    const m = mountApp(`
      async function* clips() {
        const box = (type, size) => [0, 0, 0, size, ...[...type].map((c) => c.charCodeAt(0))];
        yield new Uint8Array([...box("ftyp", 16), 0x69, 0x73, 0x6f, 0x6d, 0, 0, 0, 0, ...box("moov", 8), ...box("mdat", 8)]);
      }
      gr.Blocks(() => {
        const out = gr.Video({ streaming: true, label: "Clips", elemId: "out" });
        gr.Button("Go", { elemId: "go" }).click(clips, null, out);
      }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("#go")!.click();
    const toast = await waitFor(() => [...document.querySelectorAll("[role=alert]")].find((e) => e.textContent?.includes("chunk 1")));
    expect(toast.textContent).toContain("Output 1 (Clips), chunk 1 is an MP4 that is not fragmented: a streaming Video plays WebM or fragmented MP4 chunks");
  });
});
