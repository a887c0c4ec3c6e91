// gr.themes: Gradio's built-in themes, by name and options. The page turns
// them into CSS variables (ui/themes.ts, loaded only by apps with a theme).

export type ThemeName = "default" | "base" | "soft" | "glass" | "monochrome";

export interface ThemeOptions {
  /** The accent: orange, blue, indigo, green, red, purple, teal or gray. */
  primaryHue?: string;
  radius?: "none" | "sm" | "md" | "lg";
}

export interface Theme {
  name: ThemeName;
  options: ThemeOptions;
}

const theme = (name: ThemeName) => (options: ThemeOptions = {}): Theme => ({ name, options: { ...options } });

export const themes = {
  Default: theme("default"),
  Base: theme("base"),
  Soft: theme("soft"),
  Glass: theme("glass"),
  Monochrome: theme("monochrome"),
};
