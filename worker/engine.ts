// The engine: loads an app, serves its config, and runs its listeners
// through the queue. A pure factory over its dependencies, so tests drive
// it over a MessageChannel without a Worker; `entry.ts` only exposes it.

import type { Blocks } from "../src/blocks.ts";
import { setLaunchHost, type LaunchOptions } from "../src/launch.ts";
import { buildConfig, walk, type BuiltApp } from "./config.ts";
import type { Block } from "../src/block.ts";
import { Component } from "../src/component.ts";
import { Durations } from "./durations.ts";
import { Cancellation } from "./cancellation.ts";
import { runJob, type JobRun } from "./jobs.ts";
import type {
  ApiInfo,
  AppConfig,
  ErrorInfo,
  EngineApi,
  JobId,
  JobMessage,
  PageInfo,
  PageMessage,
  Result,
  AppMessage,
  DependencyConfig,
  JobPort,
  SubmitRequest,
} from "./protocol.ts";
import { admits, JobQueue } from "./queue.ts";
import { Sessions } from "./sessions.ts";
import { isBrowserState } from "../components/browser-state/browser-state.ts";
import { isState } from "../components/state/state.ts";
import { setDeepEqual } from "./sessions.ts";
import type { BrowserStates } from "./browser-states.ts";
import type { KeyValueStore } from "./kv.ts";
import type { FileCache } from "./file-cache.ts";
import { setFileHost } from "../src/files.ts";
import { flushOptionWarnings } from "../src/options-check.ts";


export interface EngineOptions {
  /** An app already launched (npm mode): `load` is then not needed. */
  app?: { blocks: Blocks; launch: LaunchOptions };
  /**
   * The worker's global scope: app code that throws outside any run there is
   * a warning on the page (worker/stray.ts), and `load`/`config` without a
   * port carry the jobs on it.
   */
  scope?: WorkerScope;
  /**
   * Runs a `<gradio-lite>` element's code (`load`). Given by that worker's
   * entry only: an npm app's worker bundles its own code and never loads any,
   * so the code runner and the lazy API loader stay out of its bundle.
   */
  runCode?: (code: string, baseUrl: string) => Promise<ErrorInfo | null>;
}

/** The worker's global scope as the engine uses it. */
export interface WorkerScope extends EventTarget, JobPort {}

/** This worker's global scope (DOM's types, which the project compiles with, call it a Window). */
export const workerScope = (): WorkerScope => self as unknown as WorkerScope;

interface QueuedJob {
  job: JobId;
  request: SubmitRequest;
  port: JobPort;
  cancellation: Cancellation;
  /** Told its place in the queue at least once: the page needs `job:started`. */
  waited: boolean;
  /** Its `job:done` went: a run that ended as it started is never in `jobs`. */
  ended?: boolean;
  /** The place and queue size it was last told: unchanged ones are not sent again. */
  told?: string;
}

/** Runs estimated longer than this get `job:started` with an ETA even when they start at once. */
const ETA_WORTH_SHOWING_S = 0.5;

/**
 * A streaming image's frames (ImageBitmaps the worker made, components/image/frames.ts)
 * move to the page instead of being copied: a 640×480 frame is 1.2 MB; so do
 * a streaming Audio/Video's chunks (worker/media-chunks.ts). A preview's
 * `shown` port is the page's to answer on.
 */
function moved(m: JobMessage): Transferable[] {
  if (m.type === "job:preview") return m.shown ? [m.shown] : NOTHING;
  if (m.type === "job:chunk") return "data" in m.chunk ? [m.chunk.data] : m.chunk.channels.map((c) => c.buffer);
  // Every predict's reply passes here: most have no frame, and allocate nothing more.
  const frames = "updates" in m && m.updates && typeof ImageBitmap == "function" ? m.updates.filter((u) => u.value instanceof ImageBitmap) : [];
  return frames.length ? [...new Set(frames.map((u) => u.value as ImageBitmap))] : NOTHING;
}

const NOTHING: Transferable[] = [];

/** IndexedDB's code loads with the first store an app opens. */
const openStoreLazily = (db: string, store: string): Promise<KeyValueStore> => import("./kv.ts").then((m) => m.openStore(db, store));

/**
 * Held for the worker's whole life: the page's request for the same lock is
 * granted the moment the worker closes or crashes, which no event reports
 * (ui/heartbeat.ts). Resolves once held, before the page is answered.
 */
