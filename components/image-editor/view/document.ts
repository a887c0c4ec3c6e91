// What an ImageEditor holds on the page, free of Preact: the canvas size, a
// background, layers (each a canvas of the canvas's size, bottom first), the
// stroke being drawn, and the history that undo and redo walk. The view
// draws it (`render`) and sends it (`value.ts`).
//
// A stroke is kept as the pixels it changed (the rectangle it touched,
// before and after), so a long session of strokes costs little memory; a
// layer added, removed, shown or hidden copies no pixels; a change of the
// whole picture (a background, crop, resize) keeps whole snapshots. History
// stops at HISTORY steps, as Gradio's does not grow without end either.

const HISTORY = 50;

export interface Layer {
  id: string;
  name: string;
  visible: boolean;
  canvas: OffscreenCanvas;
  /** Bumped on every change of its pixels: the page re-encodes a layer only when it changed (value.ts). */
  rev: number;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Snapshot {
  width: number;
  height: number;
  background: OffscreenCanvas | null;
  backgroundRev: number;
  layers: Array<{ id: string; name: string; visible: boolean; pixels: ImageData }>;
  active: string;
}

/**
 * One undoable step. A layer added or removed keeps the layer itself (its
 * canvas, unchanged while it is out of the picture), a layer shown or
 * hidden only its id: no pixels are copied for them.
 */
type Step =
  | { kind: "pixels"; layer: string; at: Rect; before: ImageData; after: ImageData }
  | { kind: "layer"; layer: Layer; index: number; added: boolean; active: string }
  | { kind: "toggle"; layer: string }
  | { kind: "whole"; before: Snapshot; after: Snapshot };

/** A stroke in progress: drawn opaque into its own canvas, laid on its layer with the colour's opacity (or erasing) when done. */
interface Stroke {
  layer: Layer;
  erase: boolean;
  alpha: number;
  radius: number;
  canvas: OffscreenCanvas;
  last: { x: number; y: number };
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

/** Where the image sits when resized without scaling (Gradio's resize anchor). */
export type Anchor = "top-left" | "top" | "top-right" | "left" | "center" | "right" | "bottom-left" | "bottom" | "bottom-right";

let ids = 0;
const context = (c: OffscreenCanvas) => c.getContext("2d", { willReadFrequently: true })!;

/**
 * A layer's canvas. The build's prerenderer (prerender/, in Node) has no
 * canvas: a stand-in of the right size takes its place there, where
 * nothing is drawn (effects do not run), so a built page still gets the
 * editor's first paint.
 */
const newCanvas = (width: number, height: number): OffscreenCanvas =>
  typeof OffscreenCanvas === "function" ? new OffscreenCanvas(width, height) : ({ width, height } as OffscreenCanvas);

export class EditorDoc {
  width: number;
  height: number;
  background: OffscreenCanvas | null = null;
  /** Bumped when the background's pixels change (a new image, a crop): value.ts re-sends it only then. */
  backgroundRev = 0;
  layers: Layer[] = [];
  active = "";
  private undos: Step[] = [];
  private redos: Step[] = [];
  private stroke: Stroke | null = null;
  private scratch: OffscreenCanvas | null = null;
  private rev = 0;
  /** Pixels no step in the history made (layers from the app's value, steps past HISTORY): not blank. */
  private given = false;

  constructor(
    width: number,
    height: number,
    names: readonly string[],
    /** Called after every change the user can see. */
    private readonly changed: () => void = () => {},
  ) {
    this.width = width;
    this.height = height;
    for (const name of names.length ? names : ["Layer 1"]) this.layers.push(this.newLayer(name));
    this.active = this.layers.at(-1)!.id;
  }

  get canUndo(): boolean {
    return this.undos.length > 0;
  }
  get canRedo(): boolean {
    return this.redos.length > 0;
  }
  /** Whether there is anything to see: a background or a drawn pixel (an undo past them empties it again). */
  get blank(): boolean {
    return !this.background && !this.undos.length && !this.given;
  }
  get activeLayer(): Layer {
    return this.layers.find((l) => l.id === this.active) ?? this.layers.at(-1)!;
  }

