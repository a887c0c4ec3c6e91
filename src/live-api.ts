// Live media (issue #11): webcam and microphone streams into a handler, and
// audio as samples. Loaded into an app's worker only when its code may stream
// or use samples (worker/lazy-api.ts), so hello world carries none of it. It
// teaches gr.Image and gr.Audio the values live media adds, and applies
// Gradio's rules for a `stream` listener. The conversions themselves load
// with the first such value (components/image/frames.ts, components/media/samples.ts).

import { componentHooks, type Component, type ComponentSpec } from "./component.ts";
import { listenerHooks, type Dependency } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import type { FileData } from "./files.ts";
import type { AudioSamples } from "../components/media/wav.ts";

export type { AudioChunk, AudioSamples } from "../components/media/wav.ts";
export type { AudioFactory, AudioTypes } from "../components/media/media.ts";
export type { ImageFactory, ImageTypes, WebcamOptions } from "../components/image/image.ts";

// A camera frame is a VideoFrame (an ImageBitmap without WebCodecs), a frame for a streaming output an
// ImageBitmap: moved, never encoded.
const frames = () => import("../components/image/frames.ts");
const isBitmap = (v: unknown): v is ImageBitmap => typeof ImageBitmap == "function" && v instanceof ImageBitmap;
const isCameraFrame = (v: unknown): v is VideoFrame => typeof VideoFrame == "function" && v instanceof VideoFrame;
const isFrame = (v: unknown): v is ImageBitmap | VideoFrame => isBitmap(v) || isCameraFrame(v);

/** gr.Image takes frames: as input (a webcam's), and as a streaming output's value. */
function teachImage(image: ComponentSpec): void {
  const { preprocess, postprocess, files } = image as Required<ComponentSpec>;
  const { store, load } = files;
  image.preprocess = (v, p) => (isFrame(v) ? v : preprocess(v, p));
  image.postprocess = (v, p) => (isBitmap(v) ? v : postprocess(v, p));
  image.files = {
    ...files,
    // A streaming output shows pixels as they come; a file, a URL, or a non-streaming output is stored.
    store: async (v, p, c) => (p.streaming ? await (await frames()).toFrame(v) : undefined) ?? store(v, p, c),
    // A camera frame is mirrored as its preview was (Gradio's `webcamOptions.mirror`, default true).
    load: async (v, p, c) => (isFrame(v) ? (await frames()).frameAs(v, p.type, isCameraFrame(v) && (p.webcamOptions as { mirror?: boolean } | undefined)?.mirror !== false) : load(v, p, c)),
  };
}

// A microphone chunk, or what a handler returns, is `{ sampleRate, data }`: stored as WAV.
const samples = () => import("../components/media/samples.ts");
const isSamples = (v: unknown): v is AudioSamples => !!v && typeof v === "object" && "sampleRate" in v && "data" in v;

/** gr.Audio takes samples: a microphone's chunks, and `{ sampleRate, data }` for `type: "samples"`. */
function teachAudio(audio: ComponentSpec): void {
  const { preprocess, files } = audio as Required<ComponentSpec>;
  const { store, load } = files;
  audio.preprocess = (v, p) => (isSamples(v) ? v : preprocess(v, p));
  audio.files = {
    ...files,
    store: async (v, p, c) => (isSamples(v) ? (await samples()).storeSamples(v) : store(v, p, c)),
    async load(v, p, c) {
      if (isSamples(v)) return (await samples()).chunkAs(v, p.type);
      if (p.type === "samples" && v) return (await samples()).fileAsSamples(v as FileData);
      return load(v, p, c);
    },
  };
}

const taught = new WeakSet<ComponentSpec>();

/**
 * The app's code runs after this module loads: its first image (or audio)
 * teaches their spec, once. Then Gradio's rules for a streaming input: its
 * sources default to the one that streams, and must include it (an image
 * streams only from the webcam); its frames reach a handler as pixels or
 * samples unless `type` says otherwise.
 */
componentHooks.push((c: Component) => {
  if (c.type !== "image" && c.type !== "audio") return;
  if (!taught.has(c.spec)) {
    taught.add(c.spec);
    (c.type === "image" ? teachImage : teachAudio)(c.spec);
  }
  if (!c.given.streaming) return;
  const [source, type] = c.type === "image" ? ["webcam", "imagedata"] : ["microphone", "samples"];
  const given = c.given.sources;
  const sources = given === undefined ? [source] : [given].flat();
  if (!sources.includes(source) || (c.type === "image" && sources.length > 1)) {
    throw new UsageError(`gr.${c.spec.name}: streaming takes its input from the ${source}: give sources: ["${source}"]`);
  }
  c.props.sources = sources;
  if (c.given.type === undefined) c.props.type = type;
});

/**
 * As Gradio's `stream` listener: it turns streaming on for its component,
 * whose props carry its options to the page's capture (ui/live/); an image
 * it outputs shows frames as they come, not files (docs/media.md); and a
 * frame that waits is replaced by the next, never queued.
 */
listenerHooks.push((dep: Dependency) => {
  if (!dep.targets.some(([, event]) => event === "stream")) return;
  const { streamEvery = 0.5, timeLimit = null } = dep.options;
  if (!(typeof streamEvery === "number" && streamEvery > 0)) throw new UsageError(`streamEvery is seconds between frames, above 0: got ${String(streamEvery)}`);
  if (timeLimit !== null && !(typeof timeLimit === "number" && timeLimit > 0)) throw new UsageError(`timeLimit is seconds, above 0 (or null): got ${String(timeLimit)}`);
  for (const [block, event] of dep.targets) {
    if (event === "stream") Object.assign(block.props, { streaming: true, streamEvery, timeLimit });
  }
  for (const out of dep.outputs) if (out.type === "image" && out.given.streaming === undefined) out.props.streaming = true;
  if (dep.options.triggerMode === "multiple") {
    console.warn('[gradio-lite] a stream listener never queues frames: its triggerMode "multiple" runs as "always_last"');
    dep.options.triggerMode = "always_last";
  }
});
