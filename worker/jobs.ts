// Runs one job: checks the inputs, calls the handler with its trailing ctx,
// streams generator yields, and reports everything as JobMessages.

import { BadValueError, Component } from "../src/component.ts";
import type { Dependency } from "../src/dependency.ts";
import { GradioError } from "../src/errors.ts";
import type { Block } from "../src/block.ts";
import { isBrowserState } from "../components/browser-state/browser-state.ts";
import { isState } from "../components/state/state.ts";
import { touchesFiles } from "./touches-files.ts";
import { componentConfig, dependencyConfig, walk } from "./config.ts";
import { RenderScope } from "../src/render.ts";
import { UsageError } from "../src/errors.ts";
import { BadOutputError, postprocess, type Postprocessed } from "./outputs.ts";
import { eventData, invoke, isIterator, jobContext, type AnyIterator } from "./context.ts";
import { flushOptionWarnings } from "../src/options-check.ts";
import type { ErrorInfo, JobId, JobMessage, PageInfo, SubmitRequest } from "./protocol.ts";
import type { SessionState } from "./sessions.ts";
import type { MediaChunks } from "./media-chunks.ts";
import type { Cancellation } from "./cancellation.ts";

export interface JobRun {
  job: JobId;
  dep: Dependency;
  request: SubmitRequest;
  cancellation: Cancellation;
  post: (message: JobMessage) => void;
  page: PageInfo;
  showError: boolean;
  session: SessionState;
  /** The app's block with this id (an event's target). */
  blockOf: (id: number) => Block | null;
}

const GENERIC_MESSAGE = "Something went wrong in this app's handler. (The app can set showError: true in launch() to show details.)";

/**
 * `announce` sends `job:started` (with the ETA): the page needs it only when
 * it was told a queue position, or when a long run's ETA is worth showing.
 */
export async function runJob(run: JobRun, announce: { eta: number | null } | null = null): Promise<void> {
  const { job, post, cancellation } = run;
  if (announce) post({ type: "job:started", job, ...(announce.eta === null ? {} : { eta: announce.eta }) });
  // A cancelled job ends now and frees its slot, even if its handler
  // ignores ctx.signal; whatever it returns later is dropped.
  try {
    const outcome = await Promise.race([work(run), cancellation.cancelled]);
    if (outcome === "cancelled") post({ type: "job:done", job, ok: false, cancelled: true });
    else post({ type: "job:done", job, ok: true, ...(outcome && forRun(run, outcome)) });
  } catch (error) {
    if (!cancellation.aborted) post({ type: "job:error", job, error: toErrorInfo(error, run.showError) });
    post({ type: "job:done", job, ok: false, ...(cancellation.aborted ? { cancelled: true } : {}) });
  }
}

/** What of a run's outputs crosses: `data` only for an API client that asked for it (SubmitRequest.wantsData). */
const forRun = (run: JobRun, out: Postprocessed): Postprocessed | { updates: Postprocessed["updates"] } =>
  run.request.wantsData ? out : { updates: out.updates };

/** Runs the handler; a plain (non-streamed) result comes back to ride on `job:done`. */
async function work(run: JobRun): Promise<Postprocessed | null> {
  const stored = browserStatesOf(run.dep);
  if (stored.length) {
    for (const message of await run.session.prepare(stored)) run.post({ type: "job:log", job: run.job, level: "warning", message });
  }
  if (run.dep.render) {
    const { Renders } = await import("./render.ts");
    const renders = (run.session.renders ??= new Renders({
      componentConfig,
      dependencyConfig,
      walk,
      Scope: RenderScope,
      fail: (message) => new UsageError(message),
    }));
    const { patch, blocks } = renders.run(run.dep.render, inputArgs(run.dep, run.request.data, run.session));
    await flushOptionWarnings();
    // File components made with a path, URL or Blob as their value: stored before the page sees them.
    const pending = blocks.filter((b) => b instanceof Component && b.hasPendingFiles);
    if (pending.length) {
      await (await import("./file-values.ts")).storeInitialFiles(pending);
      for (const config of patch.components) {
        const block = pending.find((b) => b.id === config.id);
        if (block) config.props.value = block.props.value;
      }
    }
    run.post({ type: "job:render", job: run.job, patch });
    return null;
  }
  // `preprocess: false` (Gradio's): the handler gets the page's values as they are, files as FileData.
  const files = touchesFiles(run.dep);
  let args = inputArgs(run.dep, run.request.data, run.session);
  if (files && run.dep.options.preprocess !== false) args = await (await import("./file-values.ts")).loadFileInputs(run.dep, args, (b) => run.session.propsOf(b));
  const fn = run.dep.fn;
  // Fetched while the handler runs, all at once: a large value's first look waits for them.
  const makers = run.dep.outputs.filter((b): b is Component => b instanceof Component && !!b.spec.preview);
  for (const b of makers) void b.spec.loadPreview?.();
  const previewing = makers.length > 0 && import("./previews.ts");
  const result = fn ? invoke(fn, args, makeContext(run)) : undefined;
  if (isIterator(result)) {
    await stream(run, result);
    return null;
  }
  let value = result instanceof Promise ? await result : result;
  if (files) value = await (await import("./file-values.ts")).storeFileOutputs(run.dep.outputs, value, (b) => run.session.propsOf(b));
  if (run.cancellation.aborted) return null;
  if (previewing) await (await previewing).postPreviews(run, value);
  const out = postprocess(run.dep.outputs, value, run.session);
  run.session.record(out.updates);
  return out;
}

