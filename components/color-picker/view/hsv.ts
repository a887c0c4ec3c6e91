// Hex ↔ HSV for the picker's gradient (saturation × value) and hue slider.

export interface Hsv {
  h: number;
  s: number;
  v: number;
}

export function hexToHsv(hex: string): Hsv {
  const n = /^#[0-9a-f]{6}$/i.test(hex) ? parseInt(hex.slice(1), 16) : 0;
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  let h = 0;
  if (d) h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: (h * 60 + 360) % 360, s: max ? d / max : 0, v: max };
}

export function hsvToHex({ h, s, v }: Hsv): string {
  const f = (n: number) => {
    const k = (n + h / 60) % 6;
    return v - v * s * Math.max(0, Math.min(k, 4 - k, 1));
  };
  return `#${[f(5), f(3), f(1)].map((c) => Math.round(c * 255).toString(16).padStart(2, "0")).join("")}`;
}

export type ColorMode = "hex" | "rgb" | "hsl";

const rgbOf = (hex: string): [number, number, number] => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** The colour as the picker's text box shows it in each of Gradio's modes (tinycolor's forms). */
export function formatColor(hex: string, mode: ColorMode): string {
  if (mode === "hex") return hex;
  const [r, g, b] = rgbOf(hex);
  if (mode === "rgb") return `rgb(${r}, ${g}, ${b})`;
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  const h = hexToHsv(hex).h;
  return `hsl(${Math.round(h)}, ${Math.round(s * 100)}%, ${Math.round(l * 100)}%)`;
}

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i;
const HSL = /^hsla?\(\s*(\d{1,3}(?:\.\d+)?)\s*,\s*(\d{1,3}(?:\.\d+)?)%\s*,\s*(\d{1,3}(?:\.\d+)?)%\s*(?:,\s*[\d.]+\s*)?\)$/i;

/** What the user typed, in any of the three forms, as "#rrggbb"; null when it is not a colour. */
export function parseColor(text: string): string | null {
  const t = text.trim();
  const hex = HEX.exec(t)?.[1];
  if (hex) return `#${(hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex).toLowerCase()}`;
  const rgb = RGB.exec(t);
  if (rgb) {
    const c = rgb.slice(1, 4).map(Number);
    return c.every((x) => x <= 255) ? `#${c.map((x) => x.toString(16).padStart(2, "0")).join("")}` : null;
  }
  const hsl = HSL.exec(t);
  if (hsl) {
    const [h, s, l] = [Number(hsl[1]) % 360, Number(hsl[2]) / 100, Number(hsl[3]) / 100];
    if (s > 1 || l > 1) return null;
    const v = l + s * Math.min(l, 1 - l);
    return hsvToHex({ h, s: v ? 2 * (1 - l / v) : 0, v });
  }
  return null;
}
