// The editor's canvas: it shows the document, and takes pointer (mouse, pen,
// touch: pointer events, no scrolling under a finger) and keyboard input
// for the brush, the eraser and the crop area. Keys (when it has focus):
// arrows move the cursor (the crop area), Space starts and ends a stroke
// there, [ and ] change the size, Shift+arrows resize the crop area, Enter
// applies a crop, Escape cancels; B, E, C pick brush, eraser, crop.

import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { EditorDoc } from "./document.ts";

export type Tool = "image" | "brush" | "eraser" | "crop" | "resize";

export interface CropRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SurfaceProps {
  doc: EditorDoc;
  /** Bumped on every change of the document: the canvas redraws. */
  tick: number;
  tool: Tool;
  label: string;
  paint: { color: string; alpha: number };
  radius: number;
  crop: CropRect | null;
  onCrop: (rect: CropRect) => void;
  onApplyCrop: () => void;
  onCancelCrop: () => void;
  /** A stroke was laid down. */
  onStroke: () => void;
  onSize: (delta: number) => void;
  onTool: (tool: Tool) => void;
  hintId: string;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function Surface(p: SurfaceProps) {
  const { doc } = p;
  const canvas = useRef<HTMLCanvasElement>(null);
  const [cursor, setCursor] = useState<{ x: number; y: number; keys: boolean } | null>(null);
  const drag = useRef<{ mode: "draw" | "new" | "move"; from: { x: number; y: number }; rect: CropRect | null } | null>(null);
  const [scale, setScale] = useState(1);
  const draws = p.tool === "brush" || p.tool === "eraser";

  useLayoutEffect(() => {
    const c = canvas.current!;
    if (c.width !== doc.width) c.width = doc.width;
    if (c.height !== doc.height) c.height = doc.height;
    doc.render(c.getContext("2d")!);
  }, [p.tick, doc.width, doc.height]);

  // The canvas's shown size over its pixels: the cursor's circle is drawn in screen pixels.
  useEffect(() => {
    const c = canvas.current!;
    const measure = () => setScale(c.clientWidth / (doc.width || 1));
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(c);
    return () => watch.disconnect();
  }, [doc.width]);

  const at = (e: PointerEvent) => {
    const r = canvas.current!.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * doc.width, y: ((e.clientY - r.top) / r.height) * doc.height };
  };
  const tool = () => ({ erase: p.tool === "eraser", color: p.paint.color, alpha: p.paint.alpha, radius: p.radius });
  const inside = (q: { x: number; y: number }, r: CropRect | null) => !!r && q.x >= r.x && q.x <= r.x + r.width && q.y >= r.y && q.y <= r.y + r.height;