  private newLayer(name: string, width = this.width, height = this.height): Layer {
    return { id: `layer-${++ids}`, name, visible: true, canvas: newCanvas(width, height), rev: ++this.rev };
  }

  // ---- drawing --------------------------------------------------------------

  /** Starts a stroke on the active layer at a point of the canvas (in its pixels). */
  begin(x: number, y: number, tool: { erase: boolean; color: string; alpha: number; radius: number }): void {
    const layer = this.activeLayer;
    if (!layer.visible) return;
    const canvas = new OffscreenCanvas(this.width, this.height);
    const g = context(canvas);
    g.lineCap = g.lineJoin = "round";
    g.lineWidth = tool.radius * 2;
    g.strokeStyle = g.fillStyle = tool.erase ? "#000" : tool.color;
    this.stroke = { layer, erase: tool.erase, alpha: tool.alpha, radius: tool.radius, canvas, last: { x, y }, bounds: { x0: x, y0: y, x1: x, y1: y } };
    g.beginPath();
    g.arc(x, y, tool.radius, 0, Math.PI * 2);
    g.fill();
    this.changed();
  }

  /** Continues the stroke to a point. */
  to(x: number, y: number): void {
    const s = this.stroke;
    if (!s) return;
    const g = context(s.canvas);
    g.beginPath();
    g.moveTo(s.last.x, s.last.y);
    g.lineTo(x, y);
    g.stroke();
    s.last = { x, y };
    const b = s.bounds;
    [b.x0, b.y0, b.x1, b.y1] = [Math.min(b.x0, x), Math.min(b.y0, y), Math.max(b.x1, x), Math.max(b.y1, y)];
    this.changed();
  }

  get drawing(): boolean {
    return this.stroke !== null;
  }

  /** Lays the stroke on its layer as one undoable step; false when there was none. */
  end(): boolean {
    const s = this.stroke;
    if (!s) return false;
    this.stroke = null;
    const r = Math.ceil(s.radius) + 2;
    const x = Math.max(0, Math.floor(s.bounds.x0 - r));
    const y = Math.max(0, Math.floor(s.bounds.y0 - r));
    const at = { x, y, width: Math.min(this.width, Math.ceil(s.bounds.x1 + r)) - x, height: Math.min(this.height, Math.ceil(s.bounds.y1 + r)) - y };
    if (at.width <= 0 || at.height <= 0) return false;
    const g = context(s.layer.canvas);
    const before = g.getImageData(at.x, at.y, at.width, at.height);
    lay(g, s);
    const after = g.getImageData(at.x, at.y, at.width, at.height);
    s.layer.rev = ++this.rev;
    this.push({ kind: "pixels", layer: s.layer.id, at, before, after });
    return true;
  }

  /** Draws the picture into `g` (of the canvas's size): the background, then each shown layer, with the stroke in progress. */
  render(g: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D): void {
    g.clearRect(0, 0, this.width, this.height);
    if (this.background) g.drawImage(this.background, 0, 0);
    for (const layer of this.layers) {
      if (!layer.visible) continue;
      if (this.stroke?.layer !== layer) {
        g.drawImage(layer.canvas, 0, 0);
        continue;
      }
      // The layer with the stroke laid on it, in a scratch canvas: an eraser's stroke must not erase the background.
      if (!this.scratch || this.scratch.width !== this.width || this.scratch.height !== this.height) this.scratch = new OffscreenCanvas(this.width, this.height);
      const s = context(this.scratch);
      s.globalCompositeOperation = "copy";
      s.drawImage(layer.canvas, 0, 0);
      lay(s, this.stroke);
      g.drawImage(this.scratch, 0, 0);
    }
  }

  /** The picture as the value's composite: what `render` draws, with no stroke in progress. */
  composite(): OffscreenCanvas {
    const canvas = new OffscreenCanvas(this.width, this.height);
    this.render(context(canvas));
    return canvas;
  }

  // ---- whole-picture changes ------------------------------------------------

