// gr.Interface: Gradio's standard two-column app, built from Blocks.

import { currentRoot, outsideBody } from "./block.ts";
import { Blocks, type BlocksOptions } from "./blocks.ts";
import { optionNames, type Component } from "./component.ts";
import * as c from "./components.ts";
import { Dataset, sampleOf } from "../components/dataset/dataset.ts";
import { listen, type AnyHandler, type Dependency } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import type { AnyComponent, Handler, Inputs, Outputs } from "./handler.ts";
import { Column, Row } from "./layouts.ts";
import { isState, State } from "../components/state/state.ts";
import { I18nText } from "./i18n.ts";
import { checkOptions, refuseServerOptions, SERVER_ONLY_OPTIONS } from "./options-check.ts";
import type { FlaggingCallbackLike } from "./flagging.ts";
import { makeFlagging } from "./interface-flagging.ts";
import { paramNames } from "./param-names.ts";
import { toComponents, type ResolveAll, type Shortcut } from "./shortcuts.ts";

/** An Interface's inputs or outputs: components or shortcut names ("textbox"), one or several. */
export type InterfaceIO = AnyComponent | Shortcut | ReadonlyArray<AnyComponent | Shortcut> | null;

type AsInputs<X> = X extends Inputs ? X : never;
type AsOutputs<X> = X extends Outputs ? X : never;

/** The handler of an Interface: typed from its inputs and outputs, shortcuts included. */
export type InterfaceFn<I, O> = Handler<AsInputs<ResolveAll<I>>, AsOutputs<ResolveAll<O>>>;

export interface InterfaceSettings extends Pick<BlocksOptions, "css" | "js" | "head" | "theme" | "fillWidth" | "analyticsEnabled"> {
  examples?: ReadonlyArray<readonly unknown[]> | readonly unknown[] | null;
  title?: string | I18nText | null;
  description?: string | I18nText | null;
  article?: string | null;
  live?: boolean;
  /** A live Interface's streaming inputs: the stream ends after this many seconds (default 30; null: never). */
  timeLimit?: number | null;
  /** A live Interface's streaming inputs: seconds between the chunks sent to fn (default 0.5). */
  streamEvery?: number;
  submitBtn?: string;
  clearBtn?: string | null;
  /**
   * "manual" (Gradio's default): a Flag button under the outputs saves the
   * inputs and outputs as a row; "auto": every successful run is saved;
   * "never": no flagging. Rows stay in this browser (docs/flagging.md).
   */
  flaggingMode?: "never" | "manual" | "auto" | null;
  /** One button per option: strings ("Flag as X", saving X) or [label, value] pairs. */
  flaggingOptions?: ReadonlyArray<string> | ReadonlyArray<readonly [string, string]> | null;
  /** Names the rows' folder in this browser's storage and the downloaded zip (Gradio: a folder on the server). */
  flaggingDir?: string;
  /** What a flag calls (default: a gr.CSVLogger keeping rows in this browser). */
  flaggingCallback?: FlaggingCallbackLike | null;
  /** Older name: true is "manual", false "never", or the mode itself. */
  flagging?: boolean | "never" | "manual" | "auto";
  apiName?: string | false;
  concurrencyLimit?: number | null;
  /** Compute each example's outputs once, kept in this browser (gr.Examples' cacheExamples). */
  cacheExamples?: boolean | "lazy" | null;
  cacheMode?: "eager" | "lazy";
  examplesPerPage?: number;
  exampleLabels?: string[] | null;
}
const INTERFACE_OPTIONS = [
  ...optionNames<InterfaceSettings>()(
    "examples", "title", "description", "article", "live", "timeLimit", "streamEvery", "submitBtn", "clearBtn", "flaggingMode", "flagging", "flaggingOptions", "flaggingDir", "flaggingCallback",
    "apiName", "concurrencyLimit", "css", "js", "head", "theme", "fillWidth", "analyticsEnabled", "cacheExamples",
    "cacheMode", "examplesPerPage", "exampleLabels",
  ),
  "fn",
  "inputs",
  "outputs",
];

