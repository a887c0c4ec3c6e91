// Starts one app in a host element: connects its worker, loads the code (or
// asks an npm-mode worker for its config), renders, and hands out a client.
// A worker that dies is replaced (ui/heartbeat.ts, ui/restart.ts); once it
// renders, ui/after-render.ts adds what can wait (the PWA).

import { h, render } from "preact";
import type { ApiInfo, AppConfig, ErrorInfo, NamedFile, PageInfo, Result } from "../worker/protocol.ts";
import { AppView, Loading, Pages } from "./app.tsx";
import { preloadViews } from "./block-view.tsx";
import type { Client } from "./client.ts";
import { connectRemote, STOPPED, WorkerTimeoutError, type Remote } from "./remote.ts";
import { AppSession } from "./session.ts";

/** App code and the URL its relative imports resolve against (its `src`, else the page). */
export type AppSource = { code: string; baseUrl?: string; hint?: string; files?: NamedFile[] } | { configOnly: true };

export interface RunningApp {
  /** Resolves once the app runs; rejects with the load error otherwise. */
  client: Promise<Client>;
  session: Promise<AppSession>;
  /** Ends the app; later calls reject with `why` (ui/remote.ts's STOPPED by default). */
  stop(why?: string): void;
}

export interface BootOptions {
  /** A fresh worker for the app: one that dies is replaced by it. Without it, a dead app shows why. */
  respawn?: () => Worker;
  /** npm mode: how long the worker's module may take to call `demo.launch()`, and what to say then (ui/mount.ts). */
  launchTimeout?: { ms: number; message: string };
}

export function pageInfo(appKey: string, baseUrl = document.baseURI): PageInfo {
  const url = new URL(location.href);
  return { url: url.href, query: Object.fromEntries(url.searchParams), baseUrl, appKey, languages: [...(navigator.languages ?? [navigator.language])] };
}

/**
 * Names an app for storage: the page's path and the element's id, or its
 * place among the page's apps. Stable across reloads of the same page.
 */
export function appKeyOf(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const index = [...document.querySelectorAll(tag)].indexOf(element);
  return `${location.pathname}|${element.id ? `#${element.id}` : `${tag}:${index}`}`;
}

/** What ui/restart.ts needs to replace a dead worker. */
export interface Restartable {
  /** Starts the app in `worker` and renders it; `prepare` sees the new session first. */
  run(worker: Worker, prepare?: (session: AppSession) => void): Promise<AppSession>;
  /** Shows why the app cannot run, in its place. */
  fail(error: ErrorInfo): void;
  remote: Remote;
  respawn?: () => Worker;
  /** When the app's workers died, most recent last. */
  deaths: number[];
  /** Removed from the page: nothing restarts or renders. */
  stopped: boolean;
}

