// A streaming gr.Audio's chunks played as one stream with Web Audio (issue
// #11). Each chunk is decoded (samples need no decoding) and scheduled to
// start on the sample where the one before ends, so a run of chunks plays
// without a gap or a click. Web Audio, not MediaSource, because it plays
// every format the browser decodes, WAV and samples included (MediaSource
// takes neither), and its clock says exactly when each chunk is heard.

import type { MediaChunk } from "../../../worker/protocol.ts";

/** Seconds ahead of the clock a chunk is scheduled, so the audio thread has it in time. */
const LEAD = 0.03;

export interface StreamPlayerOptions {
  autoplay: boolean;
  /** A chunk that cannot be played: said in the component; the stream goes on without it. */
  onError(message: string): void;
  /** Everything received has played (after `finish`), or the stream was stopped. */
  onEnded(): void;
}

function toBuffer(chunk: { sampleRate: number; channels: Float32Array[] }): AudioBuffer {
  const buffer = new AudioBuffer({ length: Math.max(1, chunk.channels[0].length), numberOfChannels: chunk.channels.length, sampleRate: chunk.sampleRate });
  chunk.channels.forEach((c, i) => buffer.copyToChannel(c as Float32Array<ArrayBuffer>, i));
  return buffer;
}

export class AudioStream {
  readonly context = new AudioContext({ latencyHint: "interactive" });
  /** Context time where the next chunk starts; where the first one started. */
  private next = 0;
  private start: number | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly playing = new Set<AudioBufferSourceNode>();
  private finished = false;
  private closed = false;

  constructor(private readonly options: StreamPlayerOptions) {
    if (!options.autoplay) void this.context.suspend();
  }

  /** Chunks are decoded as they come but scheduled in order. */
  push(chunk: MediaChunk): void {
    this.queue = this.queue.then(() => this.schedule(chunk));
  }

  private async schedule(chunk: MediaChunk): Promise<void> {
    let buffer: AudioBuffer;
    try {
      // decodeAudioData takes (and detaches) its buffer: the feed keeps the chunk for a player made again.
      buffer = "channels" in chunk ? toBuffer(chunk) : await this.context.decodeAudioData(chunk.data.slice(0));
    } catch (error) {
      if (!this.closed) this.options.onError(`Chunk ${chunk.seq} could not be played: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (this.closed) return;
    const now = this.context.currentTime;
    // A chunk that comes after the last one ended starts just ahead of the clock: a gap, never an overlap.
    if (this.next < now + LEAD) this.next = now + LEAD;
    this.start ??= this.next;
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.context.destination);
    source.onended = () => {
      this.playing.delete(source);
      this.endIfDone();
    };
    this.playing.add(source);
    source.start(this.next);
    this.next += buffer.duration;
  }

  /** No more chunks will come: end once the last has played. */
  finish(): void {
    this.finished = true;
    void this.queue.then(() => this.endIfDone());
  }

  private endIfDone(): void {
    if (this.finished && !this.playing.size && !this.closed) {
      this.close();
      this.options.onEnded();
    }
  }

  /** Seconds heard so far, and seconds received (both from the first chunk's start). */
  get played(): number {
    return this.start === null ? 0 : Math.max(0, Math.min(this.context.currentTime, this.next) - this.start);
  }

  get length(): number {
    return this.start === null ? 0 : this.next - this.start;
  }

  get paused(): boolean {
    return this.context.state !== "running";
  }

  /** Pausing suspends the clock: what is scheduled waits, in place. */
  toggle(): Promise<void> {
    return this.paused ? this.context.resume() : this.context.suspend();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const source of this.playing) source.onended = null;
    this.playing.clear();
    void this.context.close();
  }
}
