// `await demo.call("/name", args)`: runs an endpoint like a function, in
// this worker, outside the queue and the UI (Gradio's "Blocks as function").

import { apiNames } from "../src/api-names.ts";
import type { Blocks } from "../src/blocks.ts";
import { UsageError } from "../src/errors.ts";
import { inputArgs } from "./jobs.ts";
import type { Block } from "../src/block.ts";
import { loadFileInputs, storeFileOutputs } from "./file-values.ts";
import { touchesFiles } from "./touches-files.ts";
import { postprocess } from "./outputs.ts";
import { SessionState } from "./sessions.ts";
import { invoke, isIterator } from "./context.ts";
import type { Context } from "../src/handler.ts";

/**
 * One output's value, or an array of values for several outputs. A null
 * endpoint is the app's first (calling a Blocks in Gradio runs fn_index 0;
 * here the first listener with an API endpoint, so an Interface's examples
 * listener does not stand in for its function).
 */
export async function callEndpoint(app: Blocks, endpoint: string | number | null, args: unknown[], signal?: AbortSignal): Promise<unknown> {
  const names = apiNames(app.dependencies);
  const wanted = String(endpoint ?? names.find(Boolean) ?? "").replace(/^\//, "");
  // A number is Gradio's fn_index: the listener's place in the app.
  const index = typeof endpoint === "number" ? (app.dependencies[endpoint] ? endpoint : -1) : names.indexOf(wanted);
  if (index < 0) {
    const known = names.filter(Boolean).map((n) => `/${n}`).join(", ") || "none";
    throw new UsageError(`No endpoint named "/${wanted}" in this app. Its endpoints: ${known}`);
  }
  if (!Array.isArray(args)) throw new UsageError(`call("/${wanted}", args): args must be an array`);
  const dep = app.dependencies[index];
  const session = new SessionState();
  // Progress and toasts go nowhere: a call is outside the UI.
  const ctx: Context = {
    session: { id: "call" },
    event: { target: null, type: "api", _data: null },
    signal: signal ?? new AbortController().signal,
    request: { url: "", query: {} },
    progress: () => {},
    info: () => {},
    warning: () => {},
  };
  const propsOf = (b: Block) => session.propsOf(b);
  const files = touchesFiles(dep);
  let handlerArgs = inputArgs(dep, args, session);
  if (files) handlerArgs = await loadFileInputs(dep, handlerArgs, propsOf);
  let result = dep.fn ? invoke(dep.fn, handlerArgs, ctx) : undefined;
  if (isIterator(result)) {
    let last: unknown;
    for (let step = await result.next(); !step.done; step = await result.next()) last = step.value;
    result = last;
  } else {
    result = await result;
  }
  if (files) result = await storeFileOutputs(dep.outputs, result, propsOf);
  const { data } = postprocess(dep.outputs, result, session);
  return dep.outputs.length === 1 ? data[0] : data;
}
