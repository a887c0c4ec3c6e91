// A generator's yields to a streaming gr.Audio or gr.Video (issue #11): each
// one is a chunk of one stream, not a new value. Every chunk goes to the page
// (`job:chunk`, its buffer moved), which plays them in a row; when the
// generator ends, the chunks joined into one file become the output's value,
// so the stream can be replayed and downloaded (Gradio's `combine_stream`).
// Loaded by worker/jobs.ts only for a listener with such an output.

import { Block } from "../src/block.ts";
import type { Component } from "../src/component.ts";
import { fileHost } from "../src/files.ts";
import { sniff, type Container, type Sniffed } from "../components/media/media-sniff.ts";
import { Update } from "../src/updates.ts";
import { AudioFormatError, channelsOf, decodeWav, encodeWav } from "../components/media/wav.ts";
import { joinWebm, WebmJoinError } from "../components/media/webm-join.ts";
import { isFileData } from "./file-data.ts";
import { BadOutputError, spread } from "./outputs.ts";
import type { FileData, JobMessage, MediaChunk } from "./protocol.ts";

/** What a chunk left behind for the final file. */
type Kept = { sniffed: Sniffed; bytes: Uint8Array } | { sniffed: null; sampleRate: number; channels: Float32Array[] };

const isSamples = (v: unknown): v is { sampleRate: unknown; data: unknown } => !!v && typeof v === "object" && "sampleRate" in v && "data" in v;

/** The containers each kind streams: a browser's audio decoder reads these; MediaSource appends these video files. */
const AUDIO: Container[] = ["wav", "mp3", "aac", "ogg", "flac", "webm", "mp4"];

export interface MediaChunksOptions {
  job: string;
  outputs: Block[];
  /** The listener's outputs that stream media. */
  streaming: Component[];
  post: (message: JobMessage) => void;
}

export class MediaChunks {
  private readonly kept = new Map<Component, Kept[]>();

  constructor(private readonly options: MediaChunksOptions) {}

  /**
   * Sends the chunks in one yield; returns what it holds for the other
   * outputs (null: nothing). A `null` chunk is no chunk, as in Gradio.
   */
  async take(raw: unknown): Promise<Map<Block, unknown> | null> {
    const rest = new Map<Block, unknown>();
    for (const [block, value] of spread(this.options.outputs, raw)) {
      const streaming = this.options.streaming.find((s) => s === block);
      // An update (`gr.update(visible: false)`) is props, not a chunk.
      if (!streaming || value instanceof Update || value instanceof Block) rest.set(block, value);
      else if (value !== null && value !== undefined) await this.chunk(streaming, value);
    }
    return rest.size ? rest : null;
  }

  private async chunk(block: Component, value: unknown): Promise<void> {
    const list = this.kept.get(block) ?? [];
    this.kept.set(block, list);
    const seq = list.length + 1;
    const where = `${this.name(block)}, chunk ${seq}`;
    let chunk: MediaChunk;
    if (isSamples(value)) {
      if (block.type !== "audio") throw new BadOutputError(`${where}: { sampleRate, data } is audio; a streaming Video plays WebM or fragmented MP4 files`);
      let checked: { sampleRate: number; channels: Float32Array[] };
      try {
        checked = channelsOf(value);
      } catch (error) {
        throw new BadOutputError(`${where}: ${error instanceof AudioFormatError ? error.message : String(error)}`);
      }
      // Copies: the handler may fill the same arrays again for its next chunk.
      list.push({ sniffed: null, sampleRate: checked.sampleRate, channels: checked.channels.map((c) => c.slice()) });
      chunk = { seq, sampleRate: checked.sampleRate, channels: checked.channels.map((c) => c.slice()) };
    } else {
      const bytes = await bytesOf(value, where);
      const sniffed = sniff(bytes);
      checkPlayable(block.type, sniffed, bytes, where);
      list.push({ sniffed: sniffed!, bytes });
      chunk = { seq, mimeType: sniffed!.mimeType, data: bytes.slice().buffer };
    }
    this.options.post({ type: "job:chunk", job: this.options.job, id: block.id, chunk });
  }

  /** Each streaming output's chunks as one file (or null, with a warning, where they do not join). */
  async finish(): Promise<Map<Block, FileData | null>> {
    const out = new Map<Block, FileData | null>();
    for (const [block, list] of this.kept) {
      try {
        out.set(block, await joined(block.type, list));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.options.post({ type: "job:log", job: this.options.job, level: "warning", message: `${this.name(block)}: the stream played, but its chunks were not joined into one file: ${message}` });
        out.set(block, null);
      }
    }
    return out;
  }

  private name(block: Component): string {
    const index = this.options.outputs.indexOf(block);
    return `Output ${index + 1} (${typeof block.props.label === "string" ? block.props.label : block.spec.name})`;
  }
}

