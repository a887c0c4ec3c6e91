// A numeric `color`'s gradient over the theme's primary shades (Gradio's
// --primary-100…900, interpolated). Part of kinds.ts: loaded only for plots
// coloured by a number or a date.

type RGB = [number, number, number];

/** "#f97316", "#abc", "rgb(1, 2, 3)" → [r, g, b]; null for anything else. */
export function parseColor(text: string): RGB | null {
  const t = text.trim();
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(t);
  if (m) {
    const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }
  m = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(t);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

const hex = (c: RGB) => `#${c.map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, "0")).join("")}`;
const mix = (a: RGB, b: RGB, t: number): RGB => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/**
 * A colour along the gradient of `primary`, `t` in 0…1: from a pale tint
 * (Gradio's --primary-100) through the colour itself to a deep shade (--primary-900).
 */
export function gradientColor(primary: string, t: number): string {
  const base = parseColor(primary) ?? [249, 115, 22];
  const light = mix(base, [255, 255, 255], 0.8);
  const dark = mix(base, [0, 0, 0], 0.6);
  const u = Math.max(0, Math.min(1, t));
  return hex(u < 0.5 ? mix(light, base, u * 2) : mix(base, dark, (u - 0.5) * 2));
}

/** A CSS linear-gradient for a numeric colour's legend. */
export function gradientCss(primary: string): string {
  return `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((t) => gradientColor(primary, t)).join(", ")})`;
}
