// What a streamed media chunk is, from its first bytes (issue #11): the page
// needs a MIME type with codecs to give MediaSource, and the worker needs the
// container to join the chunks into one file when the stream ends. A file's
// name or Blob type may be missing or wrong (a handler's Uint8Array has
// neither), so the bytes decide. Pure, so Node tests it.

/** Containers a stream's chunks may come in. */
export type Container = "wav" | "mp3" | "aac" | "ogg" | "flac" | "webm" | "mp4" | "mpegts";

export interface Sniffed {
  container: Container;
  /** Has a video track (WebM and MP4 only; the others are audio). */
  video: boolean;
  /** The type MediaSource and the audio decoder take: `video/webm; codecs="vp8,opus"`. */
  mimeType: string;
  /** An MP4 made of fragments (`moof`), as MediaRecorder writes it: the only MP4 MediaSource appends. */
  fragmented?: boolean;
}

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

/** Where `text` first occurs in the first `limit` bytes, or -1. */
function find(b: Uint8Array, text: string, limit = 64 * 1024): number {
  const end = Math.min(b.length, limit) - text.length;
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i <= end; i++) {
    if (b[i] !== first) continue;
    for (let k = 1; k < text.length; k++) if (b[i + k] !== text.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/** WebM's codec ids (Matroska `CodecID`) as MediaSource names them. */
const WEBM_CODECS: Array<[string, string, boolean]> = [
  ["V_VP8", "vp8", true],
  ["V_VP9", "vp9", true],
  ["V_AV1", "av01.0.08M.08", true],
  ["A_OPUS", "opus", false],
  ["A_VORBIS", "vorbis", false],
];

function webm(b: Uint8Array): Sniffed {
  const found = WEBM_CODECS.filter(([id]) => find(b, id) >= 0);
  const video = found.some(([, , v]) => v);
  const codecs = found.map(([, name]) => name).join(",");
  return { container: "webm", video, mimeType: `${video ? "video" : "audio"}/webm${codecs ? `; codecs="${codecs}"` : ""}` };
}

const hex = (n: number) => n.toString(16).padStart(2, "0").toUpperCase();

/** Top-level box types of an MP4, in order (stops at the first box it cannot size). */
function boxes(b: Uint8Array): string[] {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const types: string[] = [];
  for (let at = 0; at + 8 <= b.length; ) {
    let size = view.getUint32(at);
    const type = ascii(b, at + 4, 4);
    if (size === 1 && at + 16 <= b.length) size = Number(view.getBigUint64(at + 8));
    types.push(type);
    if (size < 8) break;
    at += size;
  }
  return types;
}

function mp4(b: Uint8Array): Sniffed {
  const codecs: string[] = [];
  const avcC = find(b, "avcC");
  if (avcC >= 0 && avcC + 8 <= b.length) codecs.push(`avc1.${hex(b[avcC + 5])}${hex(b[avcC + 6])}${hex(b[avcC + 7])}`);
  else if (find(b, "av01") >= 0) codecs.push("av01.0.08M.08");
  else if (find(b, "vp09") >= 0) codecs.push("vp09.00.10.08");
  const video = codecs.length > 0;
  if (find(b, "mp4a") >= 0) codecs.push("mp4a.40.2");
  if (find(b, "Opus") >= 0) codecs.push("opus");
  if (find(b, "fLaC") >= 0) codecs.push("flac");
  const top = boxes(b);
  return {
    container: "mp4",
    video,
    fragmented: top.includes("moof") || (top.includes("moov") && find(b, "mvex") >= 0),
    mimeType: `${video ? "video" : "audio"}/mp4${codecs.length ? `; codecs="${codecs.join(",")}"` : ""}`,
  };
}

/** An MPEG audio frame header: sync bits, then layer III (MP3) or layer "00" (AAC in ADTS). */
function mpegAudio(b: Uint8Array): Sniffed | null {
  if (b.length < 2 || b[0] !== 0xff || (b[1] & 0xe0) !== 0xe0) return null;
  const layer = (b[1] >> 1) & 3;
  if (layer === 0 && (b[1] & 0xf0) === 0xf0) return { container: "aac", video: false, mimeType: "audio/aac" };
  return layer !== 0 ? { container: "mp3", video: false, mimeType: "audio/mpeg" } : null;
}

/** The chunk's container and type, or null for bytes that are none of those a browser plays. */
export function sniff(bytes: Uint8Array): Sniffed | null {
  const b = bytes;
  if (b.length < 4) return null;
  if (ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WAVE") return { container: "wav", video: false, mimeType: "audio/wav" };
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return webm(b);
  if (b.length >= 8 && ascii(b, 4, 4) === "ftyp") return mp4(b);
  if (ascii(b, 0, 4) === "OggS") return { container: "ogg", video: false, mimeType: "audio/ogg" };
  if (ascii(b, 0, 4) === "fLaC") return { container: "flac", video: false, mimeType: "audio/flac" };
  if (ascii(b, 0, 3) === "ID3") return { container: "mp3", video: false, mimeType: "audio/mpeg" };
  if (b[0] === 0x47 && b.length > 188 && b[188] === 0x47) return { container: "mpegts", video: true, mimeType: "video/mp2t" };
  return mpegAudio(b);
}
