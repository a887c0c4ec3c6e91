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
 * A handler that returns a plain value ends here, at once: no promise is
 * made and nothing waits for a later microtask, which is most of a predict's
 * time in the worker and most of what it leaves for the garbage collector
 * (issue #14 item 7). Returns a promise only for a run that goes on.
 */
export function runJob(run: JobRun, announce: { eta: number | null } | null = null): Promise<void> | void {
  const { job, post } = run;
  if (announce) post({ type: "job:started", job, ...(announce.eta === null ? {} : { eta: announce.eta }) });
  let outcome: Postprocessed | null | Promise<Postprocessed | null>;
  try {
    outcome = work(run);
  } catch (error) {
    return fail(run, error);
  }
  if (outcome instanceof Promise) return finishLater(run, outcome);
  post(doneWith(run, outcome));
}

/** A run's `job:done`: its outputs ride on it. */
const doneWith = (run: JobRun, out: Postprocessed | null): JobMessage => ({ type: "job:done", job: run.job, ok: true, ...(out && forRun(run, out)) });

/**
 * A cancelled job ends now and frees its slot, even if its handler ignores
 * ctx.signal; whatever it returns later is dropped.
 */
async function finishLater(run: JobRun, working: Promise<Postprocessed | null>): Promise<void> {
  const { job, post, cancellation } = run;
  try {
    const outcome = await Promise.race([working, cancellation.cancelled]);
    post(outcome === "cancelled" ? { type: "job:done", job, ok: false, cancelled: true } : doneWith(run, outcome));
  } catch (error) {
    fail(run, error);
  }
}

/** What of a run's outputs crosses: `data` only for an API client that asked for it (SubmitRequest.wantsData). */
export const forRun = (run: JobRun, out: Postprocessed): Postprocessed | { updates: Postprocessed["updates"] } =>
  run.request.wantsData ? out : { updates: out.updates };

/** What a listener needs besides its handler's call; the same on every run, so worked out on its first. */
interface Needs {
  browserStates: Block[];
  files: boolean;
  /** Outputs that show a first look at a large value (components' `preview`). */
  previews: Component[];
}

const needsOf = new WeakMap<Dependency, Needs>();

function needs(dep: Dependency): Needs {
  let known = needsOf.get(dep);
  if (!known) {
    known = {
      browserStates: [...dep.inputs, ...dep.outputs].filter(isBrowserState),
      files: touchesFiles(dep),
      previews: dep.outputs.filter((b): b is Component => b instanceof Component && !!b.spec.preview),
    };
    needsOf.set(dep, known);
  }
  return known;
}

/**
 * Runs the handler. A plain result is postprocessed at once; a promise, a
 * stream or anything the listener needs first (BrowserStates, files, a
 * gr.render, previews) goes on in `workLater`.
 */
function work(run: JobRun): Postprocessed | null | Promise<Postprocessed | null> {
  const { dep } = run;
  const need = needs(dep);
  if (need.browserStates.length || need.files || need.previews.length || dep.render) return workLater(run, need);
  const result = dep.fn ? invoke(dep.fn, inputArgs(dep, run.request.data, run.session), makeContext(run)) : undefined;
  if (isIterator(result)) return streamed(run, result);
  return result instanceof Promise ? result.then((value) => outputsOf(run, value)) : outputsOf(run, result);
}

function outputsOf(run: JobRun, value: unknown): Postprocessed | null {
  if (run.cancellation.aborted) return null;
  const out = postprocess(run.dep.outputs, value, run.session);
  run.session.record(out.updates);
  return out;
}

async function workLater(run: JobRun, need: Needs): Promise<Postprocessed | null> {
  if (need.browserStates.length) {
    for (const message of await run.session.prepare(need.browserStates)) run.post({ type: "job:log", job: run.job, level: "warning", message });
  }
  if (run.dep.render) return renderRun(run, run.dep.render);
  // `preprocess: false` (Gradio's): the handler gets the page's values as they are, files as FileData.
  let args = inputArgs(run.dep, run.request.data, run.session);
  if (need.files && run.dep.options.preprocess !== false) args = await (await import("./file-values.ts")).loadFileInputs(run.dep, args, (b) => run.session.propsOf(b));
  const fn = run.dep.fn;
  // Fetched while the handler runs, all at once: a large value's first look waits for them.
  for (const b of need.previews) void b.spec.loadPreview?.();
  const previewing = need.previews.length > 0 && import("./previews.ts");
  const result = fn ? invoke(fn, args, makeContext(run)) : undefined;
  if (isIterator(result)) return streamed(run, result);
  let value = result instanceof Promise ? await result : result;
  if (need.files) value = await (await import("./file-values.ts")).storeFileOutputs(run.dep.outputs, value, (b) => run.session.propsOf(b));
  if (run.cancellation.aborted) return null;
  if (previewing) await (await previewing).postPreviews(run, value);
  return outputsOf(run, value);
}

/** A gr.render run: its blocks and listeners go to the page as one patch. */
async function renderRun(run: JobRun, render: NonNullable<Dependency["render"]>): Promise<null> {
  const { Renders } = await import("./render.ts");
  const renders = (run.session.renders ??= new Renders({
    componentConfig,
    dependencyConfig,
    walk,
    Scope: RenderScope,
    fail: (message) => new UsageError(message),
  }));
  const { patch, blocks } = renders.run(render, inputArgs(run.dep, run.request.data, run.session));
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

/**
 * A generator's values go to the page as they come (worker/stream.ts: its
 * code loads with the first app whose code has a generator, hinted from the
 * code at start, worker/lazy-api.ts).
 */
async function streamed(run: JobRun, iterator: AnyIterator): Promise<null> {
  await (await import("./stream.ts")).stream(run, iterator);
  return null;
}

/** Checks and converts page values into the handler's arguments. */
export function inputArgs(dep: Dependency, data: unknown[], session: SessionState): unknown[] {
  const { inputs } = dep;
  if (data.length !== inputs.length) {
    throw new BadValueError(`Expected ${inputs.length} input value(s), got ${data.length}`);
  }
  const values = new Array<unknown>(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const block = inputs[i] as Component;
    try {
      const value = session.inputValue(block, data[i]);
      values[i] = isState(block) || !block.preprocess || dep.options.preprocess === false ? value : block.preprocess(value, session.propsOf(block));
    } catch (error) {
      if (error instanceof BadValueError) throw new BadValueError(`Input ${i + 1} (${labelOf(block)}): ${error.message}`);
      throw error;
    }
  }
  if (dep.collectsMap) return [new Map(inputs.map((b, i) => [b, values[i]]))];
  return values;
}

function labelOf(c: Component): string {
  return typeof c.props.label === "string" ? c.props.label : c.type;
}

export function makeContext(run: JobRun) {
  return jobContext({
    job: run.job,
    post: run.post,
    session: run.request.session,
    event: eventData(run.dep, run.request.event, run.blockOf),
    cancellation: run.cancellation,
    request: { url: run.page.url, query: run.page.query },
  });
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

/** A run failed: its error, unless it was cancelled meanwhile, then its end. */
export function fail(run: JobRun, error: unknown): void {
  const { aborted } = run.cancellation;
  if (!aborted) run.post({ type: "job:error", job: run.job, error: toErrorInfo(error, run.showError) });
  run.post({ type: "job:done", job: run.job, ok: false, ...(aborted ? { cancelled: true } : {}) });
}
