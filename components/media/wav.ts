// Audio as samples (`gr.Audio({ type: "samples" })`, Python's numpy form) and
// WAV files, both ways. Pure and small: the worker parses WAV itself (a
// worker has no decodeAudioData), and the page uses the same encoder for
// what it records or decodes (ui/live/to-wav.ts). Loaded only by apps that
// use samples or stream audio.

/** Audio as a handler receives and returns it: mono as one Float32Array, else one per channel. */
export interface AudioSamples {
  /** Samples per second (Hz). */
  sampleRate: number;
  /** Samples in [-1, 1]: one Float32Array (mono), or one per channel. */
  data: Float32Array | Float32Array[];
}

/** One chunk of a microphone stream: mono samples. */
export interface AudioChunk extends AudioSamples {
  data: Float32Array;
}

/** Thrown for a value or file that is not audio this module reads; the message says why. */
export class AudioFormatError extends Error {
  override name = "AudioFormatError";
}

/** The value's channels, checked: what a handler returned must be real audio. */
export function channelsOf(value: unknown): { sampleRate: number; channels: Float32Array[] } {
  const v = value as Partial<AudioSamples> | null;
  const shape = "expects { sampleRate, data: Float32Array | Float32Array[] }";
  if (!v || typeof v !== "object") throw new AudioFormatError(`${shape}, got ${v === null ? "null" : typeof v}`);
  const rate = v.sampleRate;
  if (typeof rate !== "number" || !Number.isFinite(rate) || rate < 1 || rate > 768_000) {
    throw new AudioFormatError(`${shape}: sampleRate must be a number of Hz between 1 and 768000, got ${String(rate)}`);
  }
  const channels = v.data instanceof Float32Array ? [v.data] : Array.isArray(v.data) ? v.data : null;
  if (!channels || !channels.length || !channels.every((c) => c instanceof Float32Array)) {
    throw new AudioFormatError(`${shape}: data must be a Float32Array or a non-empty array of them (one per channel)`);
  }
  if (channels.some((c) => c.length !== channels[0].length)) throw new AudioFormatError(`${shape}: every channel must have as many samples`);
  if (channels.length > 64) throw new AudioFormatError(`${shape}: ${channels.length} channels is more than a WAV file holds here (64)`);
  return { sampleRate: Math.round(rate), channels };
}

/**
 * A 16-bit PCM WAV file, as Gradio writes numpy audio (it converts to
 * 16 bits). Samples outside [-1, 1] are clipped; NaN becomes silence.
 */
export function encodeWav(value: AudioSamples): ArrayBuffer {
  const { sampleRate, channels } = channelsOf(value);
  const frames = channels[0].length;
  const count = channels.length;
  const bytes = frames * count * 2;
  const buffer = new ArrayBuffer(44 + bytes);
  const view = new DataView(buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, "RIFF");
  view.setUint32(4, 36 + bytes, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, count, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * count * 2, true);
  view.setUint16(32, count * 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, bytes, true);
  const out = new Int16Array(buffer, 44, frames * count);
  for (let c = 0; c < count; c++) {
    const channel = channels[c];
    for (let i = 0, j = c; i < frames; i++, j += count) {
      const s = channel[i];
      out[j] = s >= 1 ? 32767 : s <= -1 ? -32768 : s === s ? Math.round(s * 32767) : 0;
    }
  }
  return buffer;
}

/** Whether bytes start like a WAV file (RIFF…WAVE). */
export function isWav(bytes: ArrayBuffer): boolean {
  if (bytes.byteLength < 12) return false;
  const v = new DataView(bytes);
  return v.getUint32(0, false) === 0x52494646 && v.getUint32(8, false) === 0x57415645;
}

const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;

/**
 * Reads a WAV file: PCM of 8, 16, 24 or 32 bits, or 32/64-bit float, any
 * number of channels (WAVE_FORMAT_EXTENSIBLE too). A `data` size larger
 * than the file (a recorder that never went back to write it) reads what
 * is there.
 */
export function decodeWav(bytes: ArrayBuffer): AudioSamples {
  if (!isWav(bytes)) throw new AudioFormatError("not a WAV file (no RIFF/WAVE header)");
  const view = new DataView(bytes);
  let format: { tag: number; channels: number; sampleRate: number; bits: number } | null = null;
  let at = 12;
  while (at + 8 <= bytes.byteLength) {
    const id = view.getUint32(at, false);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 0x666d7420 /* "fmt " */) {
      if (size < 16 || body + 16 > bytes.byteLength) throw new AudioFormatError("WAV file with a short format chunk");
      let tag = view.getUint16(body, true);
      // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
      if (tag === EXTENSIBLE && size >= 26) tag = view.getUint16(body + 24, true);
      format = { tag, channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true), bits: view.getUint16(body + 14, true) };
    } else if (id === 0x64617461 /* "data" */) {
      if (!format) throw new AudioFormatError("WAV file with its data before its format");
      return samplesOf(view, body, Math.min(size, bytes.byteLength - body), format);
    }
    at = body + size + (size & 1); // chunks are word-aligned
  }
  throw new AudioFormatError(format ? "WAV file with no data chunk" : "WAV file with no format chunk");
}

function samplesOf(view: DataView, start: number, length: number, f: { tag: number; channels: number; sampleRate: number; bits: number }): AudioSamples {
  const { tag, channels: count, bits } = f;
  const pcm = tag === PCM && [8, 16, 24, 32].includes(bits);
  const float = tag === FLOAT && (bits === 32 || bits === 64);
  if (!pcm && !float) throw new AudioFormatError(`WAV encoding not supported (format ${tag}, ${bits} bits): use PCM or float`);
  if (count < 1 || f.sampleRate < 1) throw new AudioFormatError("WAV file with no channels or no sample rate");
  const width = bits / 8;
  const frames = Math.floor(length / (width * count));
  const channels = Array.from({ length: count }, () => new Float32Array(frames));
  const read: (at: number) => number = float
    ? bits === 32
      ? (at) => view.getFloat32(at, true)
      : (at) => view.getFloat64(at, true)
    : bits === 8
      ? (at) => (view.getUint8(at) - 128) / 128
      : bits === 16
        ? (at) => view.getInt16(at, true) / 32768
        : bits === 24
          ? (at) => ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608)
          : (at) => view.getInt32(at, true) / 2147483648;
  for (let i = 0, at = start; i < frames; i++) {
    for (let c = 0; c < count; c++, at += width) channels[c][i] = read(at);
  }
  return { sampleRate: f.sampleRate, data: count === 1 ? channels[0] : channels };
}