  /**
   * A new background. On a free canvas the canvas takes the image's size
   * (the layers scaled with it); on a fixed one the image is fitted and
   * centred, as Gradio's `fixedCanvas`. `reset` starts a new history.
   */
  setBackground(image: CanvasImageSource & { width: number; height: number }, fixed: boolean): void {
    this.whole(() => {
      const [w, h] = fixed ? [this.width, this.height] : [image.width, image.height];
      const bg = new OffscreenCanvas(w, h);
      const g = context(bg);
      if (fixed) {
        const k = Math.min(w / image.width, h / image.height);
        const [dw, dh] = [image.width * k, image.height * k];
        g.drawImage(image, (w - dw) / 2, (h - dh) / 2, dw, dh);
      } else {
        g.drawImage(image, 0, 0);
      }
      this.resizeLayers(w, h, (from, to) => context(to).drawImage(from, 0, 0, w, h));
      this.background = bg;
      this.backgroundRev = ++this.rev;
    });
  }

  /** Keeps the rectangle `r` (in the canvas's pixels) of the background and every layer. */
  crop(r: Rect): void {
    const x = Math.max(0, Math.round(r.x));
    const y = Math.max(0, Math.round(r.y));
    const width = Math.min(this.width - x, Math.round(r.width));
    const height = Math.min(this.height - y, Math.round(r.height));
    if (width < 1 || height < 1) return;
    this.whole(() => {
      const cut = (from: OffscreenCanvas, to: OffscreenCanvas) => context(to).drawImage(from, -x, -y);
      if (this.background) {
        const bg = new OffscreenCanvas(width, height);
        cut(this.background, bg);
        this.background = bg;
        this.backgroundRev = ++this.rev;
      }
      this.resizeLayers(width, height, cut);
    });
  }

  /** Gradio's resize: a new canvas size, the picture scaled to it or placed at `anchor`. */
  resize(width: number, height: number, options: { scale: boolean; anchor: Anchor }): void {
    if (width < 1 || height < 1 || (width === this.width && height === this.height)) return;
    const { scale, anchor } = options;
    const dx = anchor.endsWith("left") ? 0 : anchor.endsWith("right") ? width - this.width : (width - this.width) / 2;
    const dy = anchor.startsWith("top") ? 0 : anchor.startsWith("bottom") ? height - this.height : (height - this.height) / 2;
    const place = (from: OffscreenCanvas, to: OffscreenCanvas) => (scale ? context(to).drawImage(from, 0, 0, width, height) : context(to).drawImage(from, Math.round(dx), Math.round(dy)));
    this.whole(() => {
      if (this.background) {
        const bg = new OffscreenCanvas(width, height);
        place(this.background, bg);
        this.background = bg;
        this.backgroundRev = ++this.rev;
      }
      this.resizeLayers(width, height, place);
    });
  }

  addLayer(): void {
    const layer = this.newLayer(`Layer ${this.layers.length + 1}`);
    const step = { kind: "layer", layer, index: this.layers.length, added: true, active: this.active } as const;
    this.apply(step, "after");
    this.push(step);
  }

  removeLayer(id: string): void {
    const index = this.layers.findIndex((l) => l.id === id);
    if (this.layers.length < 2 || index < 0) return;
    const step = { kind: "layer", layer: this.layers[index]!, index, added: false, active: this.active } as const;
    this.apply(step, "after");
    this.push(step);
  }

  toggleLayer(id: string): void {
    const step = { kind: "toggle", layer: id } as const;
    this.apply(step, "after");
    this.push(step);
  }

  select(id: string): void {
    if (this.layers.some((l) => l.id === id)) this.active = id;
    this.changed();
  }

  /** Everything as it was when the editor opened: no background, the starting layers, blank, no history. */
  reset(width: number, height: number, names: readonly string[]): void {
    this.width = width;
    this.height = height;
    this.background = null;
    this.backgroundRev = ++this.rev;
    this.layers = (names.length ? names : ["Layer 1"]).map((n) => this.newLayer(n));
    this.active = this.layers.at(-1)!.id;
    this.undos = [];
    this.redos = [];
    this.stroke = null;
    this.given = false;
    this.changed();
  }

