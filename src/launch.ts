// How a launched app reaches the engine. The `<gradio-lite>` worker installs
// a host before it runs app code; in npm mode (app code is the worker's own
// module) there is none, so launch() serves the app from this worker itself.

import type { Blocks } from "./blocks.ts";
import { optionNames } from "./component.ts";
import { checkOptions, refuseServerOptions, SERVER_ONLY_OPTIONS } from "./options-check.ts";
import { serveApp } from "../worker/serve.ts";

export interface LaunchOptions {
  title?: string;
  css?: string | null;
  showError?: boolean;
  maxFileSize?: string | number | null;
  /** A gr.themes theme (or its name). */
  theme?: import("./themes.ts").Theme | string | null;
  /** The author's function (or its source: a function expression or plain statements), run on the page once the app has rendered. */
  js?: string | ((...args: never[]) => unknown) | null;
  /** The author's HTML for the page's <head> (meta tags, scripts, styles). */
  head?: string | null;
  /** Translations for `i18n("key")` texts (gr.I18n). */
  i18n?: import("./i18n.ts").I18n;
  /**
   * Images that Markdown and HTML values point at on other sites: loaded
   * (true, the default, as Gradio does) or shown as their alt text (false),
   * so showing a value tells no other site that this page was opened.
   */
  remoteImages?: boolean;
  /**
   * An installable Progressive Web App: a manifest, icons and a service
   * worker, so after one online visit the page loads and runs offline
   * (docs/deploy.md). The service worker file must be served beside the page.
   */
  pwa?: boolean;
  /** The page's icon (and the PWA's): a URL, relative to the app's code. A generated one otherwise. */
  favicon?: string | null;
  /** Gradio's name for `favicon`. */
  faviconPath?: string | null;
}
const LAUNCH_OPTIONS = optionNames<LaunchOptions>()("title", "css", "showError", "maxFileSize", "theme", "js", "head", "i18n", "remoteImages", "pwa", "favicon", "faviconPath");

type Host = (app: Blocks, options: LaunchOptions) => void;

let host: Host | null = null;

export function setLaunchHost(next: Host | null): void {
  host = next;
}

export function launchApp(app: Blocks, options: LaunchOptions): void {
  refuseServerOptions("launch()", options);
  checkOptions("launch()", options, LAUNCH_OPTIONS, SERVER_ONLY_OPTIONS);
  if (host) return host(app, options);
  const inWorker = typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== "undefined";
  // Synchronously: the page's first message may arrive right after this
  // module finishes evaluating, and must find a listener.
  if (inWorker) serveApp(app, options);
}
