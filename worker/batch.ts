// Gradio's batch mode (`batch: true`): loaded with the first batched run, as
// few apps batch.

import { BadOutputError, postprocess } from "./outputs.ts";
import { invoke } from "./context.ts";
import { fail, forRun, inputArgs, makeContext, type JobRun } from "./jobs.ts";

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
