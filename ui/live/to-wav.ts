// For `gr.Audio({ type: "samples" })`: the worker reads WAV itself
// (components/media/wav.ts) but has no decodeAudioData, so what the user uploads or
// records in another format (MP3, Ogg, the recorder's WebM/Opus) is decoded
// here, on the page, and stored as a 16-bit WAV file. WAV files go as they
// are. A file the browser cannot decode is refused with its name.

import { encodeWav, isWav } from "../../components/media/wav.ts";

/** Decoded audio comes out at this rate (decodeAudioData resamples to its context's rate; Opus is 48 kHz). */
const RATE = 48_000;

export async function toWavFiles(files: File[]): Promise<File[]> {
  return Promise.all(files.map(toWav));
}

async function toWav(file: File): Promise<File> {
  const bytes = await file.arrayBuffer();
  if (isWav(bytes)) return file;
  let audio: AudioBuffer;
  try {
    audio = await new OfflineAudioContext(1, 1, RATE).decodeAudioData(bytes);
  } catch {
    throw new Error(`“${file.name}” could not be read as audio (${file.type || "unknown type"}): the browser cannot decode it.`);
  }
  const data = Array.from({ length: audio.numberOfChannels }, (_, c) => audio.getChannelData(c));
  const wav = encodeWav({ sampleRate: audio.sampleRate, data: data.length === 1 ? data[0] : data });
  return new File([wav], `${file.name.replace(/\.[^.]*$/, "") || "audio"}.wav`, { type: "audio/wav" });
}
