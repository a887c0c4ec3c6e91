// Joins WebM files end to end into one WebM (issue #11): a streamed Audio or
// Video whose chunks are whole WebM files (what MediaRecorder writes, what
// the streaming-outputs guide yields) ends as one file that plays them in a
// row, as Gradio's ffmpeg concat makes one. Bytes joined as they are would
// play only the first file, and no browser API remuxes, so this does the
// least that works: the first file's header and tracks, then every file's
// clusters with their timestamps moved on by the length of the files before.
// Pure and synchronous: Node tests it.

/** Thrown when a chunk is not a WebM file this can read; the message says why. */
export class WebmJoinError extends Error {
  override name = "WebmJoinError";
}

const EBML = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TRACKS = 0x1654ae6b;
const CLUSTER = 0x1f43b675;
const TIMECODE = 0xe7;
const SIMPLE_BLOCK = 0xa3;
const BLOCK_GROUP = 0xa0;
const BLOCK = 0xa1;
const DURATION = 0x4489;
/** What a cluster holds; any other id ends a cluster written with an unknown size (as MediaRecorder writes them). */
const IN_CLUSTER = new Set([TIMECODE, SIMPLE_BLOCK, BLOCK_GROUP, 0xa7, 0xab, 0x5854, 0xaf, 0xec]);
/** Dropped from the output: positions and a duration that the joined file would make wrong. */
const CLUSTER_DROPPED = new Set([0xa7, 0xab]);
const UNKNOWN_SIZE = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];

interface Element {
  id: number;
  /** Where its data starts and ends (`end` is the file's end for an unknown size). */
  start: number;
  end: number;
  unknown: boolean;
  /** Where the element itself (its id) starts. */
  at: number;
}

/** A variable-length integer: an id keeps its marker bit, a size does not. */
function vint(b: Uint8Array, at: number, keepMarker: boolean): { value: number; length: number; allOnes: boolean } {
  const first = b[at];
  if (first === undefined || first === 0) throw new WebmJoinError(`a WebM element at byte ${at} is cut or corrupt`);
  const length = Math.clz32(first) - 23;
  if (at + length > b.length) throw new WebmJoinError(`a WebM element at byte ${at} is cut short`);
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + b[at + i];
    allOnes &&= b[at + i] === 0xff;
  }
  return { value, length, allOnes };
}

function element(b: Uint8Array, at: number, limit: number): Element {
  const id = vint(b, at, true);
  const size = vint(b, at + id.length, false);
  const start = at + id.length + size.length;
  const unknown = size.allOnes;
  return { id: id.value, start, end: unknown ? limit : Math.min(limit, start + size.value), unknown, at };
}

/** The children of `[from, to)`; an unknown-size child ends where an id it cannot hold begins. */
function children(b: Uint8Array, from: number, to: number): Element[] {
  const list: Element[] = [];
  for (let at = from; at < to; ) {
    const e = element(b, at, to);
    if (e.unknown) e.end = endOfUnknown(b, e, to);
    list.push(e);
    at = e.end;
  }
  return list;
}

function endOfUnknown(b: Uint8Array, e: Element, to: number): number {
  if (e.id !== CLUSTER) return to;
  for (let at = e.start; at < to; ) {
    const child = element(b, at, to);
    if (!IN_CLUSTER.has(child.id)) return at;
    at = child.end;
  }
  return to;
}

function uint(b: Uint8Array, e: Element): number {
  let v = 0;
  for (let i = e.start; i < e.end; i++) v = v * 256 + b[i];
  return v;
}

function idBytes(id: number): number[] {
  const out: number[] = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return out;
}

function sizeBytes(n: number): number[] {
  for (let length = 1; length <= 8; length++) {
    if (n < 2 ** (7 * length) - 1) {
      const out: number[] = [];
      for (let i = 0, v = n; i < length; i++, v = Math.floor(v / 256)) out.unshift(v & 0xff);
      out[0] |= 0x80 >> (length - 1);
      return out;
    }
  }
  throw new WebmJoinError("a WebM element is too large");
}

