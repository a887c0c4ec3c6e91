// Series colours as Gradio's plots pick them: Vega's "tableau10" for
// categories (its default scheme), the theme's accent for a single series,
// `colorMap` first, and for a numeric `color` a gradient over the theme's
// primary shades (gradient.ts).

/** Vega's default categorical scheme, "tableau10". */
export const CATEGORY_COLORS = ["#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b", "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac"];

export interface SeriesColorInput {
  key: string;
  shade: number | null;
}

export interface SeriesColorOptions {
  colorMap?: Readonly<Record<string, string>> | null;
  /** The theme's primary colour: one series takes it, and a numeric colour's gradient runs through it. */
  accent: string;
  /** Whether the plot has a `color` column. */
  hasColor: boolean;
  /** A numeric colour's gradient (gradient.ts's gradientColor, in kinds.ts, loaded for such plots). */
  gradient?: ((primary: string, t: number) => string) | null;
}

/** Each series' colour: `colorMap` wins, then the gradient (numeric colour) or the category scheme; one series takes `accent`. */
export function seriesColors(series: readonly SeriesColorInput[], o: SeriesColorOptions): string[] {
  return series.map((s, i) => {
    const mapped = o.colorMap?.[s.key];
    if (mapped) return mapped;
    if (!o.hasColor) return o.accent;
    if (s.shade !== null && o.gradient) return o.gradient(o.accent, s.shade);
    return CATEGORY_COLORS[i % CATEGORY_COLORS.length]!;
  });
}
