// One running app on the page: its store, its job port, and the dispatch of
// UI events to listeners. The UI and `el.client` share it.

import type {
  AppConfig,
  BlockId,
  DependencyConfig,
  ErrorInfo,
  JobId,
  JobMessage,
  PageMessage,
  SubmitRequest,
} from "../worker/protocol.ts";
import { AppStore, sameValue } from "./store.ts";
import { startTimers } from "./timers.ts";

export type JobHandler = (message: JobMessage) => void;

let sessions = 0;

export class AppSession {
  readonly store: AppStore;
  readonly id = `${Date.now().toString(36)}-${(sessions++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly handlers = new Map<JobId, JobHandler>();
  private readonly byTarget = new Map<string, DependencyConfig[]>();
  private readonly byAfter = new Map<number, DependencyConfig[]>();
  /** Per listener: the job in flight, and whether another run is owed (always_last). */
  private readonly inFlight = new Map<number, { job: JobId; rerun: { event: unknown } | null }>();
  private nextJob = 0;
  /** Every job of this session still running, per listener: what `cancels` stops. */
  private readonly jobsOf = new Map<number, Set<JobId>>();

  constructor(
    readonly config: AppConfig,
    private readonly port: MessagePort,
  ) {
    this.store = new AppStore(config);
    for (const dep of config.dependencies) {
      if (dep.after) this.byAfter.set(dep.after.fnId, [...(this.byAfter.get(dep.after.fnId) ?? []), dep]);
      for (const [id, event] of dep.targets) {
        const key = `${id}:${event}`;
        this.byTarget.set(key, [...(this.byTarget.get(key) ?? []), dep]);
      }
    }
    port.onmessage = (event: MessageEvent<JobMessage>) => this.handlers.get(event.data.job)?.(event.data);
  }

  /** Sends one job; `onMessage` sees every message until (and including) `job:done`. */
  submit(request: Omit<SubmitRequest, "session">, onMessage: JobHandler): JobId {
    const job = `${this.id}:${this.nextJob++}`;
    this.handlers.set(job, (m) => {
      if (m.type === "job:done") this.handlers.delete(job);
      onMessage(m);
    });
    this.post({ type: "job:submit", job, request: { ...request, session: this.id } });
    return job;
  }

  cancel(job: JobId): void {
    this.post({ type: "job:cancel", job });
  }

  private post(message: PageMessage): void {
    this.port.postMessage(message);
  }

  /** A UI event happened on a block: run every listener it triggers. */
  dispatch(id: BlockId, event: string, data: unknown = null): void {
    for (const dep of this.byTarget.get(`${id}:${event}`) ?? []) this.trigger(dep, data);
  }

  private stopTimers: () => void = () => {};

  /** The app has rendered: start its timers and run `demo.load` listeners. */
  start(): void {
    const timers = [...this.store.blocks.values()].filter((b) => b.config.type === "timer");
    this.stopTimers = startTimers(timers, (id) => this.dispatch(id, "tick"));
    for (const dep of this.config.dependencies) {
      if (dep.targets.some(([, e]) => e === "load")) this.trigger(dep, null);
    }
  }

  private trigger(dep: DependencyConfig, event: unknown): void {
    for (const fnId of dep.cancels) {
      for (const job of this.jobsOf.get(fnId) ?? []) this.cancel(job);
    }
    if (!dep.hasFn) return;
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

  private run(dep: DependencyConfig, event: unknown): void {
    const { store } = this;
    const startedAt = performance.now();
    const status = (position: number | null, queueSize = 0) =>
      store.setStatus(dep.outputs, {
        state: "pending",
        position,
        queueSize,
        startedAt,
        progress: null,
        showProgress: dep.showProgress,
      });
    status(null);
    const job = this.submit({ fnId: dep.id, data: store.values(dep.inputs), event }, (m) => {
      switch (m.type) {
        case "job:queued":
          return status(m.position, m.queueSize);
        case "job:started":
          return status(null);
        case "job:progress":
          for (const id of dep.outputs) {
            const b = store.block(id);
            const s = b?.status.peek();
            if (b && s) b.status.value = { ...s, progress: { fraction: m.progress, index: m.index, length: m.length, desc: m.desc } };
          }
          return;
        case "job:output":
          for (const changed of store.apply(m.updates)) this.dispatch(changed, "change");
          return;
        case "job:log":
          return store.toast(m.level, m.message);
        case "job:error":
          return this.showError(m.error);
        case "job:done": {
          this.jobsOf.get(dep.id)?.delete(job);
          store.setStatus(dep.outputs, null);
          const rerun = this.inFlight.get(dep.id)?.rerun;
          if (this.inFlight.get(dep.id)?.job === job) this.inFlight.delete(dep.id);
          if (rerun) this.run(dep, rerun.event);
          for (const next of this.byAfter.get(dep.id) ?? []) {
            const on = next.after!.on;
            if (on === "any" || (on === "success") === m.ok) this.trigger(next, event);
          }
          return;
        }
        default: {
          const unknown: never = m;
          return unknown;
        }
      }
    });
    if (dep.triggerMode !== "multiple") this.inFlight.set(dep.id, { job, rerun: null });
    if (!this.jobsOf.has(dep.id)) this.jobsOf.set(dep.id, new Set());
    this.jobsOf.get(dep.id)!.add(job);
  }

  /** Stops timers and forgets in-flight jobs; the app is going away. */
  dispose(): void {
    this.stopTimers();
    this.handlers.clear();
    this.port.close();
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
    this.dispatch(id, "input");
    if (changed) this.dispatch(id, "change");
  }
}
