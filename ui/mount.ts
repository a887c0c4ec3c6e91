// npm mode: the app's module is the worker; `mount` renders it into an element.

import { bootApp } from "./boot.ts";
import type { Client } from "./client.ts";
import { injectStyles } from "./styles.ts";

export { registerView } from "./register-view.ts";
export type { CustomViewContext, CustomViewHandle, CustomViewFunction } from "./custom-view.tsx";
export type { Client, PredictResult, SubmitMessage, ClientMessage, Submission, StatusMessage, DataMessage, LogMessage } from "./client.ts";
export type { FlaggedDataset } from "../worker/protocol.ts";

/**
 * The running app, its client typed by the app module's type (`mount<typeof demo>`).
 * Written out here rather than derived from ui/boot.ts's own record, which
 * also holds the page's session: the package's types show app authors only this.
 */
export interface MountedApp<App = unknown> {
  /** Resolves once the app runs; rejects with why it cannot (no `launch()` in time, a load error, `stop()`). */
  client: Promise<Client<App>>;
  /** Ends the app and its worker; the client's calls reject from then on. */
  stop(): void;
}

/** A mounted app whose client is untyped. */
export type RunningApp = MountedApp;

export interface MountOptions {
  theme?: "light" | "dark";
  /** Called once the app has rendered. */
  onRender?: () => void;
  /** How long the worker's module may take to call `demo.launch()` before mount rejects (default 30 s). */
  launchTimeoutMs?: number;
}

/**
 * Renders the app that `worker` launches into `element`. `worker` is a Worker
 * or the URL of the app's module (started as a module worker).
 */
export function mount<App = unknown>(element: HTMLElement, worker: Worker | string | URL, options: MountOptions = {}): MountedApp<App> {
  injectStyles();
  // Given its URL, a worker that dies is replaced (ui/restart.ts); a Worker object cannot be made again.
  const spawn = worker instanceof Worker ? undefined : () => new Worker(worker, { type: "module" });
  const w = spawn ? spawn() : (worker as Worker);
  const host = document.createElement("div");
  host.className = "gradio-container";
  if (options.theme) host.classList.add(options.theme);
  element.replaceChildren(host);
  const app = bootApp(host, w, { configOnly: true }, () => options.onRender?.(), { respawn: spawn, launchTimeout: launchTimeout(options.launchTimeoutMs) });
  return {
    // A getter, as boot's: the client's code loads only for a page that asks for it.
    get client() {
      return app.client as Promise<Client<App>>;
    },
    stop: () => app.stop(),
  };
}

function launchTimeout(ms = 30_000): { ms: number; message: string } {
  return {
    ms,
    message: `The app's worker did not call demo.launch() within ${ms / 1000} s. mount() renders the app that the worker's module launches: end that module with demo.launch(), and check that the worker mount() was given is that module.`,
  };
}
