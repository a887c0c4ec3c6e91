// First looks at large output values (a 100k-row table's first rows), sent
// before the values themselves: loaded only when a listener's outputs can
// make one (gr.DataFrame).

import { Block } from "../src/block.ts";
import { Component } from "../src/component.ts";
import { Update } from "../src/updates.ts";
import { spread, type SessionView } from "./outputs.ts";
import type { JobRun } from "./jobs.ts";
import type { Preview } from "./protocol.ts";

/**
 * First looks at the large values a handler returned (a long table's first
 * rows), for the page to paint while the whole values are converted and
 * cross. Empty when no output makes one, or the result does not fit its
 * outputs (postprocess then says why).
 */
export async function previews(outputs: Block[], result: unknown, view: SessionView): Promise<Preview[]> {
  const makers = outputs.filter((b): b is Component => b instanceof Component && b.spec.preview !== undefined);
  let values: Map<Block, unknown>;
  try {
    values = spread(outputs, result);
  } catch {
    return [];
  }
  const found: Preview[] = [];
  for (const block of makers) {
    if (!values.has(block)) continue;
    let value = values.get(block);
    let props = view.propsOf(block);
    if (value instanceof Update || value instanceof Block) {
      const given = value instanceof Update ? value.props : value.given;
      if (!("value" in given)) continue;
      value = given.value;
      props = { ...props, ...given };
    }
    const preview = await block.spec.preview!(value, props);
    if (preview !== undefined) found.push({ id: block.id, value: preview });
  }
  return found;
}


/** The longest the whole values wait for the page to paint their previews: a hidden page paints none. */
export const SHOWN_WAIT_MS = 250;

/**
 * Sends a run's previews, if its result makes any, ahead of its result. For
 * the page's own runs, it resolves once the page has painted them (or after
 * SHOWN_WAIT_MS): converting and copying the whole values takes the worker a
 * core, and its garbage collection more, for a few hundred ms. On a 2-core
 * machine that left the page's paint waiting: a 100k-point line's first look
 * took 80 ms from drawn to painted, a 100k-row table's 75 ms (bench/data.mjs).
 */
export async function postPreviews(run: JobRun, result: unknown): Promise<void> {
  const found = await previews(run.dep.outputs, result, run.session);
  if (!found.length) return;
  // An API client draws no preview: its result is not held.
  if (!run.request.event) return run.post({ type: "job:preview", job: run.job, previews: found });
  const { port1, port2 } = new MessageChannel();
  await new Promise((shown) => {
    port1.onmessage = shown;
    setTimeout(shown, SHOWN_WAIT_MS);
    run.post({ type: "job:preview", job: run.job, previews: found, shown: port2 });
  });
  port1.close();
}
