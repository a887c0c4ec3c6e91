// A Vega config from the app's theme: its text, border and font variables,
// read where the chart is drawn, so a chart follows light, dark and gr.themes.

/** The parts of a Vega config this sets (Vega's own Config type is far wider). */
export interface ThemeConfig {
  background: string;
  font: string;
  axis: Record<string, string | number>;
  legend: Record<string, string | number>;
  title: Record<string, string | number>;
  header: Record<string, string | number>;
  view: Record<string, string | number>;
  mark: Record<string, string>;
  range: { category: string[] };
}

// Gradio's default chart palette, starting from its orange.
const CATEGORY = ["#f97316", "#3b82f6", "#22c55e", "#a855f7", "#ef4444", "#14b8a6", "#eab308", "#ec4899", "#6366f1", "#84cc16"];

export function themeConfig(read: (name: string) => string): ThemeConfig {
  const text = read("--gr-text") || "#1f2937";
  const muted = read("--gr-text-muted") || "#4b5563";
  const border = read("--gr-border") || "#e5e7eb";
  const font = read("--gr-font") || "sans-serif";
  const labels = { labelColor: muted, titleColor: text, labelFont: font, titleFont: font, labelFontSize: 12, titleFontSize: 13 };
  return {
    background: "transparent",
    font,
    axis: { ...labels, gridColor: border, domainColor: border, tickColor: border },
    legend: labels,
    title: { color: text, font, fontSize: 15 },
    header: labels,
    view: { stroke: border },
    mark: { color: CATEGORY[0]! },
    range: { category: CATEGORY },
  };
}
