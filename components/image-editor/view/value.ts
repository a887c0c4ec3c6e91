// An ImageEditor's value, both ways. To the app: the background, each
// layer and the composite as PNG files in the app's file cache (Gradio's
// EditorData); a part is encoded and stored again only when it changed
// since it was last sent. From the app: the files decoded into the editor.

import type { FileData } from "../../../worker/protocol.ts";
import { mediaUrl } from "../../../ui/safe-url.ts";
import type { EditorDoc } from "./document.ts";

export interface EditorData {
  background: FileData | null;
  layers: FileData[];
  composite: FileData | null;
}

/** Makes a document's value, reusing the files of parts that did not change. */
export class ValueMaker {
  /** The file last stored for a part, by the part's revision ("bg:3", "layer-2:7"). */
  private sent = new Map<string, FileData>();

  constructor(private readonly upload: (files: File[]) => Promise<FileData[]>) {}

  /** Remembers files that came with a value from the app, so they are not sent back again. */
  remember(doc: EditorDoc, value: EditorData): void {
    this.sent.clear();
    if (value.background) this.sent.set(`bg:${doc.backgroundRev}`, value.background);
    doc.layers.forEach((layer, i) => value.layers[i] && this.sent.set(`${layer.id}:${layer.rev}`, value.layers[i]!));
  }

  async make(doc: EditorDoc): Promise<EditorData | null> {
    if (doc.blank) return null;
    const parts: Array<{ key: string; canvas: OffscreenCanvas; name: string }> = [];
    if (doc.background) parts.push({ key: `bg:${doc.backgroundRev}`, canvas: doc.background, name: "background.png" });
    doc.layers.forEach((layer, i) => parts.push({ key: `${layer.id}:${layer.rev}`, canvas: layer.canvas, name: `layer_${i}.png` }));
    const fresh = parts.filter((p) => !this.sent.has(p.key));
    // The composite is new whenever anything is.
    // A layer never drawn on has no context yet, and convertToBlob refuses such a canvas.
    const encode = (canvas: OffscreenCanvas, name: string) => (canvas.getContext("2d"), canvas.convertToBlob({ type: "image/png" })).then((blob) => new File([blob], name, { type: "image/png" }));
    const files = await Promise.all([...fresh.map((p) => encode(p.canvas, p.name)), encode(doc.composite(), "composite.png")]);
    const stored = await this.upload(files);
    const next = new Map<string, FileData>();
    for (const p of parts) next.set(p.key, this.sent.get(p.key) ?? stored[fresh.indexOf(p)]!);
    this.sent = next;
    return {
      background: doc.background ? next.get(parts[0]!.key)! : null,
      layers: doc.layers.map((l) => next.get(`${l.id}:${l.rev}`)!),
      composite: stored.at(-1)!,
    };
  }
}

/** A file of the value, decoded; a file the browser cannot read is named in the error. */
export async function decodeFile(file: FileData): Promise<ImageBitmap> {
  const url = mediaUrl(file.url);
  if (!url) throw new Error(`“${file.origName || "The image"}” has no address this page may load.`);
  const blob = await fetch(url).then((r) => (r.ok ? r.blob() : Promise.reject(new Error(`HTTP ${r.status}`))));
  return decodeImage(blob, file.origName);
}

/** An image file's pixels; one that is not an image says so, not the browser's "could not be decoded". */
export async function decodeImage(blob: Blob, name: string): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob);
  } catch {
    throw new Error(`“${name || "This file"}” could not be opened: it is not an image this browser can read (${blob.type || "unknown type"}, ${blob.size} bytes).`);
  }
}
