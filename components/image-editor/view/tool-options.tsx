// What the chosen tool shows under the toolbar (Gradio's secondary
// toolbar): the brush's palette, colour picker and size; the eraser's size;
// crop's Apply and Cancel; resize's width, height, scale and anchor.

import { useState } from "preact/hooks";
import { classes } from "../../../ui/frame.tsx";
import type { Anchor } from "./document.ts";

/** A brush colour from the app: CSS text, or Gradio's [colour, opacity]. */
export type PaletteColor = string | readonly [string, number];

export interface Paint {
  color: string;
  alpha: number;
}

export const paintOf = (c: PaletteColor): Paint => (typeof c === "string" ? { color: c, alpha: 1 } : { color: c[0], alpha: c[1] });

/** A CSS colour as #rrggbb (what <input type="color"> takes): the browser parses it. */
export function toHex(color: string): string {
  // The build's prerenderer has no canvas to parse with.
  if (typeof OffscreenCanvas !== "function") return /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : "#000000";
  const g = new OffscreenCanvas(1, 1).getContext("2d")!;
  g.fillStyle = "#000000";
  g.fillStyle = color;
  const parsed = String(g.fillStyle);
  if (parsed.startsWith("#")) return parsed;
  const [r, gr, b] = (parsed.match(/\d+/g) ?? ["0", "0", "0"]).map(Number);
  return `#${[r, gr, b].map((n) => (n ?? 0).toString(16).padStart(2, "0")).join("")}`;
}

export function BrushOptions(p: { id: string; colors: readonly PaletteColor[]; fixed: boolean; paint: Paint; onPaint: (paint: Paint) => void; size: number; onSize: (size: number) => void }) {
  const hex = toHex(p.paint.color);
  return (
    <div class="gr-editor-options" role="group" aria-label="Brush">
      <div class="gr-editor-swatches" role="radiogroup" aria-label="Brush colour">
        {p.colors.map((c, i) => {
          const paint = paintOf(c);
          const on = toHex(paint.color) === hex && paint.alpha === p.paint.alpha;
          return (
            <button
              key={i}
              type="button"
              role="radio"
              aria-checked={on}
              aria-label={`Colour ${paint.color}${paint.alpha < 1 ? `, ${Math.round(paint.alpha * 100)}% opaque` : ""}`}
              class={classes("gr-editor-swatch", on && "gr-editor-swatch-on")}
              style={{ background: paint.color, opacity: Math.max(0.25, paint.alpha) }}
              onClick={() => p.onPaint(paint)}
            />
          );
        })}
        {!p.fixed && (
          <input type="color" class="gr-editor-picker" aria-label="Custom brush colour" value={hex} onInput={(e) => p.onPaint({ color: (e.target as HTMLInputElement).value, alpha: 1 })} />
        )}
      </div>
      <SizeSlider id={p.id} label="Brush size" size={p.size} onSize={p.onSize} />
    </div>
  );
}

export function SizeSlider({ id, label, size, onSize }: { id: string; label: string; size: number; onSize: (size: number) => void }) {
  return (
    <div class="gr-editor-size">
      <label for={id}>{label}</label>
      <input id={id} type="range" min={1} max={100} value={size} onInput={(e) => onSize(Number((e.target as HTMLInputElement).value))} />
      <span class="gr-editor-size-value" aria-hidden="true">
        {size}
      </span>
    </div>
  );
}

export function CropOptions({ onApply, onCancel }: { onApply: () => void; onCancel: () => void }) {
  return (
    <div class="gr-editor-options" role="group" aria-label="Crop">
      <span class="gr-editor-hint">Drag on the image to choose the area to keep.</span>
      <button type="button" class="gr-button gr-button-primary gr-button-sm" onClick={onApply}>
        Apply crop
      </button>
      <button type="button" class="gr-button gr-button-secondary gr-button-sm" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

const ANCHORS: Anchor[] = ["top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"];

export function ResizeOptions({ id, width, height, onApply }: { id: string; width: number; height: number; onApply: (w: number, h: number, o: { scale: boolean; anchor: Anchor }) => void }) {
  const [w, setW] = useState(width);
  const [h, setH] = useState(height);
  const [scale, setScale] = useState(false);
  const [anchor, setAnchor] = useState<Anchor>("center");
  const ok = Number.isInteger(w) && Number.isInteger(h) && w >= 1 && h >= 1 && w <= 8192 && h <= 8192;
  return (
    <form
      class="gr-editor-options"
      aria-label="Resize"
      onSubmit={(e) => {
        e.preventDefault();
        if (ok) onApply(w, h, { scale, anchor });
      }}
    >
      <label class="gr-editor-field">
        Width
        <input type="number" min={1} max={8192} value={w} onInput={(e) => setW(Number((e.target as HTMLInputElement).value))} />
      </label>
      <label class="gr-editor-field">
        Height
        <input type="number" min={1} max={8192} value={h} onInput={(e) => setH(Number((e.target as HTMLInputElement).value))} />
      </label>
      <label class="gr-editor-field">
        <input type="checkbox" checked={scale} onChange={(e) => setScale((e.target as HTMLInputElement).checked)} />
        Scale the image
      </label>
      {!scale && (
        <label class="gr-editor-field" for={`${id}-anchor`}>
          Anchor
          <select id={`${id}-anchor`} value={anchor} onChange={(e) => setAnchor((e.target as HTMLSelectElement).value as Anchor)}>
            {ANCHORS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" class="gr-button gr-button-primary gr-button-sm" disabled={!ok}>
        Resize
      </button>
    </form>
  );
}