export function bootApp(host: HTMLElement, worker: Worker, source: AppSource, onRendered: () => void, options: BootOptions = {}): RunningApp {
  const code = "code" in source ? source.code : null;
  const appKey = appKeyOf(host.parentElement ?? host);
  let current: AppSession | null = null;
  let unwatch = () => {};
  const viewApi = () => app.remote.call("viewApi", []) as Promise<ApiInfo>;
  const app: Restartable = {
    remote: connectRemote(worker),
    respawn: options.respawn,
    deaths: [],
    stopped: false,
    async run(w, prepare) {
      const remote = (app.remote = w === worker ? app.remote : connectRemote(w));
      const life = `gradio-lite:${Math.random()}`;
      const page = { ...pageInfo(appKey, "baseUrl" in source ? source.baseUrl : undefined), life };
      const s = await start(remote, w, source, page, host, options.launchTimeout);
      if (app.stopped) return s;
      prepare?.(s);
      current = s;
      // Rendered over the build's HTML: what the visitor typed there meanwhile is kept (ui/prerendered.ts).
      const prerendered = host.hasAttribute("data-prerendered") ? await import("./prerendered.ts") : null;
      const typed = prerendered?.typedValues(host);
      render(h(AppView, { session: s, viewApi }), host);
      host.removeAttribute("data-prerendered");
      if (typed?.length) prerendered!.restoreTyped(typed);
      s.start();
      onRendered();
      // The worker watch and the PWA wait for an idle moment: not beside the app's first paint and first answers.
      whenIdle(() => void import("./after-render.ts").then((m) => (unwatch = app.stopped ? unwatch : m.afterRender(app, s, life))));
      return s;
    },
    fail(error) {
      if (app.stopped) return;
      void import("./load-error.tsx").then(({ LoadError }) => render(h(LoadError, { error, code, hint: "hint" in source ? source.hint : undefined }), host));
    },
  };
  // A prerendered app (the build command's) shows until the app renders over it, reusing its nodes.
  if (!host.hasAttribute("data-prerendered")) render(h(Loading, {}), host);
  // Leaving the page for good ends the session too (best effort: the
  // worker may be gone before its unload listeners finish).
  const onHide = (e: PageTransitionEvent) => void (!e.persisted && current?.end());
  const session = app.run(worker).then(
    (s) => {
      addEventListener("pagehide", onHide);
      if (s.config.js) {
        void import("./page-extras.ts")
          .then((extras) => extras.runLaunchJs(s.config.js!))
          .catch((e: unknown) => s.store.toast("error", `The app's launch js failed: ${e instanceof Error ? e.message : String(e)}`));
      }
      return s;
    },
    (error: ErrorInfo) => {
      app.fail(error);
      throw Object.assign(new Error(error.message), { info: error });
    },
  );
  // The client's code loads when a page first asks for it (most pages never do),
  // while the app starts rather than after. It follows the app's current
  // session: a restarted app's client keeps working.
  let client: Promise<Client> | null = null;
  const getClient = () => {
    client ??= Promise.all([session, import("./client.ts")]).then(([s, m]) => m.createClient(() => current ?? s, () => app.remote));
    return client;
  };
  // A load error is shown in the app's box; don't also report it as unhandled.
  session.catch(() => {});
  return {
    session,
    get client() {
      return getClient();
    },
    stop(why = STOPPED) {
      app.stopped = true;
      unwatch();
      removeEventListener("pagehide", onHide);
      render(null, host);
      const s = current;
      const remote = app.remote;
      if (!s) return remote.terminate(why);
      s.failAll({ code: "worker-dead", message: why });
      // The worker gets to run the app's unload listeners before it goes.
      void s.end().then(() => (s.dispose(), remote.terminate(why)));
    },
  };
}

/** Runs `fn` once the page is idle (within a second), or soon where the browser cannot tell (Safari before 18). */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 50);
}

async function start(remote: Remote, worker: Worker, source: AppSource, page: PageInfo, host: HTMLElement, launchTimeout?: BootOptions["launchTimeout"]): Promise<AppSession> {
  // What the worker says before the session listens (a file's warning at load, a stray error) waits for it.
  const early: MessageEvent[] = [];
  const hold = (event: MessageEvent) => void early.push(event);
  worker.addEventListener("message", hold);
  try {
    let result: Result<AppConfig>;
    try {
      // The jobs travel on the worker itself (a null port): a port would cost a hop each way.
      result =
        "code" in source
          ? await remote.call("load", [source.code, page, null, source.files ?? []], { timeoutMs: 60_000 })
          : await remote.call("config", [page, null], { timeoutMs: launchTimeout?.ms });
    } catch (error) {
      // npm mode: nothing in the worker answers until its module calls launch() (src/launch.ts).
      if (error instanceof WorkerTimeoutError && launchTimeout) throw { code: "no-launch", message: launchTimeout.message } satisfies ErrorInfo;
      throw { code: "worker-dead", message: error instanceof Error ? error.message : String(error) } satisfies ErrorInfo;
    }
    if (!result.ok) throw result.error;
    const config = result.value;
    // A deep link's values (gr.DeepLinkButton) become the app's initial ones; its code loads only for such a link.
    const linked = location.hash.includes("deep_link=") ? (await import("./deep-link.ts")).applyDeepLink(config, page.appKey) : null;
    await preloadViews(config.components);
    if (config.components.some((c) => c.type === "route" || c.type === "navbar")) await Pages.preload();
    // Theme and head: loaded only for apps that set them, applied before the first render.
    if (config.theme || config.head) {
      const extras = await import("./page-extras.ts");
      if (config.theme) extras.applyTheme(host, config.theme);
      if (config.head) extras.addHead(config.head);
    }
    const upload = async (files: File[]) => {
      const stored = await remote.call("upload", [files, files.map((f) => f.name)], { timeoutMs: 120_000 });
      if (!stored.ok) throw new Error(stored.error.message);
      if (stored.value.warning) session.store.toast("warning", stored.value.warning, "Not saved");
      return stored.value.files;
    };
    const session = new AppSession(config, worker, upload, early);
    session.appKey = page.appKey;
    const warning = await linked;
    if (warning) session.store.toast("warning", warning);
    return session;
  } finally {
    worker.removeEventListener("message", hold);
  }
}
