// Microphone chunks for a stream (issue #11): `every` seconds of samples per
// chunk, mono (the channels averaged), as `{ sampleRate, data: Float32Array }`
// with the buffer moved to the worker. An AudioWorklet collects them off the
// main thread; where it cannot start (a page whose CSP refuses its blob:
// module), a ScriptProcessor does the same on the main thread.
//
// Gradio streams MediaRecorder's WAV chunks and a server decodes them; here
// the samples are the value, so the handler needs no decoder.

import type { LiveFrame } from "../session.ts";
import type { Capture } from "./live-stream.ts";
import { MAX_JOINED_S } from "./live-stream.ts";

/** The worklet: fills a buffer of `size` samples, posts it (moved), and a level every ~50 ms for the meter. */
const WORKLET = `
registerProcessor("gradio-lite-chunks", class extends AudioWorkletProcessor {
  constructor(o) {
    super();
    this.size = o.processorOptions.size;
    this.buffer = new Float32Array(this.size);
    this.filled = 0;
    this.sum = 0;
    this.counted = 0;
  }
  process(inputs) {
    const channels = inputs[0];
    if (!channels || !channels.length) return true;
    const n = channels[0].length;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (const c of channels) s += c[i];
      s /= channels.length;
      this.buffer[this.filled++] = s;
      this.sum += s * s;
      if (this.filled === this.size) {
        this.port.postMessage({ chunk: this.buffer }, [this.buffer.buffer]);
        this.buffer = new Float32Array(this.size);
        this.filled = 0;
      }
    }
    if ((this.counted += n) >= sampleRate / 20) {
      this.port.postMessage({ level: Math.sqrt(this.sum / this.counted) });
      this.sum = 0;
      this.counted = 0;
    }
    return true;
  }
});
`;

/** Sends the microphone's samples; `level` hears the loudness (RMS, 0–1) about 20 times a second. */
export function microphoneCapture(level: (rms: number) => void) {
  return async (media: MediaStream, every: number, send: (frame: LiveFrame) => void): Promise<Capture> => {
    const context = new AudioContext();
    const sampleRate = context.sampleRate;
    const size = Math.max(128, Math.round(every * sampleRate));
    const emit = (data: Float32Array) => send({ value: { sampleRate, data }, transfer: [data.buffer] });
    const source = context.createMediaStreamSource(media);
    // Nothing is heard: the graph runs into a muted gain so the browser pulls it.
    const mute = context.createGain();
    mute.gain.value = 0;
    mute.connect(context.destination);
    let node: AudioNode;
    try {
      node = await worklet(context, size, emit, level);
    } catch {
      node = scriptProcessor(context, size, emit, level);
    }
    source.connect(node);
    node.connect(mute);
    await context.resume();
    return {
      stop() {
        source.disconnect();
        node.disconnect();
        void context.close();
      },
    };
  };
}

async function worklet(context: AudioContext, size: number, emit: (data: Float32Array) => void, level: (rms: number) => void): Promise<AudioNode> {
  const url = URL.createObjectURL(new Blob([WORKLET], { type: "text/javascript" }));
  try {
    await context.audioWorklet.addModule(url);
  } finally {
    URL.revokeObjectURL(url);
  }
  const node = new AudioWorkletNode(context, "gradio-lite-chunks", { processorOptions: { size }, numberOfOutputs: 1 });
  node.port.onmessage = (event: MessageEvent<{ chunk?: Float32Array; level?: number }>) => {
    if (event.data.chunk) emit(event.data.chunk);
    else if (event.data.level !== undefined) level(event.data.level);
  };
  return node;
}

function scriptProcessor(context: AudioContext, size: number, emit: (data: Float32Array) => void, level: (rms: number) => void): AudioNode {
  const node = context.createScriptProcessor(4096, 2, 1);
  let buffer = new Float32Array(size);
  let filled = 0;
  node.onaudioprocess = (event) => {
    const input = event.inputBuffer;
    const channels = Array.from({ length: input.numberOfChannels }, (_, c) => input.getChannelData(c));
    let sum = 0;
    for (let i = 0; i < input.length; i++) {
      let s = 0;
      for (const c of channels) s += c[i];
      s /= channels.length;
      sum += s * s;
      buffer[filled++] = s;
      if (filled === size) {
        emit(buffer);
        buffer = new Float32Array(size);
        filled = 0;
      }
    }
    level(Math.sqrt(sum / input.length));
  };
  return node;
}

/**
 * A chunk that waited for a slow handler and the next one, as one chunk
 * (Gradio's recorder joins what it holds while a run is pending): at most
 * the last MAX_JOINED_S seconds.
 */
export function joinChunks(waiting: LiveFrame, next: LiveFrame): LiveFrame {
  const a = waiting.value as { sampleRate: number; data: Float32Array } | null;
  const b = next.value as { sampleRate: number; data: Float32Array };
  if (!a) return next;
  const max = Math.round(MAX_JOINED_S * b.sampleRate);
  const total = Math.min(max, a.data.length + b.data.length);
  const data = new Float32Array(total);
  const fromA = total - b.data.length;
  if (fromA > 0) data.set(a.data.subarray(a.data.length - fromA), 0);
  data.set(fromA >= 0 ? b.data : b.data.subarray(-total), Math.max(0, fromA));
  return { value: { sampleRate: b.sampleRate, data }, transfer: [data.buffer] };
}
