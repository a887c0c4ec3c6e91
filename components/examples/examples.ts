// gr.Examples: a table of example inputs under a Blocks app's components.
// Clicking one fills the inputs; with `runOnClick` it also runs `fn`; with
// `cacheExamples` each example's outputs are computed once per browser (at
// load, or on first click with cacheMode "lazy"), kept in IndexedDB, and shown
// at once. Loaded only by app code that names it (worker/lazy-api.ts).

import { Block, currentRoot } from "../../src/block.ts";
import { BrowserState } from "../browser-state/browser-state.ts";
import { BadValueError, type Component } from "../../src/component.ts";
import { Dataset, sampleOf } from "../dataset/dataset.ts";
import { hashText } from "../../src/hash-text.ts";
import { listen, type AnyHandler, type Dependency } from "../../src/dependency.ts";
import { UsageError } from "../../src/errors.ts";
import type { SelectData } from "../../src/event-data.ts";
import type { AnyComponent, Context, Handler, Inputs, Outputs } from "../../src/handler.ts";
import type { I18nText } from "../../src/i18n.ts";
import { checkOptions } from "../../src/options-check.ts";
import { toComponents } from "../../src/shortcuts.ts";
import { isSkip, skip, Update } from "../../src/updates.ts";
import { invoke, isIterator } from "../../worker/context.ts";

type Rows = ReadonlyArray<readonly unknown[]> | readonly unknown[];

export interface ExamplesSettings {
  /** "eager" (default) computes every example's outputs at load; "lazy" on its first click. */
  cacheMode?: "eager" | "lazy";
  /** Examples per page of the table (10). */
  examplesPerPage?: number;
  label?: string | I18nText | null;
  /** Runs `fn` when an example is clicked (without caching). */
  runOnClick?: boolean;
  /** Shown in the table instead of the examples' values. */
  exampleLabels?: string[] | null;
  elemId?: string | null;
  visible?: boolean;
  /** The API name of the example's run (hidden from the API by default). */
  apiName?: string | false;
  /** Gradio's switches of the components' conversions: only `true` here. */
  preprocess?: boolean;
  postprocess?: boolean;
  batch?: boolean;
}

export interface ExamplesOptions<I extends Inputs = Inputs, O extends Outputs = Outputs> extends ExamplesSettings {
  /** One row per example, one value per input; a single input may take plain values. */
  examples: Rows;
  inputs: I;
  outputs?: O;
  fn?: Handler<I, O>;
  /** Compute each example's outputs once (Gradio's cache_examples), kept in this browser. */
  cacheExamples?: boolean | "lazy" | null;
}

/** What `gr.Examples` gives back: its table (a gr.Dataset) and the listener that fills the inputs. */
export interface Examples {
  readonly dataset: Dataset;
  readonly inputs: AnyComponent[];
  readonly outputs: AnyComponent[];
  readonly loadInputEvent: Dependency;
}

const OPTIONS = [
  "examples", "inputs", "outputs", "fn", "cacheExamples", "cacheMode", "examplesPerPage", "label", "runOnClick",
  "exampleLabels", "elemId", "visible", "apiName", "preprocess", "postprocess", "batch",
];

/** Each example's outputs (as `fn` returned them), by example index, for one version of `fn`. */
interface Cached {
  version: string;
  outputs: Record<string, unknown[]>;
}

/** `gr.Examples(examples, inputs, options?)` or `gr.Examples({ examples, inputs, … })`, as Gradio's. */
export function Examples<const I extends Inputs, const O extends Outputs = null>(options: ExamplesOptions<I, O>): Examples;
export function Examples<const I extends Inputs, const O extends Outputs = null>(
  examples: Rows,
  inputs: I,
  options?: Omit<ExamplesOptions<I, O>, "examples" | "inputs">,
): Examples;
export function Examples(first: unknown, inputs?: unknown, options?: object): Examples {
  const o = (Array.isArray(first) ? { ...options, examples: first, inputs } : first) as ExamplesOptions;
  if (!o || typeof o !== "object" || !Array.isArray(o.examples)) {
    throw new UsageError("gr.Examples needs (examples, inputs, options?) or { examples, inputs }, with examples a list of rows");
  }
  checkOptions("gr.Examples", o, OPTIONS);
  for (const name of ["preprocess", "postprocess", "batch"] as const) {
    if (o[name] === (name === "batch")) throw new UsageError(`gr.Examples: ${name}: ${String(o[name])} is not available here; examples always go through their components`);
  }
  if (!currentRoot()) throw new UsageError("gr.Examples must be created inside a gr.Blocks body");
  return makeExamples(o);
}

