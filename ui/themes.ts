// The CSS variables of gr.themes (src/themes.ts names them), light and dark.
// Loaded only by apps that set a theme.

import type { ThemeOptions } from "../src/themes.ts";

export interface ThemeVars {
  name: string;
  light: Record<string, string>;
  dark: Record<string, string>;
}

/** Tailwind-like hues: [500 (accents), 700 (buttons, 5:1+ with white), 100 (soft), 900 (soft in dark)]. */
const HUES: Record<string, [string, string, string, string]> = {
  orange: ["#f97316", "#c2410c", "#ffedd5", "#431407"],
  blue: ["#3b82f6", "#1d4ed8", "#dbeafe", "#172554"],
  indigo: ["#6366f1", "#4338ca", "#e0e7ff", "#1e1b4b"],
  green: ["#22c55e", "#15803d", "#dcfce7", "#052e16"],
  red: ["#ef4444", "#b91c1c", "#fee2e2", "#450a0a"],
  purple: ["#a855f7", "#7e22ce", "#f3e8ff", "#3b0764"],
  teal: ["#14b8a6", "#0f766e", "#ccfbf1", "#042f2e"],
  gray: ["#6b7280", "#374151", "#f3f4f6", "#1f2937"],
};

const RADII = { none: ["0px", "0px"], sm: ["4px", "3px"], md: ["8px", "6px"], lg: ["14px", "10px"] } as const;

function make(name: string, defaults: Required<ThemeOptions>, extra: Partial<ThemeVars> = {}) {
  return (options: ThemeOptions = {}): ThemeVars => {
    const hue = HUES[options.primaryHue ?? defaults.primaryHue] ?? HUES[defaults.primaryHue];
    const [radius, radiusSm] = RADII[(options.radius ?? defaults.radius) as keyof typeof RADII] ?? RADII.md;
    const accents = {
      "--gr-primary": hue[0],
      "--gr-primary-strong": hue[1],
      "--gr-primary-strong-hover": hue[1],
      "--gr-primary-hover": hue[0],
      "--gr-radius": radius,
      "--gr-radius-sm": radiusSm,
    };
    return {
      name,
      light: { ...accents, "--gr-primary-soft": hue[2], "--gr-focus": `0 0 0 3px ${hue[0]}59`, ...extra.light },
      dark: { ...accents, "--gr-primary-soft": hue[3], "--gr-focus": `0 0 0 3px ${hue[0]}80`, ...extra.dark },
    };
  };
}

const THEMES: Record<string, (options: ThemeOptions) => ThemeVars> = {
  default: make("default", { primaryHue: "orange", radius: "md" }),
  base: make("base", { primaryHue: "blue", radius: "sm" }),
  soft: make("soft", { primaryHue: "indigo", radius: "lg" }, {
    light: { "--gr-bg": "#f8fafc", "--gr-panel": "#eef2ff", "--gr-border": "#e0e7ff", "--gr-input-border": "#c7d2fe" },
    dark: { "--gr-bg": "#0f172a", "--gr-panel": "#1e1b4b", "--gr-border": "#312e81", "--gr-input-border": "#4338ca" },
  }),
  glass: make("glass", { primaryHue: "gray", radius: "md" }, {
    light: { "--gr-bg": "linear-gradient(135deg, #f5f5f4, #e7e5e4)", "--gr-block": "rgba(255, 255, 255, 0.7)", "--gr-panel": "rgba(255, 255, 255, 0.5)" },
    dark: { "--gr-block": "rgba(41, 37, 36, 0.75)", "--gr-panel": "rgba(28, 25, 23, 0.6)" },
  }),
  monochrome: make("monochrome", { primaryHue: "gray", radius: "none" }, {
    light: { "--gr-primary-strong": "#111827", "--gr-primary-strong-hover": "#000000", "--gr-primary": "#111827" },
    dark: { "--gr-primary-strong": "#e5e7eb", "--gr-primary-strong-hover": "#ffffff", "--gr-primary": "#e5e7eb", "--gr-primary-text": "#111827" },
  }),
};

export function themeVars(name: string, options: ThemeOptions): ThemeVars {
  return (THEMES[name] ?? THEMES.default)(options);
}
