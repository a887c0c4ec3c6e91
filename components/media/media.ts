// gr.Audio and gr.Video: the worker side (their view is ./view/).

import { optionNames, type Component, type ComponentSpec, type EventMethods } from "../../src/component.ts";
import { define, type OptionsOf, type ValueArg } from "../../src/factory.ts";
import { type FileLike, type FileFactory, toFileData } from "../../src/file-components.ts";
import { checkFileData, fileHost, type FileData } from "../../src/files.ts";
import type { Inputs } from "../../src/handler.ts";
import type { AudioChunk, AudioSamples } from "./wav.ts";

/** Where audio comes from. */
export type AudioSource = "upload" | "microphone";

export interface AudioOwnOptions {
  /** Where the user takes audio from; one source may be given alone. */
  sources?: AudioSource | AudioSource[];
  /**
   * The microphone streams to the component's `stream` listeners, a chunk
   * every `streamEvery` seconds (sources then default to `["microphone"]`
   * and `type` to "samples"). As an output of a generator, each value it
   * yields is a chunk of one stream: the page plays them in a row, and the
   * chunks joined are the value when the generator ends (docs/media.md).
   */
  streaming?: boolean;
  /** An output plays as soon as it has something to play (browsers allow it once the user has used the page). */
  autoplay?: boolean;
}

/** What a handler receives from audio, per `type`; a stream's chunks are mono. */
export interface AudioTypes<Streaming extends boolean = false> {
  filedata: FileData;
  blob: Blob;
  samples: Streaming extends true ? AudioChunk : AudioSamples;
}

/** What a handler may return to audio: a file, or samples (stored as a WAV file). */
export type AudioReturn = FileLike | AudioSamples | null;

/** Gradio's Audio events (not pause_recording: the recorder here does not pause). */
export type AudioEvent = "change" | "input" | "upload" | "clear" | "stream" | "play" | "pause" | "stop" | "startRecording" | "stopRecording";
export interface Audio<V = FileData | null> extends Component<V, AudioReturn>, EventMethods<AudioEvent> {}

/**
 * `gr.Audio(options?)`: a FileData, a Blob, or with `type: "samples"` Python's
 * numpy form, `{ sampleRate, data }`. With `streaming: true` the default
 * `type` is "samples", and each chunk's `data` is one Float32Array.
 */
export interface AudioFactory {
  <const S extends boolean = false, T extends keyof AudioTypes = S extends true ? "samples" : "filedata", const I extends Inputs = null>(
    options?: OptionsOf<AudioOwnOptions & { type?: T; streaming?: S }, AudioReturn, I>,
  ): Audio<AudioTypes<S>[T] | null>;
  <const S extends boolean = false, T extends keyof AudioTypes = S extends true ? "samples" : "filedata", const I extends Inputs = null>(
    value: ValueArg<AudioReturn, I>,
    options?: OptionsOf<AudioOwnOptions & { type?: T; streaming?: S }, AudioReturn, I>,
  ): Audio<AudioTypes<S>[T] | null>;
}

/** Audio and Video: one file, played by the browser's own player (no ffmpeg: any format it plays). */
const EVENTS = {
  audio: ["change", "input", "upload", "clear", "stream", "play", "pause", "stop", "startRecording", "stopRecording"] satisfies AudioEvent[],
  video: ["change", "input", "upload", "clear", "play", "pause", "stop", "end", "startRecording", "stopRecording"] satisfies VideoEvent[],
};

function mediaSpec(type: "audio" | "video", sources: string[], options: readonly string[]): ComponentSpec {
  const name = type === "audio" ? "Audio" : "Video";
  return {
    type,
    name,
    options,
    events: EVENTS[type],
    defaults: { type: "filedata", sources },
    preprocess: (v) => checkFileData(v, name),
    postprocess: (v) => checkFileData(v, name),
    files: {
      store: (v) => toFileData(v, type),
      load: async (v, p) => (v === null || v === undefined || p.type !== "blob" ? v : fileHost().read(v as FileData)),
    },
  };
}

// Live media (streams, samples) teaches these specs more values when an app uses it: src/live-api.ts.
export const Audio = define<AudioFactory>(
  mediaSpec("audio", ["upload", "microphone"], optionNames<AudioOwnOptions & { type?: string }>()("sources", "type", "streaming", "autoplay")),
);

export interface MediaOwnOptions {
  sources?: Array<"upload" | "microphone" | "webcam">;
  /**
   * As an output of a generator, each value it yields (a WebM or fragmented
   * MP4 file) is a chunk of one stream, played in a row; the chunks joined
   * are the value when the generator ends (docs/media.md).
   */
  streaming?: boolean;
  /** An output plays as soon as it has something to play. */
  autoplay?: boolean;
}
/** Gradio's Video events: a video output streams by `streaming`, it has no `stream` event. */
export type VideoEvent = "change" | "input" | "upload" | "clear" | "play" | "pause" | "stop" | "end" | "startRecording" | "stopRecording";
export interface Video<V = FileData | null> extends Component<V, FileLike | null>, EventMethods<VideoEvent> {}

export const Video = define<FileFactory<{ filedata: Video<FileData | null>; blob: Video<Blob | null> }, FileLike | null, MediaOwnOptions>>(
  mediaSpec("video", ["upload", "webcam"], optionNames<MediaOwnOptions & { type?: string }>()("sources", "type", "streaming", "autoplay")),
);
