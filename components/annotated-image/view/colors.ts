// gr.AnnotatedImage's colours, as Gradio picks them: a label's colour from
// the colorMap, else the annotation's hue, spread evenly around the wheel by
// its index (Gradio rotates a red mask's hue by `i * 360 / n` degrees).

import { luminance } from "../../highlighted-text/view/colors.ts";

/** The colour of annotation `index` of `count`. */
export function annotationColor(label: string, index: number, count: number, colorMap: Record<string, string>): string {
  return colorMap[label] ?? `hsl(${Math.round((index * 360) / Math.max(1, count))} 100% 50%)`;
}

/**
 * Text on a label tag of that colour: black or white, whichever contrasts
 * more (one of the two always reaches WCAG AA). Without a document (the
 * build's prerenderer) black, which suits Gradio's bright hues.
 */
export function tagText(color: string): string {
  if (typeof document === "undefined") return "#000";
  return luminance(color) > 0.179 ? "#000" : "#fff";
}
