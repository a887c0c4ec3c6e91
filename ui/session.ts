// One running app on the page: its store, its job port, and the dispatch of
// UI events to listeners. The UI and `el.client` share it.

import type {
  RenderPatch,
  FileData,
  AppMessage,
  OutputUpdate,
  AppConfig,
  BlockId,
  DependencyConfig,
  ErrorInfo,
  JobId,
  JobMessage,
  PageMessage,
  SubmitRequest,
  TriggerEvent,
} from "../worker/protocol.ts";
import { AppStore, sameValue, type BlockStatus } from "./store.ts";

export type JobHandler = (message: JobMessage) => void;

/**
 * A `stream` event's data (ui/live/): its component's value for one run, and
 * what moves with it to the worker. One that waits for the run before it is
 * replaced by the next (always_last); the session marks it `sent` when it
 * goes, and skips it if the stream emptied its `value` meanwhile (stopped).
 */
export interface LiveFrame {
  value: unknown;
  transfer: Transferable[];
  sent?: boolean;
}

/** A listener's current run, and whether another run is owed (always_last). */
interface InFlight {
  job: JobId | null;
  rerun: { event: TriggerEvent } | null;
}

let sessions = 0;

export class AppSession {
  readonly store: AppStore;
  /** Which app of the page this is, for storage and deep links (ui/boot.ts's appKeyOf). */
  appKey = "app";
  readonly id = `${Date.now().toString(36)}-${(sessions++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  /** `el.client` calls run in their own session, as Gradio's JS client does: never the user's State. */
  readonly apiSession = `${this.id}:api`;
  private apiUsed = false;
  private readonly handlers = new Map<JobId, JobHandler>();
  private readonly byTarget = new Map<string, DependencyConfig[]>();
  private readonly byAfter = new Map<number, DependencyConfig[]>();
  /** Per listener: the job in flight, and whether another run is owed (always_last). */
  private readonly inFlight = new Map<number, InFlight>();
  private nextJob = 0;
  /** Every job of this session still running, per listener: what `cancels` stops. */
  private readonly jobsOf = new Map<number, Set<JobId>>();

  constructor(
    readonly config: AppConfig,
    /** Where jobs travel: the app's worker itself (its control calls' replies pass by too), or a MessagePort. */
    private readonly port: MessagePort | Worker,
    /** Stores files the user picked in the app's file cache (the worker). */
    readonly upload: (files: File[]) => Promise<FileData[]> = () => Promise.reject(new Error("This app cannot take uploads")),
    /** What the worker said before this session listened (a warning at load), in order. */
    early: readonly MessageEvent[] = [],
  ) {
    this.store = new AppStore(config);
    for (const dep of config.dependencies) this.index(dep);
    early.forEach(this.onMessage);
    port.addEventListener("message", this.onMessage);
    if (port instanceof MessagePort) port.start();
  }

  /** The worker's messages: this session's jobs and notices (other messages pass by it). */
  private readonly onMessage = (event: Event) => {
    const m = (event as MessageEvent<JobMessage | AppMessage | null>).data;
    if (m === null || typeof m !== "object") return;
    switch (m.type) {
      case "session:ended":
        return m.session === this.id ? this.ended?.() : undefined;
      case "app:log":
        return this.store.toast(m.level, m.message);
      case "state:changed":
        return this.stateChanged(m.id);
      case "pong":
        this.alive = performance.now();
        return;
      default: {
        const handler = this.handlers.get(m.job);
        if (m.type === "job:done") this.handlers.delete(m.job);
        return handler?.(m);
      }
    }
  };

  private ended: (() => void) | null = null;

  /** When the worker last answered a `ping` (ui/heartbeat.ts). */
  alive = performance.now();

  ping(): void {
    this.post({ type: "ping" });
  }

  /** Some run still waits on the worker: a handler may keep it from answering for as long as it runs. */
  get busy(): boolean {
    return this.handlers.size > 0;
  }

  /** Set once the worker is gone: every run ends with it, and later ones at once. */
  private failure: ErrorInfo | null = null;

  /** The worker is gone or the app removed: nothing may wait on it forever (issue #13). */
  failAll(error: ErrorInfo): void {
    this.failure = error;
    const waiting = [...this.handlers];
    this.handlers.clear();
    for (const [job, handler] of waiting) {
      handler({ type: "job:error", job, error });
      handler({ type: "job:done", job, ok: false });
    }
  }

  /**
   * Ends this session in the worker: its `demo.unload` listeners run and its
   * State is deleted. Resolves when the worker is done, or after `timeoutMs`.
   */
  end(timeoutMs = 3000): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.ended = () => {
        clearTimeout(timer);
        resolve();
      };
      // The page's API calls, if any, had a session of their own (client.ts): it ends too.
      if (this.apiUsed) this.post({ type: "session:end", session: this.apiSession });
      this.post({ type: "session:end", session: this.id });
    });
  }

  private index(dep: DependencyConfig): void {
    if (dep.after) this.byAfter.set(dep.after.fnId, [...(this.byAfter.get(dep.after.fnId) ?? []), dep]);
    for (const [id, event] of dep.targets) {
      const key = `${id}:${event}`;
      this.byTarget.set(key, [...(this.byTarget.get(key) ?? []), dep]);
    }
  }

  private unindex(dep: DependencyConfig): void {
    const drop = (map: Map<string | number, DependencyConfig[]>, key: string | number) => map.set(key, (map.get(key) ?? []).filter((d) => d.id !== dep.id));
    if (dep.after) drop(this.byAfter as Map<string | number, DependencyConfig[]>, dep.after.fnId);
    for (const [id, event] of dep.targets) drop(this.byTarget as Map<string | number, DependencyConfig[]>, `${id}:${event}`);
  }

  /** Listeners each render block's last run made. */
  private readonly rendered = new Map<number, DependencyConfig[]>();

  /** A gr.render run: its components go in, its listeners replace the previous run's. */
  applyRender(patch: RenderPatch): void {
    for (const dep of this.rendered.get(patch.id) ?? []) this.unindex(dep);
    for (const dep of patch.dependencies) this.index(dep);
    this.rendered.set(patch.id, patch.dependencies);
    this.store.applyRender(patch);
  }

  /** Sends one job; `onMessage` sees every message until (and including) `job:done`. */
  submit(request: Omit<SubmitRequest, "session">, onMessage: JobHandler, session = this.id): JobId {
    const job = `${this.id}:${this.nextJob++}`;
    this.handlers.set(job, onMessage);
    if (session === this.apiSession) this.apiUsed = true;
    if (this.failure) queueMicrotask(() => this.failAll(this.failure!));
    else this.post({ type: "job:submit", job, request: Object.assign(request, { session }) });
    return job;
  }

  cancel(job: JobId): void {
    this.post({ type: "job:cancel", job });
  }

  private outbox: PageMessage[] | null = null;
  /** What the outbox moves to the worker instead of copying (a stream's frames). */
  private readonly moving = new Set<Transferable>();

  /**
   * What one task posts goes as one message: 10,000 `client.predict` calls
   * in a loop cost one clone, not 10,000 posts (~0.1 ms each, issue #13).
   */
  private post(message: PageMessage): void {
    if (this.outbox) return void this.outbox.push(message);
    this.outbox = [message];
    queueMicrotask(this.flushOutbox);
  }

  private readonly flushOutbox = () => {
    const out = this.outbox!;
    this.outbox = null;
    if (!this.moving.size) return this.port.postMessage(out.length === 1 ? out[0] : out);
    this.port.postMessage(out.length === 1 ? out[0] : out, [...this.moving]);
    this.moving.clear();
  };

  /** A UI event happened on a block: run every listener it triggers. */
  /** Whether a listener waits for this event: a view shows a control (like, retry) only then, as Gradio does. */
  listens(id: BlockId, event: string): boolean {
    return (this.byTarget.get(`${id}:${event}`)?.length ?? 0) > 0;
  }

  dispatch(id: BlockId, event: string, data: unknown = null): void {
    for (const dep of this.byTarget.get(`${id}:${event}`) ?? []) this.trigger(dep, { target: id, type: event, data });
  }

  /**
   * Another tab changed a BrowserState: its `change` fires, and the
   * `demo.load` listeners that read it run again, so the inputs they filled
   * from it show the new value (else this tab's next save would write its
   * stale inputs back over the other tab's).
   */
  private stateChanged(id: BlockId): void {
    this.dispatch(id, "change");
    for (const dep of this.config.dependencies) {
      if (dep.inputs.includes(id) && dep.targets.some(([, e]) => e === "load")) this.trigger(dep, { target: this.config.layout.id, type: "load", data: null });
    }
  }

  private stopTimers: () => void = () => {};

  /** The app has rendered: start its timers and run `demo.load` listeners. */
  start(): void {
    const timers = [...this.store.blocks.values()].filter((b) => b.config.type === "timer");
    if (timers.length) {
      void import("./timers.ts").then(({ startTimers }) => {
        this.stopTimers = startTimers(timers, (id) => this.dispatch(id, "tick"));
      });
    }
    for (const dep of this.config.dependencies) {
      if (!dep.targets.some(([, e]) => e === "load")) continue;
      const load = () => this.trigger(dep, { target: this.config.layout.id, type: "load", data: null });
      if (!dep.whenIdle) load();
      else if (typeof requestIdleCallback == "function") requestIdleCallback(load, { timeout: 1000 });
      else setTimeout(load, 50);
    }
  }

  /**
   * Values a view is still making (an ImageEditor's files, made after a
   * stroke): a run that reads one waits for it. The view sets and deletes
   * its entry; the promise never rejects.
   */
  readonly making = new Map<BlockId, Promise<unknown>>();

  private trigger(dep: DependencyConfig, event: TriggerEvent): void {
    const making = dep.inputs.flatMap((id) => this.making.get(id) ?? []);
    if (making.length) return void Promise.all(making).then(() => this.trigger(dep, event));
    for (const fnId of dep.cancels) {
      for (const job of this.jobsOf.get(fnId) ?? []) this.cancel(job);
    }
    if (!dep.hasFn && !dep.js) return;
    const running = this.inFlight.get(dep.id);
    if (running) {
      // Gradio's trigger modes: "once" drops the trigger, "always_last" keeps
      // only the latest for after the current run, "multiple" queues it.
      if (dep.triggerMode === "once") return;
      if (dep.triggerMode === "always_last") {
        running.rerun = { event };
        return;
      }
    }
    this.run(dep, event);
  }

  private run(dep: DependencyConfig, event: TriggerEvent): void {
    const live = event.type === "stream" ? (event.data as LiveFrame | null) : null;
    if (live?.value == null && live) return;
    const flight: InFlight = { job: null, rerun: null };
    if (dep.triggerMode !== "multiple") this.inFlight.set(dep.id, flight);
    let values = this.store.values(dep.inputs);
    if (live) {
      // A frame is its component's value for this run only, and moves to the worker unless two listeners share it.
      live.sent = true;
      values = values.map((v, i) => (dep.inputs[i] === event.target ? live.value : v));
      if (!dep.js && !this.byTarget.get(`${event.target}:stream`)![1]) for (const t of live.transfer) this.moving.add(t);
      event = { ...event, data: null };
    }
    if (!dep.js) return this.send(dep, event, values, flight);
    // The author's `js` runs here first; its result becomes the inputs (or, with fn: null, the outputs).
    // The js machinery loads with the first app that uses it.
    void import("./client-functions.ts")
      .then(async (js): Promise<{ inputs: unknown[] } | { updates: OutputUpdate[] }> => {
        const result = await js.runClientFunction(dep, values);
        return dep.hasFn && !dep.clientSide ? { inputs: js.jsResultAsInputs(dep, result) } : { updates: this.jsUpdates(js, dep, result) };
      })
      .then(
        (done) => {
          if ("inputs" in done) return this.send(dep, event, done.inputs, flight);
          for (const changed of this.store.apply(done.updates)) this.dispatch(changed, "change");
          this.finish(dep, event, flight, true);
        },
        (error: unknown) => {
          this.showError({ code: "handler", message: `The app's js function failed: ${error instanceof Error ? error.message : String(error)}` });
          this.finish(dep, event, flight, false);
        },
      );
  }

  /** Submits one run to the worker and follows its messages. */
  private send(dep: DependencyConfig, event: TriggerEvent, data: unknown[], flight: InFlight): void {
    const { store } = this;
    const startedAt = performance.now();
    let streaming = false;
    const status = (position: number | null, queueSize = 0, eta?: number) =>
      store.setStatus(dep.outputs, {
        state: "pending",
        position,
        queueSize,
        startedAt,
        etaAt: eta === undefined ? null : performance.now() + eta * 1000,
        streaming,
        progress: null,
        showProgress: dep.showProgress,
      });
    const patch = (id: BlockId, change: Partial<BlockStatus>) => {
      const b = store.block(id);
      const s = b?.status.peek();
      if (b && s) b.status.value = { ...s, ...change };
    };
    // Once a stream shows output, a covering overlay would hide it: move it aside.
    const showing = () => {
      if (streaming) return;
      streaming = true;
      for (const id of dep.outputs) patch(id, { streaming: true });
    };
    status(null);
    const job = this.submit({ fnId: dep.id, data, event }, (m) => {
      switch (m.type) {
        case "job:queued":
          return status(m.position, m.queueSize, m.eta);
        case "job:started":
          return status(null, 0, m.eta);
        case "job:progress":
          for (const id of dep.outputs) patch(id, { progress: { fraction: m.progress, index: m.index, length: m.length, desc: m.desc } });
          return;
        case "job:preview":
          // A first look at a large value shows with the overlay aside, as a stream's output does.
          for (const { id, value } of m.previews) patch(id, { streaming: true, preview: value });
          // The task after the next frame's: once it is painted, the worker goes on to the whole values.
          if (m.shown) requestAnimationFrame(() => setTimeout(() => m.shown!.postMessage(0)));
          return;
        case "job:output":
          showing();
          return this.queueUpdates(m.updates);
        case "job:chunk":
          showing();
          return store.chunk(m.id, job, m.chunk);
        case "job:log":
          return store.toast(m.level, m.message);
        case "job:render":
          this.flush();
          return this.applyRender(m.patch);
        case "job:error":
          this.flush();
          return this.showError(m.error);
        case "job:done":
          if (m.updates) this.pending.push(...m.updates);
          this.flush();
          store.endFeeds(dep.outputs, job, m.cancelled ? "cancelled" : m.ok ? "done" : "failed");
          this.jobsOf.get(dep.id)?.delete(job);
          return this.finish(dep, event, flight, m.ok);
        default: {
          const unknown: never = m;
          return unknown;
        }
      }
    });
    flight.job = job;
    if (!this.jobsOf.has(dep.id)) this.jobsOf.set(dep.id, new Set());
    this.jobsOf.get(dep.id)!.add(job);
  }

  /** Told when a run the UI started ends (ui/auto-scroll.ts). */
  afterRun: ((dep: DependencyConfig, ok: boolean) => void) | null = null;

  /** A run ended: clear its status, run the owed rerun and the chained listeners. */
  private finish(dep: DependencyConfig, event: TriggerEvent, flight: InFlight, ok: boolean): void {
    this.afterRun?.(dep, ok);
    if (this.inFlight.get(dep.id) === flight) {
      this.inFlight.delete(dep.id);
      this.store.setStatus(dep.outputs, null);
    } else if (dep.triggerMode === "multiple") {
      this.store.setStatus(dep.outputs, null);
    }
    if (flight.rerun) this.run(dep, flight.rerun.event);
    for (const next of this.byAfter.get(dep.id) ?? []) {
      const on = next.after!.on;
      if (on === "any" || (on === "success") === ok) this.trigger(next, event);
    }
  }

  private pending: OutputUpdate[] = [];
  private flushScheduled = false;

  /**
   * Output updates wait for the next frame and are applied together, so a
   * fast generator costs one render per frame; a run's end flushes at once,
   * so the final value is never lost or late.
   */
  private queueUpdates(updates: OutputUpdate[]): void {
    this.pending.push(...updates);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const flush = () => this.flush();
    // rAF does not fire in a hidden tab; the timeout keeps outputs moving there.
    requestAnimationFrame(flush);
    setTimeout(flush, 100);
  }

  private flush(): void {
    this.flushScheduled = false;
    if (!this.pending.length) return;
    const updates = this.pending;
    this.pending = [];
    for (const changed of this.store.apply(updates)) this.dispatch(changed, "change");
  }

  /** A `js`-only listener's result as output updates, checked against the outputs' types. */
  private jsUpdates(js: typeof import("./client-functions.ts"), dep: DependencyConfig, result: unknown): OutputUpdate[] {
    const typeOf = (id: number) => this.store.block(id)?.config.type ?? "";
    const labelOf = (id: number) => String(this.store.block(id)?.props.peek().label ?? typeOf(id));
    return js.jsResultAsUpdates(dep, result, typeOf, labelOf);
  }

  /** Stops timers and forgets in-flight jobs; the app is going away. */
  dispose(): void {
    this.stopTimers();
    this.handlers.clear();
    this.port.removeEventListener("message", this.onMessage);
    if (this.port instanceof MessagePort) this.port.close();
  }

  showError(error: ErrorInfo): void {
    this.store.error(error);
  }

  /** The user edited a value: Gradio fires `input`, then `change` if it differs. */
  userInput(id: BlockId, value: unknown): void {
    const b = this.store.block(id);
    if (!b) return;
    const changed = !sameValue(b.value.peek(), value);
    b.value.value = value;
    this.store.markChanged(id, ["value"]);
    this.dispatch(id, "input");
    if (changed) this.dispatch(id, "change");
  }
}
