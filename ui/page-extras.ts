// What an app's author adds to the page with launch(): a theme, head HTML,
// and a js function run once the app has rendered. Author code, by design
// (DEVELOPERS.md: only the author's js, head and jsOnLoad run on the page).

import type { AppConfig } from "../worker/protocol.ts";
import { authorCode } from "./author-code.ts";
import { themeVars, type ThemeVars } from "./themes.ts";

function vars(map: Record<string, string>): string {
  return Object.entries(map)
    .filter(([k]) => /^--[\w-]+$/.test(k))
    .map(([k, v]) => `${k}:${String(v).replace(/[;{}<]/g, "")}`)
    .join(";");
}

/** The theme's CSS, scoped to containers marked with its name. */
export function themeCss(theme: ThemeVars, key: string): string {
  const at = `.gradio-container[data-theme="${key}"]`;
  return `${at}{${vars(theme.light)}}${at}.dark{${vars(theme.dark)}}@media (prefers-color-scheme: dark){${at}:not(.light){${vars(theme.dark)}}}`;
}

/** Marks the app's container with its theme and adds the theme's CSS once per page. */
/** A theme's key (the container's data-theme) and its rules: one key per theme and options, so two apps with different accents differ. */
export function themeStyle(theme: NonNullable<AppConfig["theme"]>): { key: string; css: string } {
  const key = [theme.name, theme.options.primaryHue, theme.options.radius].filter(Boolean).join("-").replace(/[^\w-]/g, "");
  return { key, css: themeCss(themeVars(theme.name, theme.options), key) };
}

export function applyTheme(container: HTMLElement, theme: NonNullable<AppConfig["theme"]>): void {
  const { key, css } = themeStyle(theme);
  container.dataset.theme = key;
  const id = `theme-${key}`;
  if (document.head.querySelector(`style[data-gradio-lite="${id}"]`)) return;
  const style = document.createElement("style");
  style.dataset.gradioLite = id;
  style.textContent = css;
  document.head.append(style);
}

/** Adds the author's head HTML; its scripts run (a parsed <script> would not). */
export function addHead(html: string): void {
  const template = document.createElement("template");
  template.innerHTML = html;
  for (const node of [...template.content.childNodes]) {
    if (node instanceof HTMLScriptElement) {
      const script = document.createElement("script");
      for (const attr of node.attributes) script.setAttribute(attr.name, attr.value);
      script.textContent = node.textContent;
      document.head.append(script);
    } else {
      document.head.append(node);
    }
  }
}

/** Runs the author's `launch({ js })` once: a function, or plain statements, as Gradio takes js=. */
export async function runLaunchJs(source: string): Promise<void> {
  await authorCode(source)();
}