async function emit(run: JobRun, raw: unknown, final: boolean, media: MediaChunks | null = null): Promise<void> {
  // A streaming Audio/Video's chunk goes to the page on its own; the other outputs update as usual.
  if (media) {
    const rest = await media.take(raw);
    if (!rest) return;
    raw = rest;
  }
  const value = touchesFiles(run.dep)
    ? await (await import("./file-values.ts")).storeFileOutputs(run.dep.outputs, raw, (b) => run.session.propsOf(b))
    : raw;
  const out = postprocess(run.dep.outputs, value, run.session);
  run.session.record(out.updates);
  run.post({ type: "job:output", job: run.job, ...forRun(run, out), final });
}

const browserStateBlocks = new WeakMap<Dependency, Block[]>();

/** The BrowserStates a listener reads or writes: loaded before it runs. */
function browserStatesOf(dep: Dependency): Block[] {
  let list = browserStateBlocks.get(dep);
  if (!list) browserStateBlocks.set(dep, (list = [...dep.inputs, ...dep.outputs].filter(isBrowserState)));
  return list;
}

/** Checks and converts page values into the handler's arguments. */
export function inputArgs(dep: Dependency, data: unknown[], session: SessionState): unknown[] {
  if (data.length !== dep.inputs.length) {
    throw new BadValueError(`Expected ${dep.inputs.length} input value(s), got ${data.length}`);
  }
  const values = dep.inputs.map((block, i) => {
    try {
      const c = block as Component;
      const value = session.inputValue(block, data[i]);
      return isState(block) || !c.preprocess || dep.options.preprocess === false ? value : c.preprocess(value, session.propsOf(block));
    } catch (error) {
      if (error instanceof BadValueError) throw new BadValueError(`Input ${i + 1} (${labelOf(block as Component)}): ${error.message}`);
      throw error;
    }
  });
  if (dep.collectsMap) return [new Map(dep.inputs.map((b, i) => [b, values[i]]))];
  return values;
}

function labelOf(c: Component): string {
  return typeof c.props.label === "string" ? c.props.label : c.type;
}

function makeContext(run: JobRun) {
  return jobContext({
    job: run.job,
    post: run.post,
    session: run.request.session,
    event: eventData(run.dep, run.request.event, run.blockOf),
    cancellation: run.cancellation,
    request: { url: run.page.url, query: run.page.query },
  });
}


/** How often the page's own runs get a streamed value: it shows one frame at a time anyway. */
const FRAME_MS = 16;

/**
 * Sends a generator's values. An API client gets every value, in order, as
 * Gradio sends them. The page's own runs (they have an event) get at most one
 * per frame, the latest: a model yielding thousands of tokens a second then
 * costs the page one message and one render per frame, not one per token.
 * The last value is always sent.
 */