  /** Loads a value's images (from the app): a background, layers drawn from images; a new history. */
  load(background: ImageBitmap | null, layers: ImageBitmap[], names: readonly string[], canvas: readonly [number, number], fixed: boolean): void {
    const [w, h] = background && !fixed ? [background.width, background.height] : canvas;
    this.reset(w, h, layers.length ? layers.map((_, i) => names[i] ?? `Layer ${i + 1}`) : names);
    if (background) {
      this.setBackground(background, fixed);
      this.undos = [];
    }
    layers.forEach((image, i) => context(this.layers[i]!.canvas).drawImage(image, 0, 0, this.width, this.height));
    this.given = layers.length > 0;
    this.changed();
  }

  // ---- history --------------------------------------------------------------

  undo(): boolean {
    const step = this.undos.pop();
    if (!step) return false;
    this.apply(step, "before");
    this.redos.push(step);
    this.changed();
    return true;
  }

  redo(): boolean {
    const step = this.redos.pop();
    if (!step) return false;
    this.apply(step, "after");
    this.undos.push(step);
    this.changed();
    return true;
  }

  private apply(step: Step, side: "before" | "after"): void {
    if (step.kind === "whole") return this.restore(step[side]);
    if (step.kind === "layer") {
      // Adding is removing undone: the layer is in the picture after an add, before a remove.
      if ((side === "after") === step.added) {
        this.layers.splice(step.index, 0, step.layer);
        step.layer.rev = ++this.rev;
        this.active = step.added ? step.layer.id : step.active;
      } else {
        this.layers = this.layers.filter((l) => l.id !== step.layer.id);
        this.active = step.added || step.active !== step.layer.id ? step.active : this.layers[Math.max(0, step.index - 1)]!.id;
      }
      return;
    }
    const layer = this.layers.find((l) => l.id === step.layer);
    if (step.kind === "toggle") {
      if (layer) layer.visible = !layer.visible;
      return;
    }
    if (!layer) return;
    context(layer.canvas).putImageData(step[side], step.at.x, step.at.y);
    layer.rev = ++this.rev;
  }

  private push(step: Step): void {
    this.undos.push(step);
    if (this.undos.length > HISTORY) {
      this.undos.shift();
      this.given = true;
    }
    this.redos = [];
    this.changed();
  }

  /** Runs a change of the whole picture as one undoable step. */
  private whole(change: () => void): void {
    const before = this.snapshot();
    change();
    this.push({ kind: "whole", before, after: this.snapshot() });
  }

  private snapshot(): Snapshot {
    return {
      width: this.width,
      height: this.height,
      background: this.background,
      backgroundRev: this.backgroundRev,
      active: this.active,
      layers: this.layers.map((l) => ({ id: l.id, name: l.name, visible: l.visible, pixels: context(l.canvas).getImageData(0, 0, this.width, this.height) })),
    };
  }

  private restore(s: Snapshot): void {
    this.width = s.width;
    this.height = s.height;
    this.background = s.background;
    this.backgroundRev = s.backgroundRev;
    this.active = s.active;
    this.layers = s.layers.map((l) => {
      const canvas = new OffscreenCanvas(s.width, s.height);
      context(canvas).putImageData(l.pixels, 0, 0);
      return { id: l.id, name: l.name, visible: l.visible, canvas, rev: ++this.rev };
    });
  }

  /** Every layer on a canvas of a new size, its pixels moved by `move`. */
  private resizeLayers(width: number, height: number, move: (from: OffscreenCanvas, to: OffscreenCanvas) => void): void {
    if (width === this.width && height === this.height) return;
    for (const layer of this.layers) {
      const canvas = new OffscreenCanvas(width, height);
      move(layer.canvas, canvas);
      layer.canvas = canvas;
      layer.rev = ++this.rev;
    }
    this.width = width;
    this.height = height;
  }
}

/** Lays a stroke onto a layer's pixels: painted with its colour's opacity, or erased. */
function lay(g: OffscreenCanvasRenderingContext2D, s: Stroke): void {
  g.save();
  g.globalAlpha = s.erase ? 1 : s.alpha;
  g.globalCompositeOperation = s.erase ? "destination-out" : "source-over";
  g.drawImage(s.canvas, 0, 0);
  g.restore();
}