export interface InterfaceOptions<I = InterfaceIO, O = InterfaceIO> extends InterfaceSettings {
  fn: InterfaceFn<I, O>;
  inputs?: I;
  outputs?: O;
}

/** What an Interface's flagging gets (src/interface-flagging.ts). */
export interface FlaggingSetup {
  options: InterfaceSettings;
  kind: "standard" | "output-only" | "input-only" | "unified";
  /** What a flag saves: the inputs, then the outputs (a unified Interface's components once). */
  components: AnyComponent[];
}

/** An Interface's Flag buttons and their listeners. */
export interface InterfaceFlagging {
  manual: boolean;
  /** The Flag buttons (manual mode), in the current row. */
  buttons(): void;
  /** The "Flagged (n)" control, under them. */
  viewer(): void;
  /** Once the Interface's own listeners exist: Clear resets the buttons; "auto" flags each successful run. */
  wire(clear: Component | null, runs: Dependency[]): void;
}


/** gr.Examples, once its group has loaded (src/examples-api.ts). */
export const examplesImpl: { make: ((options: import("../components/examples/examples.ts").ExamplesOptions) => unknown) | null } = { make: null };

type RawOptions = InterfaceSettings & { fn: AnyHandler; inputs?: unknown; outputs?: unknown };

function makeInterface(options: RawOptions): Blocks {
  if (!options || typeof options.fn !== "function") {
    throw new UsageError("gr.Interface needs { fn, inputs, outputs } with fn a function, or (fn, inputs, outputs, options?)");
  }
  refuseServerOptions("gr.Interface", options);
  checkOptions("gr.Interface", options, INTERFACE_OPTIONS, SERVER_ONLY_OPTIONS);
  const [rawInputs, rawOutputs] = withSharedState(options.inputs, options.outputs);
  const inputs = outsideBody(() => toComponents(rawInputs, "Interface inputs"));
  const outputs = outsideBody(() => toComponents(rawOutputs, "Interface outputs"));
  if (!inputs.length && !outputs.length) throw new UsageError("gr.Interface: give at least one of inputs or outputs");
  // Gradio's four kinds: standard, output-only (no inputs), input-only (no outputs), unified (the same components).
  const kind = !inputs.length ? "output-only" : !outputs.length ? "input-only" : inputs.length === outputs.length && inputs.every((x, i) => x === outputs[i]) ? "unified" : "standard";
  const examples = normalizeExamples(options.examples, inputs.length);
  // Unlabelled inputs take the handler's parameter names; outputs "output", as in Gradio.
  const names = paramNames(options.fn);
  inputs.forEach((input, i) => {
    if (input.props.label === undefined && names[i]) input.props.label = names[i];
  });
  if (kind !== "unified") {
    outputs.forEach((output, i) => {
      if (output.props.label === undefined) output.props.label = outputs.length === 1 ? "output" : `output ${i}`;
    });
  }

  // Null when flagging is off (src/interface-flagging.ts reads the mode).
  const flagging = makeFlagging({ options, kind, components: kind === "unified" ? inputs : [...inputs, ...outputs] });

  const { css, js, head, theme, fillWidth } = options;
  return Blocks({ title: options.title ?? "Gradio", css: css ?? null, js, head, theme, fillWidth }, () => {
    if (options.title) c.Markdown(options.title instanceof I18nText ? options.title.withPrefix("# ") : `# ${options.title}`, { elemClasses: ["gr-interface-title"] });
    if (options.description) c.Markdown(options.description, { elemClasses: ["gr-interface-description"] });
    let submit = null as Component | null;
    let clear = null as Component | null;
    const buttons = (label: string) => {
      Row(() => {
        if (options.clearBtn !== null) clear = c.Button(options.clearBtn ?? "Clear", { variant: "secondary" });
        // An output-only Interface always has its Generate button, live or not, as in Gradio.
        if (!options.live || kind === "output-only") submit = c.Button(label, { variant: "primary" });
        if (kind !== "standard") flagging?.buttons();
      });
      if (kind !== "standard") flagging?.viewer();
    };
    Row({ equalHeight: false }, () => {
      if (kind !== "output-only") {
        Column({ variant: "panel" }, () => {
          for (const input of inputs) if (!isState(input)) input.render();
          buttons(options.submitBtn ?? "Submit");
        });
      }
      if (kind === "standard" || kind === "output-only") {
        Column({ variant: "panel" }, () => {
          for (const output of outputs) {
            if (isState(output)) continue;
            output.props.interactive ??= false;
            output.render();
          }
          if (kind === "output-only") buttons("Generate");
          else if (flagging) {
            if (flagging.manual) Row(flagging.buttons);
            flagging.viewer();
          }
        });
      }
    });
    if (examples.length && (options.cacheExamples || options.examplesPerPage || options.exampleLabels)) {
      // gr.Examples does these; it loads for code that names them (worker/lazy-api.ts). A bundler
      // cannot see option names: an npm app that does not use gr.Examples itself imports it.
      if (!examplesImpl.make) {
        throw new UsageError(
          'gr.Interface: cacheExamples, examplesPerPage and exampleLabels need gr.Examples, which loads for app code that names them (in a bundled npm app, add import "gradio-lite/examples")',
        );
      }
      const { cacheExamples, cacheMode, examplesPerPage, exampleLabels } = options;
      examplesImpl.make({ examples, inputs, outputs, fn: options.fn as never, cacheExamples, cacheMode, examplesPerPage, exampleLabels });
    } else if (examples.length) {
      const dataset = Dataset({
        samples: examples.map((row) => row.map((v, i) => sampleOf(inputs[i], v))),
        headers: inputs.map((x) => (x.props.label as string | undefined) ?? x.type),
        components: inputs.map((x) => x.type),
        label: "Examples",
      });
      const fill = (index: number | null) => {
        const row = index === null ? inputs.map((x) => x.value) : examples[index];
        return inputs.length === 1 ? row[0] : row;
      };
      listen([[dataset, "click"]], [fill, dataset, inputs, { apiName: false, queue: false, showProgress: "hidden" }]);
    }
    if (options.article) c.Markdown(options.article);
    const listener = { apiName: options.apiName ?? "predict", concurrencyLimit: options.concurrencyLimit };
    // The runs of fn: "auto" flagging follows each one that succeeds.
    const runs: Dependency[] = [];
    const run = (target: Component, event: string, spec: Parameters<typeof listen>[1]) => runs.push(listen([[target, event]], spec));
    if (options.live && kind === "output-only") {
      // Live and output-only: it runs on load, and Generate runs it again (Gradio's way).
      listen([[currentRoot() as Blocks, "load"]], [options.fn, null, outputs, { ...listener, apiName: false }]);
      run(submit!, "click", [options.fn, null, outputs, listener]);
    } else if (options.live) {
      // As Gradio: one listener on every input's change, or its stream when it streams (a webcam, a microphone).
      const triggers: Array<[Component, string]> = [];
      for (const input of inputs) {
        if (input.spec.events.includes("stream") && input.props.streaming) triggers.push([input, "stream"]);
        else if (input.spec.events.includes("change")) triggers.push([input, "change"]);
      }
      const streaming = triggers.some(([, event]) => event === "stream");
      const live = streaming
        ? // Gradio's trigger mode here is "multiple"; a stream's frames never queue (the latest wins), which is what it is for.
          { showProgress: "hidden" as const, timeLimit: options.timeLimit === undefined ? 30 : options.timeLimit, streamEvery: options.streamEvery ?? 0.5 }
        : { triggerMode: "always_last" as const };
      if (triggers.length) runs.push(listen(triggers, [options.fn, inputs, outputs, { ...listener, ...live }]));
    } else if (submit) {
      for (const input of inputs) {
        if (input.spec.events.includes("stream") && input.props.streaming) console.warn("[gradio-lite] gr.Interface: Streaming components are only supported in live interfaces.");
      }
      // As Gradio's Interface: a submitted run scrolls to its outputs (in an embed, with `auto-scroll`).
      run(submit, "click", [options.fn, inputs, outputs, { ...listener, scrollToOutput: true }]);
      for (const input of inputs) {
        if (input.type === "textbox") run(input, "submit", [options.fn, inputs, outputs, { ...listener, apiName: false, scrollToOutput: true }]);
      }
    }
    if (clear) {
      const all = [...new Set([...inputs, ...outputs])].filter((x) => !isState(x));
      const initial = all.map((x) => x.value);
      listen([[clear, "click"]], [() => initial, null, all, { apiName: false, queue: false, showProgress: "hidden" }]);
    }
    flagging?.wire(clear, runs);
  });
}

