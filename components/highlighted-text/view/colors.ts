// Gradio's category colours (@gradio/theme's ordered_colors: Tailwind's 600
// as the label chip, 100 as the span's background) and its score colours.
// Where white on a 600 is below WCAG AA at the chip's small bold size
// (green, teal, orange, cyan, pink) the chip takes the 700.

export interface ColorPair {
  primary: string;
  secondary: string;
  /** The chip's text colour: black on a light primary (yellow, lime), else white. */
  chipText: string;
}

const PALETTE: ColorPair[] = [
  { primary: "#dc2626", secondary: "#fee2e2", chipText: "#fff" }, // red
  { primary: "#15803d", secondary: "#dcfce7", chipText: "#fff" }, // green
  { primary: "#2563eb", secondary: "#dbeafe", chipText: "#fff" }, // blue
  { primary: "#eab308", secondary: "#fef9c3", chipText: "#000" }, // yellow
  { primary: "#9333ea", secondary: "#f3e8ff", chipText: "#fff" }, // purple
  { primary: "#0f766e", secondary: "#ccfbf1", chipText: "#fff" }, // teal
  { primary: "#c2410c", secondary: "#ffedd5", chipText: "#fff" }, // orange
  { primary: "#0e7490", secondary: "#cffafe", chipText: "#fff" }, // cyan
  { primary: "#84cc16", secondary: "#ecfccb", chipText: "#000" }, // lime
  { primary: "#be185d", secondary: "#fce7f3", chipText: "#fff" }, // pink
];
const NAMED = ["red", "green", "blue", "yellow", "purple", "teal", "orange", "cyan", "lime", "pink"];

/**
 * A colorMap entry: a palette name gets Gradio's pair; any other CSS colour
 * is the chip, and mixed half with white behind the text (Gradio mixes it
 * with transparency, which leaves black text unreadable on a dark page).
 */
function pairOf(color: string): ColorPair {
  const named = NAMED.indexOf(color.trim().toLowerCase());
  if (named >= 0) return PALETTE[named]!;
  return { primary: color, secondary: `color-mix(in srgb, ${color} 50%, #fff)`, chipText: luminance(color) > 0.179 ? "#000" : "#fff" };
}

let probe: CanvasRenderingContext2D | null = null;

/** The relative luminance of any CSS colour, read back from a 1-pixel canvas (as Gradio resolves names). */
export function luminance(color: string): number {
  probe ??= document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  if (!probe) return 0;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = "#000";
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = [...probe.getImageData(0, 0, 1, 1).data].map((c) => {
    const x = c / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Each category's colours: the app's colorMap first, then the palette in order of first appearance. */
export function categoryColors(labels: Iterable<string>, colorMap: Record<string, string>): Map<string, ColorPair> {
  const map = new Map<string, ColorPair>();
  for (const [k, c] of Object.entries(colorMap)) map.set(k, pairOf(c));
  for (const label of labels) if (!map.has(label)) map.set(label, PALETTE[map.size % PALETTE.length]!);
  return map;
}

/**
 * Gradio's score colour: red for a positive score, purple-blue for a
 * negative one, as strong as the score; capped at 0.75 opaque so the page's
 * text stays readable on it in light and dark (WCAG AA).
 */
export function scoreColor(score: number): string {
  const a = Math.min(0.75, Math.abs(score));
  return score < 0 ? `rgba(128, 90, 213, ${a})` : `rgba(239, 68, 60, ${a})`;
}