function uintElement(id: number, value: number): Uint8Array {
  const bytes: number[] = [];
  for (let v = Math.max(0, Math.round(value)); bytes.length === 0 || v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return new Uint8Array([...idBytes(id), ...sizeBytes(bytes.length), ...bytes]);
}

/** A block's track and its time relative to its cluster (ticks). */
function blockTime(b: Uint8Array, start: number): { track: number; relative: number } {
  const track = vint(b, start, false);
  const at = start + track.length;
  const relative = ((b[at] << 8) | b[at + 1]) << 16 >> 16;
  return { track: track.value, relative };
}

interface Parsed {
  header: Uint8Array;
  info: Uint8Array | null;
  tracks: Uint8Array | null;
  clusters: Array<{ time: number; body: Uint8Array[]; blocks: Array<{ track: number; time: number }> }>;
}

function parse(b: Uint8Array, index: number): Parsed {
  const top = children(b, 0, b.length);
  const ebml = top.find((e) => e.id === EBML);
  const segment = top.find((e) => e.id === SEGMENT);
  if (!ebml || !segment) throw new WebmJoinError(`chunk ${index + 1} is not a WebM file (no EBML header or Segment)`);
  const parsed: Parsed = { header: b.subarray(ebml.at, ebml.end), info: null, tracks: null, clusters: [] };
  for (const e of children(b, segment.start, segment.end)) {
    if (e.id === INFO) {
      // Without its Duration: it would give the joined file the first chunk's length.
      const parts = children(b, e.start, e.end).filter((c) => c.id !== DURATION).map((c) => b.subarray(c.at, c.end));
      parsed.info = wrap(INFO, parts);
    } else if (e.id === TRACKS) {
      parsed.tracks = b.subarray(e.at, e.end);
    } else if (e.id === CLUSTER) {
      let time = 0;
      const body: Uint8Array[] = [];
      const blocks: Array<{ track: number; time: number }> = [];
      for (const c of children(b, e.start, e.end)) {
        if (c.id === TIMECODE) time = uint(b, c);
        else if (!CLUSTER_DROPPED.has(c.id)) body.push(b.subarray(c.at, c.end));
        // A cluster's Timecode comes before its blocks (Matroska requires it first).
        const block = c.id === SIMPLE_BLOCK ? c : c.id === BLOCK_GROUP ? children(b, c.start, c.end).find((g) => g.id === BLOCK) : undefined;
        if (block) {
          const { track, relative } = blockTime(b, block.start);
          blocks.push({ track, time: time + relative });
        }
      }
      parsed.clusters.push({ time, body, blocks });
    }
  }
  return parsed;
}

function wrap(id: number, parts: Uint8Array[]): Uint8Array {
  const size = parts.reduce((n, p) => n + p.length, 0);
  return concat([new Uint8Array([...idBytes(id), ...sizeBytes(size)]), ...parts]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * How long a file lasts (ticks): its last block's time plus that track's
 * usual step between blocks, as the last frame lasts about as long.
 */
function lengthOf(file: Parsed): number {
  const last = new Map<number, number>();
  const step = new Map<number, number>();
  let end = 0;
  let endTrack = -1;
  for (const { blocks } of file.clusters) {
    for (const { track, time } of blocks) {
      const before = last.get(track);
      if (before !== undefined && time > before) step.set(track, time - before);
      last.set(track, time);
      if (time >= end) [end, endTrack] = [time, track];
    }
  }
  return end + (step.get(endTrack) ?? 0);
}

/** One WebM that plays `files` one after the other; each must have the first one's tracks. */
export function joinWebm(files: Uint8Array[]): Uint8Array {
  if (!files.length) throw new WebmJoinError("no chunks to join");
  const parsed = files.map(parse);
  const [first] = parsed;
  if (!first.tracks) throw new WebmJoinError("chunk 1 has no Tracks: it is not a whole WebM file");
  const out: Uint8Array[] = [first.header, new Uint8Array([...idBytes(SEGMENT), ...UNKNOWN_SIZE])];
  if (first.info) out.push(first.info);
  out.push(first.tracks);
  let offset = 0;
  for (const file of parsed) {
    for (const cluster of file.clusters) {
      out.push(new Uint8Array([...idBytes(CLUSTER), ...UNKNOWN_SIZE]), uintElement(TIMECODE, offset + cluster.time), ...cluster.body);
    }
    offset += lengthOf(file);
  }
  return concat(out);
}