export function makeExamples(o: ExamplesOptions): Examples {
  const inputs = toComponents(o.inputs, "gr.Examples inputs") as AnyComponent[];
  const outputs = toComponents(o.outputs, "gr.Examples outputs") as AnyComponent[];
  if (!inputs.length) throw new UsageError("gr.Examples needs at least one input component");
  const rows = normalizeRows(o.examples, inputs.length);
  const fn = o.fn as AnyHandler | undefined;
  const cache = o.cacheExamples ? (o.cacheExamples === "lazy" ? "lazy" : (o.cacheMode ?? "eager")) : null;
  if ((cache || o.runOnClick) && (!fn || !outputs.length)) {
    throw new UsageError(`gr.Examples: ${cache ? "cacheExamples" : "runOnClick"} needs fn and outputs`);
  }
  const dataset = Dataset({
    samples: rows.map((row) => row.map((v, i) => sampleOf(inputs[i] as Component, v))),
    headers: inputs.map((x) => (typeof x.props.label === "string" ? x.props.label : x.type)),
    components: inputs.map((x) => x.type),
    label: o.label === undefined ? "Examples" : o.label,
    samplesPerPage: o.examplesPerPage ?? 10,
    sampleLabels: o.exampleLabels ?? null,
    ...(o.elemId ? { elemId: o.elemId } : {}),
    ...(o.visible === false ? { visible: false } : {}),
  } as never);
  const quiet = { apiName: false as const, queue: false, showProgress: "hidden" as const };
  const row = (index: number) => {
    const values = rows[index];
    if (!values) throw new BadValueError(`There is no example ${index}`);
    return inputs.length === 1 ? values[0] : values;
  };
  const fill = function (this: Context<SelectData>) {
    return row(Number(this.event.index));
  };
  const loadInputEvent = listen([[dataset, "click"]], [fill, null, inputs, quiet]);

  if (cache && fn) {
    // The key names the function's source: a changed function computes its examples anew.
    const version = hashText(fn.toString());
    const store = BrowserState<Cached>({ version, outputs: {} });
    const current = (c: Cached | null) => (c?.version === version ? c.outputs : {});
    // One run per example in this worker: a click while the load computes it waits for that run.
    const running = new Map<number, Promise<unknown[]>>();
    const compute = (ctx: Context, index: number): Promise<unknown[]> => {
      let run = running.get(index);
      if (!run) {
        run = (async () => {
          const args = await Promise.all(rows[index].map((v, i) => handlerValue(inputs[i] as Component, v)));
          return asList(await finalValue(invoke(fn, args, ctx)), outputs.length);
        })();
        running.set(index, run);
        run.catch(() => running.delete(index));
      }
      return run;
    };
    listen([[dataset, "click"]], [
      async function (this: Context<SelectData>, stored: Cached) {
        const index = Number(this.event.index);
        const known = current(stored);
        const values = known[index] ?? (await compute(this, index));
        // A State output takes gr.skip() for "unchanged" (an update would become its value).
        const next = known[index] ? skip() : remember(version, { ...known, [index]: values });
        return [...values, next];
      },
      store,
      [...outputs, store],
      { apiName: o.apiName ?? false, showProgress: "full" },
    ]);
    if (cache === "eager") {
      listen([[currentRoot() as Block, "load"]], [
        async function (this: Context, stored: Cached) {
          const known = { ...current(stored) };
          let added = false;
          for (let index = 0; index < rows.length; index++) {
            if (known[index]) continue;
            known[index] = await compute(this, index);
            added = true;
          }
          return added || stored?.version !== version ? remember(version, known) : skip();
        },
        store,
        store,
        { apiName: false, showProgress: "hidden" },
      ]);
    }
  } else if (o.runOnClick && fn) {
    loadInputEvent.then(fn as never, inputs, outputs, { apiName: o.apiName ?? false });
  }
  return { dataset, inputs, outputs, loadInputEvent };
}

function normalizeRows(examples: Rows, inputCount: number): unknown[][] {
  return examples.map((row, i) => {
    if (inputCount === 1 && !Array.isArray(row)) return [row];
    if (!Array.isArray(row) || row.length !== inputCount) {
      throw new UsageError(`gr.Examples: examples[${i}] must have ${inputCount} value(s), one per input`);
    }
    return [...row];
  });
}

/** What a handler receives for an example value: through the component both ways, files stored. */
async function handlerValue(c: Component, value: unknown): Promise<unknown> {
  const files = c.spec.files;
  const wire = c.postprocess(files ? await files.store(value, c.props, c) : value);
  const arg = c.preprocess(wire);
  return files ? files.load(arg, c.props, c) : arg;
}

/** A generator's last value, or the value. */
async function finalValue(result: unknown): Promise<unknown> {
  let value = await result;
  if (!isIterator(value)) return value;
  const iterator = value as AsyncIterator<unknown>;
  value = undefined;
  for (let step = await iterator.next(); !step.done; step = await iterator.next()) value = step.value;
  return value;
}

function asList(value: unknown, count: number): unknown[] {
  const list = count === 1 ? [value] : Array.isArray(value) ? value : [value];
  if (list.length !== count) throw new BadValueError(`The example's function returned ${list.length} value(s) for ${count} output(s)`);
  return list;
}

/** The cache to keep; values a browser cannot store (updates, components) are shown but not kept. */
function remember(version: string, outputs: Record<string, unknown[]>): Cached | ReturnType<typeof skip> {
  const storable = Object.values(outputs).every((values) => values.every((v) => !(v instanceof Update || v instanceof Block || isSkip(v))));
  if (storable) return { version, outputs };
  console.warn("[gradio-lite] gr.Examples: an example's outputs include gr.update() or a component, which cannot be cached; it runs on each click");
  return skip();
}
