// gr.Audio's samples in the worker (issue #11): files become
// `{ sampleRate, data }` for `type: "samples"`, microphone chunks become what
// another `type` asks for, and samples a handler returns are stored as a WAV
// file. Loaded with the first audio value that needs it.
//
// Decoding happens where it can: a worker has no decodeAudioData, so the
// worker reads WAV itself (components/media/wav.ts), and the page turns what the user
// uploads or records in another format into WAV before it is stored
// (ui/live/to-wav.ts). A file in another format that reaches a samples
// input some other way (a handler's output, an initial value) is a clear
// error, not a guess.

import type { FileData } from "../../worker/protocol.ts";
import { BadValueError } from "../../src/component.ts";
import { fileHost } from "../../src/files.ts";
import { AudioFormatError, decodeWav, encodeWav, isWav, type AudioSamples } from "./wav.ts";

function wavBlob(value: AudioSamples): Blob {
  try {
    return new Blob([encodeWav(value)], { type: "audio/wav" });
  } catch (error) {
    throw new BadValueError(error instanceof Error ? error.message : String(error));
  }
}

/** Samples a handler returned (or an initial value), stored as a 16-bit WAV file. */
export function storeSamples(value: AudioSamples): Promise<FileData> {
  return fileHost().put(wavBlob(value), "audio.wav", "audio/wav");
}

/** A microphone chunk as the input's `type` names it. */
export async function chunkAs(chunk: AudioSamples, type: unknown): Promise<AudioSamples | Blob | FileData> {
  if (type === "samples") return chunk;
  return type === "blob" ? wavBlob(chunk) : storeSamples(chunk);
}

/** A stored file as samples: WAV is read here; other formats were made WAV on the page. */
export async function fileAsSamples(file: FileData): Promise<AudioSamples> {
  const bytes = await (await fileHost().read(file)).arrayBuffer();
  const name = file.origName || file.path.split("/").pop() || "audio";
  if (!isWav(bytes)) {
    throw new BadValueError(
      `type "samples" reads WAV files, and "${name}" (${file.mimeType || "unknown type"}) is not one. ` +
        "What the user uploads or records is made WAV on the page; a file from elsewhere must be WAV, or use type \"blob\".",
    );
  }
  try {
    return decodeWav(bytes);
  } catch (error) {
    if (error instanceof AudioFormatError) throw new BadValueError(`"${name}": ${error.message}`);
    throw error;
  }
}
