// The build command's prerenderer (bin/build-site.mjs): runs one app's code
// in Node, as its worker would, and renders its first view to HTML, so a
// built page shows the app before any script runs. The page's own boot then
// renders over that HTML (ui/boot.ts), reusing its nodes.
//
// Built alone into dist/prerender/ (scripts/build.mjs) and run in a Node
// worker thread per app (./thread.ts): app code sets globals and may leave
// timers behind, and a thread is ended whatever the app does.

import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { createEngine } from "../worker/engine.ts";
import { runAppCode } from "../worker/app-code.ts";
import { setModuleUrl } from "../worker/run-module.ts";
import type { ApiInfo, PageInfo } from "../worker/protocol.ts";
import { AppView } from "../ui/app.tsx";
import { loadRenderer } from "../ui/rich/use-rich.ts";
import { preloadViews } from "../ui/block-view.tsx";
import { AppSession } from "../ui/session.ts";
import { collectedStyles, injectStyles } from "../ui/styles.ts";

export interface PrerenderRequest {
  code: string;
  /** A file: URL: the app's `src`, else the page; its relative imports resolve against it. */
  baseUrl: string;
  appKey: string;
}

export type PrerenderResult =
  | { ok: true; html: string; /** Named stylesheets, in order (one name, one sheet, shared by a page's apps). */ styles: Array<[string, string]>; /** The container's data-theme. */ theme?: string }
  | { ok: false; message: string };

export async function renderApp({ code, baseUrl, appKey }: PrerenderRequest): Promise<PrerenderResult> {
  // Node imports data: URLs, not blob: ones; the app's relative imports are already absolute (worker/run-module.ts).
  setModuleUrl((source) => `data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
  const engine = createEngine({ runCode: runAppCode });
  const channel = new MessageChannel();
  const page: PageInfo = { url: baseUrl, query: {}, baseUrl, appKey, languages: ["en"] };
  const loaded = await engine.load(code, page, channel.port2, []);
  if (!loaded.ok) return { ok: false, message: loaded.error.message };
  const config = loaded.value;
  injectStyles();
  await loadSanitizer();
  await preloadViews(config.components);
  const session = new AppSession(config, channel.port1);
  const viewApi = () => Promise.resolve<ApiInfo>({ endpoints: [] });
  const html = renderToString(h(AppView, { session, viewApi }));
  channel.port1.close();
  if (!config.theme) return { ok: true, html, styles: collectedStyles() };
  const theme = (await import("../ui/page-extras.ts")).themeStyle(config.theme);
  return { ok: true, html, styles: [...collectedStyles(), [`theme-${theme.key}`, theme.css]], theme: theme.key };
}

/**
 * Markdown and HTML values are sanitized by DOMPurify here as on the page
 * (ui/rich/sanitize.ts). Node has no DOM, and DOMPurify without one returns
 * its input as it was: jsdom gives it one, seen only while DOMPurify loads
 * (it keeps the window it was made with). Build time only, never on a page.
 */
async function loadSanitizer(): Promise<void> {
  const { JSDOM } = await import("jsdom");
  const scope = globalThis as { window?: unknown };
  scope.window = new JSDOM("<!doctype html><html><head></head><body></body></html>").window;
  try {
    await loadRenderer();
  } finally {
    delete scope.window;
  }
  const { sanitizeHtml } = await import("../ui/rich/sanitize.ts");
  if (sanitizeHtml("<img src=x onerror=alert(1)>").includes("onerror")) throw new Error("the HTML sanitizer has no DOM to work with: nothing is prerendered");
}