function holdLife(name: string | undefined): Promise<unknown> {
  const locks = globalThis.navigator?.locks;
  // An opaque origin (a sandboxed iframe) refuses locks: the ping alone watches then.
  return new Promise((held) => (name && locks ? locks.request(name, () => (held(0), new Promise(() => {}))).catch(held) : held(0)));
}

export function createEngine(options: EngineOptions = {}): EngineApi & { idle(): Promise<void> } {
  let launched = options.app ?? null;
  let built: BuiltApp | null = null;
  let page: PageInfo = { url: "", query: {}, baseUrl: "", appKey: "app" };
  const jobs = new Map<JobId, QueuedJob>();
  const sessionPorts = new Map<string, JobPort>();
  let browserStates: Promise<BrowserStates | null> = Promise.resolve(null);
  const sessions = new Sessions((id) => ({
    browserStates: () => browserStates,
    notify: (message) => sessionPorts.get(id)?.postMessage(message),
  }));
  const durations = new Durations();
  // The file cache loads with the first file: most apps have none (size-limits.json).
  let appKey = "app";
  let cache: Promise<FileCache> | null = null;
  const fileCache = () =>
    (cache ??= import("./file-cache.ts").then(({ FileCache }) => {
      const c = new FileCache(() => openStoreLazily("gradio-lite-files", "files"));
      c.setNamespace(appKey);
      return c;
    }));
  let warnedVolatileFiles = false;
  setFileHost({
    read: async (file) => (await fileCache()).read(file),
    put: async (blob, name, mimeType) => (await fileCache()).put(blob, name, mimeType),
    named: async (name) => (cache ? (await cache).namedFile(name) : null),
    resolve: (path) => new URL(path, page.baseUrl || undefined),
    cache: fileCache,
    app: () => appKey,
  });

  const queue = new JobQueue<QueuedJob>({
    run: (q) => execute(q),
    onPositions: (positions, size) => {
      for (const { item, position } of positions) {
        const told = `${position}/${size}`;
        if (item.request.quiet || item.told === told) continue;
        item.told = told;
        item.waited = true;
        const eta = durations.eta(item.request.fnId, position, configOf(item.request.fnId, item.request.session)?.concurrencyLimit ?? 1);
        post(item.port, { type: "job:queued", job: item.job, position, queueSize: size, ...(eta === null ? {} : { eta }) });
      }
    },
  });

  function post(port: JobPort, message: JobMessage): void {
    port.postMessage(message, moved(message));
  }

  /** A job's own message; its `job:done` ends it. */
  function postJob(q: QueuedJob, message: JobMessage): void {
    q.port.postMessage(message, moved(message));
    if (message.type === "job:done") {
      q.ended = true;
      jobs.delete(q.job);
    }
  }

  const blockOf = (id: number) => built?.blocks.get(id) ?? null;

  async function ensureBuilt(): Promise<Result<AppConfig>> {
    if (!launched) {
      return {
        ok: false,
        error: { code: "no-launch", message: "The app code ran but never called launch(): end it with demo.launch()." },
      };
    }
    if (!built) {
      const { blocks, launch } = launched;
      // What only some apps need loads only for them (size-limits.json).
      let text: ((value: unknown) => unknown) | undefined;
      if (launch.i18n?.translations) {
        const i18n = await import("./i18n-resolve.ts");
        const bad = i18n.invalidLocales(launch.i18n.translations);
        if (bad.length) console.warn(`[gradio-lite] gr.I18n: not valid BCP 47 language tags: ${bad.join(", ")} (write e.g. "pt-BR")`);
        const table = i18n.pickLocale(launch.i18n.translations, page.languages ?? []);
        text = (value) => i18n.translate(value, table);
      }
      // File components given a path, URL or Blob as their value: stored first (the file code loads only then).
      const tree = new Map<number, Block>();
      walk(blocks, tree);
      const pendingFiles = [...tree.values()].filter((b) => b instanceof Component && b.hasPendingFiles);
      if (pendingFiles.length) {
        try {
          await (await import("./file-values.ts")).storeInitialFiles(pendingFiles);
        } catch (error) {
          return { ok: false, error: { code: "load", message: error instanceof Error ? error.message : String(error) } };
        }
      }
      const next = buildConfig(blocks, launch, text);
      await flushOptionWarnings();
      const all = [...next.blocks.values()];
      if (all.some(isState)) setDeepEqual((await import("./deep-equal.ts")).deepEqual);
      if (all.some(isBrowserState)) browserStates = startBrowserStates();
      built ??= next;
    }
    return { ok: true, value: built.config };
  }

  /** Loaded only for apps with a BrowserState; sessions wait for it in `prepare`. */
  async function startBrowserStates(): Promise<BrowserStates> {
    const { BrowserStates } = await import("./browser-states.ts");
    return new BrowserStates({
      store: openStoreLazily("gradio-lite", "browser-state"),
      appKey: page.appKey,
      onRemoteChange: (state, value) => sessions.each((s) => s.remoteChange(state, value)),
    });
  }

  /** A listener's config: the app's own, or one a gr.render run made for this session. */
  function configOf(fnId: number, session: string): DependencyConfig | undefined {
    return built?.config.dependencies[fnId] ?? (built ? sessions.get(session).renders?.deps.get(fnId)?.config : undefined);
  }

  function jobRun(q: QueuedJob): JobRun {
    return {
      job: q.job,
      dep: launched!.blocks.dependencies[q.request.fnId] ?? sessions.get(q.request.session).renders!.deps.get(q.request.fnId)!.dep,
      request: q.request,
      cancellation: q.cancellation,
      post: (m) => postJob(q, m),
      page,
      showError: built!.config.showError,
      session: sessions.get(q.request.session),
      blockOf,
    };
  }

  /** Runs a job; a promise only when it goes on after this task (runJob). */
  function execute(q: QueuedJob): Promise<void> | void {
    const fnId = q.request.fnId;
    const config = configOf(fnId, q.request.session)!;
    const started = performance.now();
    const eta = durations.average(fnId);
    const announce = q.waited || (eta !== null && eta > ETA_WORTH_SHOWING_S);
    // Batching's code loads with the first batched run; the runs it takes leave the queue now.
    const batch = config.batch && [q, ...queue.take((w) => w.request.fnId === fnId, config.maxBatchSize - 1)].map(jobRun);
    const running = batch ? import("./batch.ts").then((m) => m.runBatch(batch)) : runJob(jobRun(q), announce ? { eta } : null);
    if (!running) return durations.record(fnId, (performance.now() - started) / 1000);
    return running.then(() => durations.record(fnId, (performance.now() - started) / 1000));
  }

  function refuse(port: JobPort, job: JobId, code: "not-found" | "queue-full", message: string): void {
    post(port, { type: "job:error", job, error: { code, message } });
    post(port, { type: "job:done", job, ok: false });
  }

  function submit(port: JobPort, job: JobId, request: SubmitRequest): void {
    const dep = configOf(request.fnId, request.session);
    if (!dep) return refuse(port, job, "not-found", `No listener with id ${request.fnId} in this app`);
    sessionPorts.set(request.session, port);
    if (dep.queue && !admits(queue.size, launched!.blocks.queueOptions.maxSize ?? null)) {
      return refuse(port, job, "queue-full", "The queue is full; try again in a moment");
    }
    const q: QueuedJob = { job, request, port, cancellation: new Cancellation(), waited: false };
    if (!dep.queue) void execute(q);
    else queue.push({ item: q, concurrencyId: dep.concurrencyId, limit: dep.concurrencyLimit });
    // Only a job still waiting or running can be cancelled: one that ended as it started is done with.
    if (!q.ended) jobs.set(job, q);
  }

  function cancel(job: JobId): void {
    const q = jobs.get(job);
    if (!q) return;
    q.cancellation.abort();
    if (queue.remove(q)) postJob(q, { type: "job:done", job, ok: false, cancelled: true });
  }

  /** Runs the app's `demo.unload` listeners for the session, then forgets it. */
  async function endSession(port: JobPort, session: string): Promise<void> {
    const unloads = built!.config.dependencies.filter((d) => d.targets.some(([, event]) => event === "unload"));
    await Promise.all(
      unloads.map((d, i) =>
        runJob(jobRun({ job: `${session}:unload:${i}`, request: { fnId: d.id, data: [], session }, port, cancellation: new Cancellation(), waited: false })),
      ),
    );
    sessions.end(session);
    sessionPorts.delete(session);
    port.postMessage({ type: "session:ended", session } satisfies AppMessage);
  }

  /** Blocks({ deleteCache: [frequency, age] }) clears old cached files. */
  function startSweeping(): void {
    const rule = launched?.blocks.options.deleteCache;
    if (Array.isArray(rule) && rule.length === 2) void fileCache().then((c) => c.sweepEvery(Number(rule[0]), Number(rule[1])));
  }

  let appPort: JobPort | null = null;
  // Uncaught, it would reach the page as the Worker's `error` event: a dead worker to the page.
  options.scope?.addEventListener("error", (event) => {
    const { error, message } = event as ErrorEvent;
    event.preventDefault();
    if (appPort) void import("./stray.ts").then((m) => m.reportStray(appPort!, error ?? message));
  });

  /**
   * Takes the page's jobs: on `port`, or, when the page gave none, on the
   * worker itself, beside the control calls. That saves a port's hop each way
   * (about 15 µs a predict in Chromium, bench/README.md: round trip).
   */
  function listen(given: MessagePort | null): void {
    const port = jobPort(given);
    appPort = port;
    const handle = (message: PageMessage) => {
      switch (message.type) {
        case "ping":
          return port.postMessage({ type: "pong" } satisfies AppMessage);
        case "job:submit":
          return submit(port, message.job, message.request);
        case "job:cancel":
          return cancel(message.job);
        case "session:end":
          return void endSession(port, message.session);
        default:
          // Not the page's: the worker's own scope also carries the control calls, the hint and an npm app's own messages.
          message satisfies never;
      }
    };
    const onMessage = (event: Event) => {
      const data = (event as MessageEvent<PageMessage | PageMessage[] | null>).data;
      if (!Array.isArray(data)) return data && handle(data);
      for (const m of data) if (m) handle(m);
    };
    (given ?? options.scope!).addEventListener("message", onMessage);
    given?.start();
  }

  /** The page's jobs come on `given`, else on the worker itself (tests and the prerenderer give a port). */
  const jobPort = (given: MessagePort | null): JobPort => (given ?? options.scope)!;

  return {
    async load(code, pageInfo, port, named = []) {
      page = pageInfo;
      appKey = pageInfo.appKey;
      if (launched) return { ok: false, error: { code: "load", message: "This worker already runs an app" } };
      if (!options.runCode) return { ok: false, error: { code: "load", message: "This worker runs no app code of its own: it serves the app its module launched" } };
      // Held before the page hears back (its watch asks for the same lock once the app renders),
      // but asked for now: granting it is a trip to the browser, which need not wait for the code.
      const holding = holdLife(pageInfo.life);
      try {
        const warnings = named.length ? await (await fileCache()).addNamed(named) : [];
        for (const message of warnings) jobPort(port).postMessage({ type: "app:log", level: "warning", message } satisfies AppMessage);
      } catch (error) {
        return { ok: false, error: { code: "load", message: `Could not store the app's files: ${error instanceof Error ? error.message : String(error)}` } };
      }
      setLaunchHost((blocks, launch) => {
        launched ??= { blocks, launch };
      });
      try {
        const error = await options.runCode(code, pageInfo.baseUrl);
        if (error) return { ok: false, error };
      } finally {
        setLaunchHost(null);
      }
      const result = await ensureBuilt();
      if (result.ok) listen(port);
      startSweeping();
      await holding;
      return result;
    },
    async upload(blobs, names) {
      try {
        const files = await fileCache();
        const stored = await Promise.all(blobs.map((blob, i) => files.put(blob, names[i] ?? "file")));
        const { persistent, reason } = await files.persistence();
        const warning = persistent || warnedVolatileFiles ? null : `Files are kept in memory only (${reason}): they are gone when the page closes.`;
        if (warning) warnedVolatileFiles = true;
        return { ok: true, value: { files: stored, warning } };
      } catch (error) {
        return { ok: false, error: { code: "load", message: error instanceof Error ? error.message : String(error) } };
      }
    },
    async config(pageInfo, port) {
      page = pageInfo;
      appKey = pageInfo.appKey;
      const holding = holdLife(pageInfo.life);
      const result = await ensureBuilt();
      if (result.ok) listen(port);
      startSweeping();
      await holding;
      return result;
    },
    async viewApi(): Promise<ApiInfo> {
      if (!built || !launched) return { endpoints: [] };
      const { viewApi } = await import("./view-api.ts");
      return viewApi(built, launched.blocks);
    },
    async ping() {
      return "pong" as const;
    },
    // The store loads only when a page asks (client.flagged()).
    flagged: async () => (await import("./flag-store.ts")).allFlagged(),
    // Its code loads only for an app that sets one of the two.
    async shell() {
      const l = launched?.launch;
      return l?.pwa || l?.favicon || l?.faviconPath ? (await import("./app-shell.ts")).appShell(l, page.baseUrl) : null;
    },
    idle: () => queue.idle(),
  };
}