  const down = (e: PointerEvent) => {
    if (e.button !== 0 || !(draws || p.tool === "crop")) return;
    // Strokes continue outside the canvas; a pointer the browser no longer tracks cannot be captured, and need not be.
    try {
      (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    } catch {
      /* drawn without capture */
    }
    const q = at(e);
    if (draws) {
      drag.current = { mode: "draw", from: q, rect: null };
      doc.begin(q.x, q.y, tool());
    } else {
      drag.current = { mode: inside(q, p.crop) ? "move" : "new", from: q, rect: p.crop };
    }
    e.preventDefault();
  };
  const move = (e: PointerEvent) => {
    const q = at(e);
    if (draws) setCursor({ ...q, keys: false });
    const d = drag.current;
    if (!d) return;
    if (d.mode === "draw") {
      // Pointer events coalesce fast moves: draw through each point the browser saw.
      const seen = e.getCoalescedEvents?.() ?? [];
      for (const ev of seen.length ? seen : [e]) {
        const c = at(ev);
        doc.to(c.x, c.y);
      }
    } else if (d.mode === "new") {
      const x0 = clamp(Math.min(d.from.x, q.x), 0, doc.width);
      const y0 = clamp(Math.min(d.from.y, q.y), 0, doc.height);
      p.onCrop({ x: x0, y: y0, width: clamp(Math.max(d.from.x, q.x), 0, doc.width) - x0, height: clamp(Math.max(d.from.y, q.y), 0, doc.height) - y0 });
    } else if (d.rect) {
      p.onCrop({ ...d.rect, x: clamp(d.rect.x + q.x - d.from.x, 0, doc.width - d.rect.width), y: clamp(d.rect.y + q.y - d.from.y, 0, doc.height - d.rect.height) });
    }
  };
  const up = () => {
    const d = drag.current;
    drag.current = null;
    if (d?.mode === "draw" && doc.end()) p.onStroke();
  };

  const key = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const step = e.shiftKey && p.tool !== "crop" ? 1 : 10;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (k === "b" || k === "e" || k === "c") {
      const t = k === "b" ? "brush" : k === "e" ? "eraser" : "crop";
      e.preventDefault();
      return p.onTool(t);
    }
    if (p.tool === "crop" && p.crop) {
      const r = p.crop;
      if (arrows[e.key]) {
        const [dx, dy] = arrows[e.key]!;
        e.preventDefault();
        if (e.shiftKey) return p.onCrop({ ...r, width: clamp(r.width + dx, 1, doc.width - r.x), height: clamp(r.height + dy, 1, doc.height - r.y) });
        return p.onCrop({ ...r, x: clamp(r.x + dx, 0, doc.width - r.width), y: clamp(r.y + dy, 0, doc.height - r.height) });
      }
      if (e.key === "Enter") return void (e.preventDefault(), p.onApplyCrop());
      if (e.key === "Escape") return void (e.preventDefault(), p.onCancelCrop());
      return;
    }
    if (!draws) return;
    const c = cursor?.keys ? cursor : { x: Math.round(doc.width / 2), y: Math.round(doc.height / 2), keys: true };
    if (arrows[e.key]) {
      e.preventDefault();
      const [dx, dy] = arrows[e.key]!;
      const next = { x: clamp(c.x + dx, 0, doc.width), y: clamp(c.y + dy, 0, doc.height), keys: true };
      setCursor(next);
      if (doc.drawing) doc.to(next.x, next.y);
    } else if (e.key === " " || e.key === "Enter") {
      e.preventDefault();
      setCursor(c);
      if (doc.drawing) {
        if (doc.end()) p.onStroke();
      } else if (e.key === " ") {
        doc.begin(c.x, c.y, tool());
      }
    } else if (e.key === "Escape" && doc.drawing) {
      e.preventDefault();
      if (doc.end()) p.onStroke();
    } else if (e.key === "[" || e.key === "]") {
      e.preventDefault();
      p.onSize(e.key === "]" ? 1 : -1);
    }
  };

  const crop = p.tool === "crop" ? p.crop : null;
  const pct = (v: number, of: number) => `${(v / of) * 100}%`;
  return (
    <div class="gr-editor-canvas-wrap">
      <canvas
        ref={canvas}
        class={`gr-editor-canvas gr-editor-tool-${p.tool}`}
        tabIndex={0}
        role="img"
        aria-label={`${p.label}: ${doc.width} × ${doc.height} canvas${p.tool === "image" ? "" : `, ${p.tool} tool`}`}
        aria-describedby={p.hintId}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onPointerLeave={() => !drag.current && setCursor((c) => (c?.keys ? c : null))}
        onKeyDown={key}
        onBlur={() => doc.drawing && doc.end() && p.onStroke()}
      />
      {draws && cursor && (
        <span
          class="gr-editor-cursor"
          aria-hidden="true"
          style={{ left: pct(cursor.x, doc.width), top: pct(cursor.y, doc.height), width: `${p.radius * 2 * scale}px`, height: `${p.radius * 2 * scale}px` }}
        />
      )}
      {crop && (
        <span
          class="gr-editor-crop"
          aria-hidden="true"
          style={{ left: pct(crop.x, doc.width), top: pct(crop.y, doc.height), width: pct(crop.width, doc.width), height: pct(crop.height, doc.height) }}
        />
      )}
    </div>
  );
}
