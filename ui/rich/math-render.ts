// The lazy chunk behind formulas: KaTeX, its stylesheet and its fonts, which
// load from our own dist/ (no CDN), so formulas typeset offline.

import katex from "katex";
import katexCss from "katex/dist/katex.min.css?raw";
import { addStyles } from "../styles.ts";
import css from "./math.css?inline";

// KaTeX's CSS names its fonts relative to itself (url(fonts/…)). Vite's
// library build would inline every url() of an imported stylesheet as base64
// (all 60 files, woff/ttf too), so the CSS comes in raw and each woff2 comes
// in as an emitted file (`?no-inline`), fetched by the browser only for the
// glyphs a page shows. Every browser that runs ES2022 modules reads woff2.
const fonts = import.meta.glob<string>("/node_modules/katex/dist/fonts/*.woff2", {
  query: "?url&no-inline",
  import: "default",
  eager: true,
  // Vite's glob skips node_modules unless told otherwise.
  exhaustive: true,
});

/** KaTeX's stylesheet with each @font-face pointed at our woff2 alone. */
function withOwnFonts(text: string): string {
  return text.replace(/url\(fonts\/([\w-]+)\.woff2\)[^;}]*/g, (src, name: string) => {
    const url = fonts[`/node_modules/katex/dist/fonts/${name}.woff2`];
    return url ? `url("${url}") format("woff2")` : src;
  });
}

addStyles("katex", withOwnFonts(katexCss) + css);

/**
 * The HTML (and MathML, for screen readers) of one formula, or null when
 * KaTeX throws anyway. App values are data: `trust: false` refuses \href,
 * \url, \includegraphics and \html…; a formula that does not parse shows its
 * source in the error colour instead of throwing.
 */
export function renderTex(tex: string, display: boolean): string | null {
  try {
    return katex.renderToString(tex, {
      displayMode: display,
      output: "htmlAndMathml",
      throwOnError: false,
      trust: false,
      strict: "ignore",
      errorColor: "var(--gr-error)",
    });
  } catch {
    return null;
  }
}