async function bytesOf(value: unknown, where: string): Promise<Uint8Array> {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (value instanceof Blob) return new Uint8Array(await value.arrayBuffer());
  const files = fileHost();
  if (isFileData(value)) return new Uint8Array(await (await files.read(value)).arrayBuffer());
  if (typeof value === "string") {
    const named = await files.named(value);
    if (named) return new Uint8Array(await (await files.read(named)).arrayBuffer());
    const url = files.resolve(value);
    const response = await fetch(url).catch((error: unknown) => {
      throw new BadOutputError(`${where}: could not fetch ${url.href}: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (!response.ok) throw new BadOutputError(`${where}: could not fetch ${url.href}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  throw new BadOutputError(`${where}: a chunk is a file (Blob, Uint8Array, ArrayBuffer, FileData, URL) or, for audio, { sampleRate, data }`);
}

function checkPlayable(kind: string, sniffed: Sniffed | null, bytes: Uint8Array, where: string): void {
  const head = [...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
  if (!sniffed) {
    throw new BadOutputError(
      `${where} is not a media file (it starts ${head || "empty"}): stream ${kind === "audio" ? "WAV, MP3, AAC, Ogg, FLAC, WebM or MP4 audio, or { sampleRate, data }" : "WebM or fragmented MP4 video"}`,
    );
  }
  if (kind === "audio" && !AUDIO.includes(sniffed.container)) throw new BadOutputError(`${where} is ${sniffed.mimeType}, not audio a browser decodes`);
  if (kind === "video" && !(sniffed.container === "webm" || (sniffed.container === "mp4" && sniffed.fragmented))) {
    const what = sniffed.container === "mp4" ? "an MP4 that is not fragmented" : sniffed.mimeType;
    throw new BadOutputError(`${where} is ${what}: a streaming Video plays WebM or fragmented MP4 chunks (as MediaRecorder records them), which MediaSource appends`);
  }
}

/** The chunks as one file: WAV and samples as one WAV, MP3 and AAC end to end, WebM remuxed (components/media/webm-join.ts). */
async function joined(kind: string, list: Kept[]): Promise<FileData | null> {
  if (!list.length) return null;
  const files = fileHost();
  const containers = new Set(list.map((k) => (k.sniffed ? k.sniffed.container : "wav")));
  const [only] = containers;
  if (containers.size > 1) throw new Error(`its chunks mix ${[...containers].join(" and ")}`);
  const bytes = list.map((k) => (k.sniffed ? k.bytes : null)).filter((b): b is Uint8Array => b !== null);
  if (only === "wav") return files.put(new Blob([joinPcm(list)], { type: "audio/wav" }), "audio-stream.wav", "audio/wav");
  if (only === "mp3" || only === "aac") {
    const type = only === "mp3" ? "audio/mpeg" : "audio/aac";
    return files.put(new Blob(bytes as BlobPart[], { type }), `audio-stream.${only}`, type);
  }
  if (only === "webm") {
    const video = list.some((k) => k.sniffed?.video);
    const type = video ? "video/webm" : "audio/webm";
    try {
      return files.put(new Blob([joinWebm(bytes) as BlobPart], { type }), `${kind}-stream.webm`, type);
    } catch (error) {
      throw new Error(error instanceof WebmJoinError ? error.message : String(error));
    }
  }
  throw new Error(`${only} chunks are not joined here (WAV, samples, MP3, AAC and WebM are)`);
}

/** WAV chunks and samples, one after the other, as one 16-bit WAV (their rates and channels must agree). */
function joinPcm(list: Kept[]): ArrayBuffer {
  const parts = list.map((k) => {
    if (!k.sniffed) return { sampleRate: k.sampleRate, channels: k.channels };
    const decoded = decodeWav(k.bytes.slice().buffer);
    return { sampleRate: decoded.sampleRate, channels: Array.isArray(decoded.data) ? decoded.data : [decoded.data] };
  });
  const [first] = parts;
  const odd = parts.findIndex((p) => p.sampleRate !== first.sampleRate || p.channels.length !== first.channels.length);
  if (odd >= 0) {
    const p = parts[odd];
    throw new Error(`chunk ${odd + 1} is ${p.sampleRate} Hz with ${p.channels.length} channel(s), chunk 1 ${first.sampleRate} Hz with ${first.channels.length}`);
  }
  const length = parts.reduce((n, p) => n + p.channels[0].length, 0);
  const channels = first.channels.map((_, c) => {
    const joinedChannel = new Float32Array(length);
    let at = 0;
    for (const p of parts) {
      joinedChannel.set(p.channels[c], at);
      at += p.channels[c].length;
    }
    return joinedChannel;
  });
  return encodeWav({ sampleRate: first.sampleRate, data: channels });
}
