// The first paint of a built page: each app's code runs at build time, in a
// Node worker thread (the runtime's dist/prerender/thread.mjs, from
// prerender/), and its first view goes into the page as HTML, with the CSS
// it needs in the head. The visitor sees the app before any script runs; the
// app renders over it when its worker answers (ui/element.ts, ui/boot.ts).
// An app that cannot be prerendered (it fetches at load, reads files, throws)
// is left as it was and named in the build's notes: it still runs.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/** An app's code and first view may take this long at build time (about 1.5 s each on a quiet 2-core machine, 7 s on a loaded one: jsdom loads per app); after it, the app is left to render in the browser. */
const TIMEOUT_MS = 60_000;

/** Runs one app's code and renders its first view: `{ ok, html, css, theme }` or `{ ok: false, message }`. */
export function prerenderApp(runtime, request) {
  const thread = join(runtime, "prerender", "thread.mjs");
  if (!existsSync(thread)) return Promise.resolve({ ok: false, message: `this runtime build has no prerenderer (${thread})` });
  return new Promise((resolve) => {
    const worker = new Worker(pathToFileURL(thread), { workerData: request, stdout: true, stderr: true });
    const done = (result) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => done({ ok: false, message: `its code did not finish building the app within ${TIMEOUT_MS / 1000} s` }), TIMEOUT_MS);
    worker.once("message", done);
    worker.once("error", (error) => done({ ok: false, message: error instanceof Error ? error.message : String(error) }));
    worker.once("exit", () => done({ ok: false, message: "its build-time run ended without an answer" }));
  });
}

/** The code of an inline app, as the element reads it (ui/element.ts): a `<script type="text/gradio">`, a `<gradio-code>`, or bare text. */
export function inlineCode(body) {
  const withoutFiles = body.replace(/<gradio-file\b[^>]*>[\s\S]*?<\/gradio-file>/gi, "");
  const raw = /<script\b[^>]*\btype=["'](?:text\/)?gradio["'][^>]*>([\s\S]*?)<\/script>/i.exec(withoutFiles) ?? /<gradio-code\b[^>]*>([\s\S]*?)<\/gradio-code>/i.exec(withoutFiles);
  if (raw) return { code: raw[1], wrapped: true };
  return { code: decodeEntities(withoutFiles), wrapped: false };
}

/** The indentation every line shares, stripped, as the element does before it runs the code (ui/element.ts's dedent). */
export function dedent(text) {
  const lines = text.replace(/^\s*\n/, "").replace(/\s+$/, "").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n");
}

/**
 * The element with its first view: bare code moves into a
 * `<script type="text/gradio">` (text a visitor must not see before the
 * script runs), and the view follows as the app's container.
 */
export function withFirstView(attributes, body, { html, theme }) {
  const files = [...body.matchAll(/<gradio-file\b[^>]*>[\s\S]*?<\/gradio-file>/gi)].map((m) => m[0]).join("");
  const { code, wrapped } = inlineCode(body);
  const source = wrapped ? body.replace(/<gradio-file\b[^>]*>[\s\S]*?<\/gradio-file>/gi, "") : code.trim() ? `<script type="text/gradio">${code.replace(/<\/(script)/gi, "<\\/$1")}</script>` : "";
  const themeAttribute = theme ? ` data-theme="${theme}"` : "";
  return `<gradio-lite${attributes}>${source}${files}<div class="gradio-container" data-prerendered=""${themeAttribute}>${html}</div></gradio-lite>`;
}

/** The CSS the first views need, first in the head (the page's own rules still win), and what hides the code and files meanwhile. */
export function withFirstViewStyles(page, css) {
  // A page hides an app's box until the runtime reads its code (ui/styles.css, and pages' own copies of the rule):
  // a prerendered one shows at once, at its own height.
  const shown = "gradio-lite:has(>[data-prerendered]){display:block;visibility:visible;height:auto;overflow:visible}gradio-file,gradio-lite>script{display:none}";
  const style = `<style data-gradio-lite-prerender>${css.replace(/<\/style/gi, "<\\/style")}\n${shown}</style>`;
  return /<head\b[^>]*>/i.test(page) ? page.replace(/<head\b[^>]*>/i, (head) => `${head}${style}`) : style + page;
}

const NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Character references in bare-text code, as the HTML parser decodes them before the element reads its text. */
function decodeEntities(text) {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (NAMED[name.toLowerCase()] ?? whole),
  );
}