async function stream(run: JobRun, iterator: AnyIterator): Promise<void> {
  const { cancellation } = run;
  const media = await mediaChunks(run);
  // Every chunk of a media stream counts: none is coalesced.
  const latestOnly = !!run.request.event && !media;
  let held: { value: unknown } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sending: Promise<void> = Promise.resolve();
  let lastSent = -Infinity;
  const send = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!held) return;
    const { value } = held;
    held = null;
    lastSent = performance.now();
    sending = sending.then(() => emit(run, value, false, media));
    // Awaited below; until then a failure must not count as unhandled.
    sending.catch(() => {});
  };
  try {
    while (!cancellation.aborted) {
      const step = await iterator.next();
      if (step.done || cancellation.aborted) break;
      held = { value: step.value };
      const wait = latestOnly ? FRAME_MS - (performance.now() - lastSent) : 0;
      if (wait <= 0) {
        send();
        await sending;
      } else {
        // A value held while the generator waits on something slow still shows within a frame.
        timer ??= setTimeout(send, wait);
      }
    }
    if (!cancellation.aborted) send();
    await sending;
    // The stream's chunks, joined, are the output's value from now on (Gradio's combine_stream).
    if (media && !cancellation.aborted) await emit(run, await media.finish(), true);
  } catch (error) {
    // A generator that throws keeps what it yielded last: it shows with the error.
    if (!cancellation.aborted) send();
    await sending.catch(() => {});
    throw error;
  } finally {
    if (timer) clearTimeout(timer);
    if (cancellation.aborted) await iterator.return?.(undefined);
  }
}

/**
 * The chunk sender for a listener whose outputs include a streaming
 * gr.Audio or gr.Video; its code loads only for such a listener.
 */
async function mediaChunks(run: JobRun): Promise<MediaChunks | null> {
  const streaming = run.dep.outputs.filter(
    (b): b is Component => b instanceof Component && (b.type === "audio" || b.type === "video") && run.session.propsOf(b).streaming === true,
  );
  if (!streaming.length) return null;
  const { MediaChunks } = await import("./media-chunks.ts");
  return new MediaChunks({ job: run.job, outputs: run.dep.outputs, streaming, post: run.post });
}

/**
 * Never throws: a handler may throw anything (`Object.create(null)`, an Error
 * whose `message` getter throws), and a throw here would leave its run
 * "processing" forever (issue #13).
 */
export function toErrorInfo(error: unknown, showError: boolean): ErrorInfo {
  try {
    if (error instanceof GradioError) return { code: "app-error", message: String(error.message), title: error.title, duration: error.duration };
    if (error instanceof BadValueError) return { code: "bad-input", message: error.message };
    if (error instanceof BadOutputError) return { code: "bad-output", message: error.message };
    console.error("[gradio-lite] handler error:", error);
    // The file cache's own messages (a file cleared from storage) say what happened; the generic one would not.
    if (error instanceof Error && error.name === "FileCacheError") return { code: "handler", message: error.message };
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { code: "handler", message: showError ? detail : GENERIC_MESSAGE };
  } catch {
    return { code: "handler", message: showError ? "The handler threw a value that cannot be shown as text" : GENERIC_MESSAGE };
  }
}

/**
 * Gradio's batch mode: one handler call for several queued runs. Each input
 * arrives as a list (one item per run); the handler returns one list per
 * output, which is split back to the runs.
 */
export async function runBatch(runs: JobRun[]): Promise<void> {
  const [first] = runs;
  const dep = first.dep;
  for (const run of runs) run.post({ type: "job:started", job: run.job });
  const live: JobRun[] = [];
  const columns: unknown[][] = dep.inputs.map(() => []);
  for (const run of runs) {
    try {
      const args = inputArgs(dep, run.request.data, run.session);
      args.forEach((v, i) => columns[i].push(v));
      live.push(run);
    } catch (error) {
      fail(run, error);
    }
  }
  if (!live.length) return;
  try {
    const result = await invoke(dep.fn!, columns, makeContext(first));
    const lists = dep.outputs.length === 0 ? [] : (result as unknown[]);
    if (dep.outputs.length && (!Array.isArray(lists) || lists.length !== dep.outputs.length || lists.some((l) => !Array.isArray(l) || l.length !== live.length))) {
      throw new BadOutputError(
        `A batch handler must return ${dep.outputs.length} list(s), one per output, each with ${live.length} item(s) (one per queued call)`,
      );
    }
    live.forEach((run, j) => {
      try {
        const values = lists.map((list) => (list as unknown[])[j]);
        const out = postprocess(dep.outputs, dep.outputs.length === 1 ? values[0] : values, run.session);
        run.session.record(out.updates);
        run.post({ type: "job:done", job: run.job, ok: true, ...forRun(run, out) });
      } catch (error) {
        fail(run, error);
      }
    });
  } catch (error) {
    for (const run of live) fail(run, error);
  }
}

function fail(run: JobRun, error: unknown): void {
  run.post({ type: "job:error", job: run.job, error: toErrorInfo(error, run.showError) });
  run.post({ type: "job:done", job: run.job, ok: false });
}
