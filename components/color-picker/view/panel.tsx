// The picker that opens below a ColorPicker's swatch, as Gradio 5's: a
// saturation × brightness area (an ARIA slider: arrows move it, Shift by
// tens), a hue range, and the colour as text in Gradio's Hex / RGB / HSL
// modes, with the eyedropper where the browser has one.

import { useRef, useState } from "preact/hooks";
import { formatColor, hexToHsv, hsvToHex, parseColor, type ColorMode, type Hsv } from "./hsv.ts";

const MODES: Array<[string, ColorMode]> = [
  ["Hex", "hex"],
  ["RGB", "rgb"],
  ["HSL", "hsl"],
];
const clamp = (x: number) => Math.min(1, Math.max(0, x));

interface PanelProps {
  value: string;
  /** A new colour picked ("#rrggbb"). */
  onPick: (hex: string) => void;
  /** A drag, key press or hue move ended. */
  onRelease: () => void;
  /** Enter in the text box, with a colour in it. */
  onSubmit: () => void;
}

export function PickerPanel({ value, onPick, onRelease, onSubmit }: PanelProps) {
  // The hue survives a grey (whose hex has none) while the user moves the area.
  const [hsv, setHsv] = useState<{ of: string; hsv: Hsv }>({ of: value, hsv: hexToHsv(value) });
  const current = hsv.of === value ? hsv.hsv : hexToHsv(value);
  const [mode, setMode] = useState<ColorMode>("hex");
  const [text, setText] = useState<{ of: string; text: string } | null>(null);
  const shownText = text && text.of === value ? text.text : formatColor(value, mode);
  const area = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  const set = (next: Hsv) => {
    const hex = hsvToHex(next);
    setHsv({ of: hex, hsv: next });
    if (hex !== value) onPick(hex);
  };
  const fromPointer = (e: PointerEvent) => {
    const r = area.current!.getBoundingClientRect();
    set({ h: current.h, s: clamp((e.clientX - r.left) / r.width), v: 1 - clamp((e.clientY - r.top) / r.height) });
  };
  const commit = (next: string) => {
    setText(null);
    if (next !== value) onPick(next);
  };
  const commitText = (raw: string) => {
    const next = parseColor(raw);
    if (next) commit(next);
    return next !== null;
  };
  const textValid = parseColor(shownText) !== null;
  const eyeDropper = (globalThis as { EyeDropper?: new () => { open(): Promise<{ sRGBHex: string }> } }).EyeDropper;

  return (
    <div class="gr-colorpicker-panel" role="group" aria-label="Colour picker">
      <div
        ref={area}
        class="gr-colorpicker-area"
        style={{ "--hue": String(current.h) }}
        role="slider"
        tabIndex={0}
        aria-label="Saturation and brightness"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(current.s * 100)}
        aria-valuetext={`saturation ${Math.round(current.s * 100)}%, brightness ${Math.round(current.v * 100)}%`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          e.currentTarget.focus();
          dragging.current = true;
          fromPointer(e);
        }}
        onPointerMove={(e) => dragging.current && fromPointer(e)}
        onPointerUp={() => {
          if (!dragging.current) return;
          dragging.current = false;
          onRelease();
        }}
        onKeyDown={(e) => {
          const step = e.shiftKey ? 0.1 : 0.01;
          const d: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
          const move = d[e.key];
          if (!move) return;
          e.preventDefault();
          set({ h: current.h, s: clamp(current.s + move[0]), v: clamp(current.v + move[1]) });
        }}
        onKeyUp={(e) => e.key.startsWith("Arrow") && onRelease()}
      >
        <span class="gr-colorpicker-marker" style={{ left: `${current.s * 100}%`, top: `${(1 - current.v) * 100}%`, background: value }} />
      </div>
      <input
        class="gr-colorpicker-hue"
        type="range"
        min={0}
        max={359}
        value={Math.round(current.h)}
        aria-label="Hue"
        onInput={(e) => set({ ...current, h: Number(e.currentTarget.value) })}
        onChange={() => onRelease()}
      />
      <div class="gr-colorpicker-text">
        <span class="gr-colorpicker-chip" style={{ background: value }} aria-hidden="true" />
        <div class="gr-colorpicker-fields">
          <div class="gr-colorpicker-row">
            <input
              class="gr-input"
              type="text"
              spellcheck={false}
              autoComplete="off"
              aria-label={`${MODES.find(([, m]) => m === mode)![0]} colour`}
              aria-invalid={textValid ? undefined : "true"}
              value={shownText}
              onInput={(e) => setText({ of: value, text: e.currentTarget.value })}
              onBlur={(e) => commitText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key !== "Enter" || e.isComposing) return;
                e.preventDefault();
                if (commitText(e.currentTarget.value)) onSubmit();
              }}
            />
            {eyeDropper && (
              <button
                type="button"
                class="gr-colorpicker-eyedropper"
                aria-label="Pick a colour from the screen"
                onClick={() => {
                  new eyeDropper().open().then(
                    (r) => commit(parseColor(r.sRGBHex) ?? value),
                    () => undefined,
                  );
                }}
              >
                <svg viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
                  <path d="m2 22 1-1h3l9-9M3 21v-3l9-9m3 0 3.4-3.4a2.1 2.1 0 1 1 3 3L18 12l.4.4a2.1 2.1 0 1 1-3 3l-3.8-3.8a2.1 2.1 0 1 1 3-3z" />
                </svg>
              </button>
            )}
          </div>
          <div class="gr-colorpicker-modes" role="group" aria-label="Colour format">
            {MODES.map(([label, m]) => (
              <button type="button" key={m} class="gr-colorpicker-mode" aria-pressed={mode === m} onClick={() => (setText(null), setMode(m))}>
                {label}
              </button>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