function normalizeExamples(examples: InterfaceOptions["examples"], inputCount: number): unknown[][] {
  if (!examples) return [];
  if (!Array.isArray(examples)) throw new UsageError("Interface examples must be an array of rows");
  return examples.map((row, i) => {
    const values = inputCount === 1 && !Array.isArray(row) ? [row] : row;
    if (!Array.isArray(values) || values.length !== inputCount) {
      throw new UsageError(`Interface examples[${i}] must have ${inputCount} value(s), one per input`);
    }
    return values;
  });
}

/**
 * `gr.Interface({ fn, inputs, outputs, ...options })` or, as in Python,
 * `gr.Interface(fn, inputs, outputs, options?)`.
 */
export function Interface<const I extends InterfaceIO = null, const O extends InterfaceIO = null, F extends InterfaceFn<I, O> = InterfaceFn<I, O>>(
  options: InterfaceSettings & { fn: F; inputs?: I; outputs?: O },
): Blocks;
export function Interface<const I extends InterfaceIO = null, const O extends InterfaceIO = null, F extends InterfaceFn<I, O> = InterfaceFn<I, O>>(
  fn: F,
  inputs: I,
  outputs: O,
  options?: InterfaceSettings,
): Blocks;
export function Interface(first: unknown, inputs?: unknown, outputs?: unknown, options?: InterfaceSettings): Blocks {
  if (typeof first === "function") {
    if (options !== undefined && (options === null || typeof options !== "object")) throw new UsageError("gr.Interface(fn, inputs, outputs, options?): options must be an object");
    return makeInterface({ ...options, fn: first as AnyHandler, inputs, outputs });
  }
  return makeInterface(first as RawOptions);
}

/**
 * Interface state, as Gradio's: one state among the inputs and one among the
 * outputs (the string "state", or gr.State instances) are one gr.State, whose
 * value a handler gets and returns. A "state" input starts `undefined`, so the
 * handler's own default parameter (`function chat(message, history = [])`)
 * is its first value, as Python's default argument is in Gradio.
 */
function withSharedState(inputs: unknown, outputs: unknown): [unknown, unknown] {
  const isStateLike = (x: unknown) => x === "state" || isState(x);
  const listOf = (x: unknown) => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);
  const ins = listOf(inputs);
  const outs = listOf(outputs);
  const inAt = ins.filter(isStateLike);
  const outAt = outs.filter(isStateLike);
  if (!inAt.length && !outAt.length) return [inputs, outputs];
  if (inAt.length !== 1 || outAt.length !== 1) throw new UsageError('gr.Interface: with state, there must be exactly one state input and one state output');
  let state: unknown = inAt[0];
  if (state === "state") {
    state = outsideBody(() => State());
    (state as unknown as { initial: unknown }).initial = undefined;
  }
  const swap = (list: unknown[]) => list.map((x) => (isStateLike(x) ? state : x));
  return [swap(ins), swap(outs)];
}
