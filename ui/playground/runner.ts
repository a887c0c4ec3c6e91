// The playground's apps: the one shown, and the run that may replace it. Each
// run boots in a fresh worker into a hidden container; it takes the shown
// app's place only once it has started, so while code is being typed the app
// on screen is the last one that worked. A run that fails replaces only a
// shown app that had failed too (its error box, not a working app).

import type { AppSource, BootOptions, RunningApp, bootApp } from "../boot.ts";
import type { ErrorInfo } from "../../worker/protocol.ts";

interface Shown {
  app: RunningApp;
  host: HTMLElement;
}

export interface RunnerOptions {
  boot: typeof bootApp;
  /** Where the apps' containers go. */
  pane: HTMLElement;
  /** Classes of each app's container (its theme). */
  containerClass: string;
  source: AppSource;
  options: BootOptions;
  /** A run's app is on screen (not the first app's: the element's own `render` covers it). */
  onShown: () => void;
  /** A run (or the first app) could not start; `kept` when a working app stays on screen. */
  onFailed: (error: ErrorInfo, kept: boolean) => void;
}

export interface Runner {
  /** The app on screen. */
  readonly current: RunningApp;
  /** Starts `code` in a fresh worker; a later run supersedes one still starting. */
  run(code: string): void;
  stop(): void;
}

type Failure = { info?: ErrorInfo; message?: string };
const errorOf = (e: Failure): ErrorInfo => e.info ?? { code: "load", message: String(e.message) };

export function createRunner(first: { worker: Worker; onRendered: () => void }, o: RunnerOptions): Runner {
  const container = (hidden: boolean) => {
    const host = document.createElement("div");
    host.className = o.containerClass;
    host.hidden = hidden;
    o.pane.append(host);
    return host;
  };
  const firstHost = container(false);
  let shown: Shown = { app: o.boot(firstHost, first.worker, o.source, first.onRendered, o.options), host: firstHost };
  let shownOk = true;
  let pending: Shown | null = null;
  let stopped = false;
  shown.app.session.catch((e: Failure) => {
    shownOk = false;
    o.onFailed(errorOf(e), false);
  });

  const replaceShown = (next: Shown) => {
    const old = shown;
    shown = next;
    next.host.hidden = false;
    old.app.stop();
    old.host.remove();
  };

  return {
    get current() {
      return shown.app;
    },
    run(code) {
      const spawn = o.options.respawn;
      if (stopped || !spawn) return;
      if (pending) {
        pending.app.stop();
        pending.host.remove();
      }
      const host = container(true);
      const source = { code, baseUrl: "baseUrl" in o.source ? o.source.baseUrl : undefined, files: "files" in o.source ? o.source.files : undefined };
      const next: Shown = { app: o.boot(host, spawn(), source, () => {}, o.options), host };
      pending = next;
      next.app.session.then(
        () => {
          if (pending !== next || stopped) return;
          pending = null;
          replaceShown(next);
          shownOk = true;
          o.onShown();
        },
        (e: Failure) => {
          if (pending !== next || stopped) return;
          pending = null;
          const kept = shownOk;
          if (kept) {
            next.app.stop();
            host.remove();
          } else {
            replaceShown(next);
          }
          o.onFailed(errorOf(e), kept);
        },
      );
    },
    stop() {
      stopped = true;
      pending?.app.stop();
      shown.app.stop();
    },
  };
}
