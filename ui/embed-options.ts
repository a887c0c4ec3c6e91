// The embed attributes of <gradio-lite>, read as Gradio's <gradio-app> and
// @gradio/lite read theirs. Users copy from both, so each attribute has two
// spellings (Gradio's `initial_height`, @gradio/lite's `initial-height`) and
// two value styles (Gradio's "true"/"false" strings, @gradio/lite's bare
// presence). A value neither understands gets one console warning and the
// default, so a typo never stops the app.

export type ThemeMode = "light" | "dark" | "system";

export interface EmbedOptions {
  /** Space held for the app while it loads (Gradio: 300px), so the page does not jump. */
  initialHeight: string;
  /** Start the worker at once, not when the app nears the viewport. */
  eager: boolean;
  /** true: Gradio's embed frame (border, rounded); false: no frame and no padding; null: the app's usual padded box. */
  container: boolean | null;
  /** The footer line under the app ("Use via API · Runs in your browser…"); Gradio shows it by default. */
  info: boolean;
  /** Scroll to a listener's outputs when its run ends (listeners with `scrollToOutput`). */
  autoScroll: boolean;
  /** The app's title (translated) becomes the page's `document.title`. */
  controlPageTitle: boolean;
  theme: ThemeMode;
}

/** Each option's spellings: @gradio/lite's first, then Gradio's. */
const NAMES = {
  initialHeight: ["initial-height", "initial_height"],
  eager: ["eager"],
  container: ["container"],
  info: ["info"],
  autoScroll: ["auto-scroll", "autoscroll"],
  controlPageTitle: ["control-page-title", "control_page_title"],
  theme: ["theme", "theme_mode"],
} as const satisfies Record<keyof EmbedOptions, readonly string[]>;

/** Gradio's default (ui/embed.ts's holdHeight has it too: this module loads only for an element with attributes). */
const DEFAULT_INITIAL_HEIGHT = "300px";

export type Warn = (message: string) => void;

const consoleWarn: Warn = (message) => console.warn(`[gradio-lite] ${message}`);

/** Reads `el`'s embed attributes; each bad one is warned about once, through `warn`. */
export function readEmbedOptions(el: Element, warn: Warn = consoleWarn): EmbedOptions {
  const read = (key: keyof typeof NAMES): { name: string; value: string } | null => {
    const given = NAMES[key].filter((n) => el.hasAttribute(n));
    if (given.length > 1 && el.getAttribute(given[0]) !== el.getAttribute(given[1])) {
      warn(`<gradio-lite> has both ${given[0]} and ${given[1]}, with different values: using ${given[0]}="${el.getAttribute(given[0])}".`);
    }
    return given.length ? { name: given[0], value: el.getAttribute(given[0])!.trim() } : null;
  };
  const flag = (key: "eager" | "info" | "autoScroll" | "controlPageTitle" | "container", fallback: boolean | null): boolean | null => {
    const attr = read(key);
    if (!attr) return fallback;
    const value = attr.value.toLowerCase();
    // A bare attribute (`eager`, or `eager="eager"` as HTML serializes it) means true.
    if (value === "" || value === "true" || value === attr.name) return true;
    if (value === "false") return false;
    warn(`<gradio-lite ${attr.name}="${attr.value}">: expected "true" or "false" (or the bare attribute); using ${describe(fallback)}.`);
    return fallback;
  };
  return {
    initialHeight: initialHeight(read("initialHeight"), warn),
    eager: flag("eager", false)!,
    container: flag("container", null),
    info: flag("info", true)!,
    autoScroll: flag("autoScroll", false)!,
    controlPageTitle: flag("controlPageTitle", false)!,
    theme: theme(read("theme"), warn),
  };
}

function describe(fallback: boolean | null): string {
  return fallback === null ? "the default" : String(fallback);
}

function initialHeight(attr: { name: string; value: string } | null, warn: Warn): string {
  if (!attr) return DEFAULT_INITIAL_HEIGHT;
  if (isLength(attr.value)) return attr.value;
  warn(`<gradio-lite ${attr.name}="${attr.value}">: expected a CSS length such as "400px" or "50vh"; using ${DEFAULT_INITIAL_HEIGHT}.`);
  return DEFAULT_INITIAL_HEIGHT;
}

/** A length `min-height` takes (not a keyword: "auto" would reserve nothing, "inherit" anything). */
function isLength(value: string): boolean {
  if (!/^([\d.]|(calc|min|max|clamp)\()/.test(value)) return false;
  return typeof CSS === "undefined" ? /^\d+(\.\d+)?(px|em|rem|vh|svh|dvh|lvh|%)$/.test(value) : CSS.supports("min-height", value);
}

function theme(attr: { name: string; value: string } | null, warn: Warn): ThemeMode {
  if (!attr) return "system";
  const value = attr.value.toLowerCase();
  if (value === "light" || value === "dark" || value === "system") return value;
  warn(`<gradio-lite ${attr.name}="${attr.value}">: expected "light", "dark" or "system"; using "system" (the visitor's setting).`);
  return "system";
}
