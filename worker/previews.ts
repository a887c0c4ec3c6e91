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


/** Sends a run's previews, if its result makes any, ahead of its result. */
export async function postPreviews(run: JobRun, result: unknown): Promise<void> {
  const found = await previews(run.dep.outputs, result, run.session);
  if (found.length) run.post({ type: "job:preview", job: run.job, previews: found });
}
