// A generator handler's values, streamed to the page (Gradio's streaming
// outputs). Loaded with the first app whose code has a generator: most apps
// return one value, and hello world's worker does without this.

import { Component } from "../src/component.ts";
import { touchesFiles } from "./touches-files.ts";
import { postprocess } from "./outputs.ts";
import { forRun, type JobRun } from "./jobs.ts";
import type { AnyIterator } from "./context.ts";
import type { MediaChunks } from "./media-chunks.ts";

/** How often the page's own runs get a streamed value: it shows one frame at a time anyway. */
const FRAME_MS = 16;

/**
 * Sends a generator's values. An API client gets every value, in order, as
 * Gradio sends them. The page's own runs (they have an event) get at most one
 * per frame, the latest: a model yielding thousands of tokens a second then
 * costs the page one message and one render per frame, not one per token.
 * The last value is always sent.
 */
export async function stream(run: JobRun, iterator: AnyIterator): Promise<void> {
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
