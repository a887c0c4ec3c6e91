// A streaming gr.Video's chunks played as one stream with MediaSource
// (issue #11): one <video>, one source buffer in "sequence" mode, so each
// whole file appended (a WebM, a fragmented MP4) plays on from where the one
// before ended, whatever its own timestamps. The element's src is set once.

import type { MediaChunk } from "../../../worker/protocol.ts";
import type { StreamPlayerOptions } from "./stream-audio.ts";

export class VideoStream {
  private readonly source = new MediaSource();
  private readonly url = URL.createObjectURL(this.source);
  private readonly opened: Promise<void>;
  private buffer: SourceBuffer | null = null;
  private type = "";
  private readonly pending: MediaChunk[] = [];
  private pumping = false;
  private finished = false;
  private failed = false;
  private closed = false;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly options: StreamPlayerOptions,
  ) {
    this.opened = new Promise((open) => this.source.addEventListener("sourceopen", () => open(), { once: true }));
    video.src = this.url;
    video.addEventListener("ended", this.ended);
    video.addEventListener("error", this.broken);
    // Checked four times a second, not on "waiting": a stall at the very start fires none,
    // and one at the end leaves readyState at "enough data".
    this.watch = setInterval(() => this.check(), 250);
  }

  private readonly watch: ReturnType<typeof setInterval>;
  private lastTime = -1;
  private stuckFor = 0;

  /**
   * Stuck is playing without the time moving: readyState may say "enough
   * data" all the while, and a seek into a hole may never complete.
   */
  private check(): void {
    const v = this.video;
    const stuck = !v.paused && v.currentTime === this.lastTime;
    this.lastTime = v.currentTime;
    this.stuckFor = stuck ? this.stuckFor + 1 : 0;
    if (!stuck) return;
    if (this.jump()) return;
    // Nothing ahead and nothing more to come: the same hole at the very end (one track's last
    // frame before the other's), where the element waits instead of ending. That is the end.
    if (this.source.readyState === "ended") return this.ended();
    // A second at the start of a range that does not play (its first frame not yet decodable): one frame on.
    if (this.stuckFor >= 4) v.currentTime += 0.04;
  }

  /**
   * Steps over a hole between two chunks. A recorded clip's audio outlasts
   * its video a little (on a busy machine, a camera's clip may be a second
   * of sound over a few frames), and in "sequence" mode the next clip starts
   * after the longer track: the video has a hole there, which Chromium
   * stalls at. Moving the start instead (abort() and timestampOffset) would
   * drop a WebM's last cluster, still being parsed.
   */
  private jump(): boolean {
    const { buffered, currentTime } = this.video;
    for (let i = 0; i < buffered.length; i++) {
      const start = buffered.start(i);
      if (start > currentTime + 0.001 && start - currentTime < 3) {
        this.video.currentTime = start;
        return true;
      }
    }
    return false;
  }

  /** The element gave up (bytes that looked whole until the end of the stream, a decoder that failed). */
  private readonly broken = () => {
    if (this.closed || this.failed) return;
    this.failed = true;
    this.options.onError(`The video stream could not be played: ${this.video.error?.message || "the browser could not decode it"}`);
  };

  /** A stream that failed stays, with what played and the message, until the next run. */
  private readonly ended = () => {
    if (this.finished && !this.pending.length && !this.pumping && !this.failed && !this.closed) {
      clearInterval(this.watch);
      this.options.onEnded();
    }
  };

  push(chunk: MediaChunk): void {
    if (this.failed || this.closed) return;
    this.pending.push(chunk);
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    await this.opened;
    for (let chunk = this.pending.shift(); chunk && !this.closed; chunk = this.pending.shift()) {
      try {
        await this.append(chunk);
      } catch (error) {
        // MediaSource stops at a chunk it cannot decode: the stream ends there, said in the component.
        this.failed = true;
        this.pending.length = 0;
        this.options.onError(`Chunk ${chunk.seq} could not be played: ${error instanceof Error ? error.message : String(error)}`);
        if (this.source.readyState === "open") this.source.endOfStream();
      }
      if (chunk.seq === 1 && !this.failed && this.options.autoplay) {
        // Refused without a user's gesture on the page: the controls still play it.
        this.video.play().catch(() => {});
      }
    }
    this.pumping = false;
    this.endIfDone();
  }

  private append(chunk: MediaChunk): Promise<void> {
    if (!("data" in chunk)) return Promise.reject(new Error("samples are audio, not video"));
    if (!MediaSource.isTypeSupported(chunk.mimeType)) return Promise.reject(new Error(`this browser's MediaSource does not play ${chunk.mimeType}`));
    if (!this.buffer) {
      this.buffer = this.source.addSourceBuffer(chunk.mimeType);
      this.buffer.mode = "sequence";
    } else if (chunk.mimeType !== this.type) {
      this.buffer.changeType(chunk.mimeType);
    }
    this.type = chunk.mimeType;
    const buffer = this.buffer;
    return new Promise((resolve, reject) => {
      const done = () => {
        buffer.removeEventListener("error", fail);
        resolve();
      };
      const fail = () => {
        buffer.removeEventListener("updateend", done);
        reject(new Error("the browser could not decode it"));
      };
      buffer.addEventListener("updateend", done, { once: true });
      buffer.addEventListener("error", fail, { once: true });
      // appendBuffer copies the bytes and leaves the chunk whole (the feed keeps it for a player made again).
      buffer.appendBuffer(chunk.data);
    });
  }

  /** No more chunks: the stream's duration becomes what was appended. */
  finish(): void {
    this.finished = true;
    this.endIfDone();
  }

  private endIfDone(): void {
    if (!this.finished || this.pumping || this.closed) return;
    if (this.source.readyState === "open") this.source.endOfStream();
    if (this.video.ended) this.ended();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watch);
    this.video.removeEventListener("ended", this.ended);
    this.video.removeEventListener("error", this.broken);
    this.video.pause();
    this.video.removeAttribute("src");
    this.video.load();
    URL.revokeObjectURL(this.url);
  }
}
