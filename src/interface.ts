// gr.Interface: Gradio's standard two-column app, built from Blocks.

import { outsideBody } from "./block.ts";
import { Blocks } from "./blocks.ts";
import type { Component } from "./component.ts";
import * as c from "./components.ts";
import { Dataset } from "./dataset.ts";
import type { Handler } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import { Column, Row } from "./layouts.ts";
import { I18nText } from "./i18n.ts";
import { paramNames } from "./param-names.ts";
import { toComponents } from "./shortcuts.ts";

export interface InterfaceOptions {
  fn: Handler;
  inputs?: unknown;
  outputs?: unknown;
  examples?: unknown[][] | unknown[] | null;
  title?: string | I18nText | null;
  description?: string | I18nText | null;
  article?: string | null;
  live?: boolean;
  submitBtn?: string;
  clearBtn?: string | null;
  flagging?: boolean | string;
  apiName?: string | false;
  css?: string | null;
  concurrencyLimit?: number | null;
}

function makeInterface(options: InterfaceOptions): Blocks {
  if (!options || typeof options.fn !== "function") {
    throw new UsageError("gr.Interface needs { fn, inputs, outputs } with fn a function");
  }
  const inputs = outsideBody(() => toComponents(options.inputs, "Interface inputs"));
  const outputs = outsideBody(() => toComponents(options.outputs, "Interface outputs"));
  const examples = normalizeExamples(options.examples, inputs.length);
  // Unlabelled inputs take the handler's parameter names; outputs "output", as in Gradio.
  const names = paramNames(options.fn);
  inputs.forEach((input, i) => {
    if (input.props.label === undefined && names[i]) input.props.label = names[i];
  });
  outputs.forEach((output, i) => {
    if (output.props.label === undefined) output.props.label = outputs.length === 1 ? "output" : `output ${i}`;
  });

  return Blocks({ title: options.title ?? "Gradio", css: options.css ?? null }, () => {
    if (options.title) c.Markdown(options.title instanceof I18nText ? options.title.withPrefix("# ") : `# ${options.title}`, { elemClasses: ["gr-interface-title"] });
    if (options.description) c.Markdown(options.description, { elemClasses: ["gr-interface-description"] });
    let submit: Component | null = null;
    let clear: Component | null = null;
    Row({ equalHeight: false }, () => {
      Column({ variant: "panel" }, () => {
        for (const input of inputs) input.render();
        Row(() => {
          if (options.clearBtn !== null) clear = c.Button(options.clearBtn ?? "Clear", { variant: "secondary" });
          if (!options.live) submit = c.Button(options.submitBtn ?? "Submit", { variant: "primary" });
        });
      });
      Column({ variant: "panel" }, () => {
        for (const output of outputs) {
          output.props.interactive ??= false;
          output.render();
        }
      });
    });
    if (examples.length) {
      const dataset = Dataset({
        samples: examples.map((row) => row.map((v, i) => inputs[i].postprocess(v))),
        headers: inputs.map((x) => (x.props.label as string | undefined) ?? x.type),
        components: inputs.map((x) => x.type),
        label: "Examples",
      });
      const fill = (index: number | null) => {
        const row = index === null ? inputs.map((x) => x.value) : examples[index];
        return inputs.length === 1 ? row[0] : row;
      };
      dataset.click(fill, dataset, inputs, {
        apiName: false,
        queue: false,
        showProgress: "hidden",
      });
    }
    if (options.article) c.Markdown(options.article);
    const listener = { apiName: options.apiName ?? "predict", concurrencyLimit: options.concurrencyLimit };
    if (options.live) {
      for (const input of inputs) {
        const event = input.spec.events.includes("change") ? "change" : null;
        if (event) input.change(options.fn, inputs, outputs, { ...listener, triggerMode: "always_last" });
      }
      if (!inputs.length) throw new UsageError("A live Interface needs at least one input");
    } else {
      const dep = (submit as Component | null)?.click(options.fn, inputs, outputs, listener);
      for (const input of inputs) {
        if (input.type === "textbox" && dep) input.submit(options.fn, inputs, outputs, { ...listener, apiName: false });
      }
    }
    if (clear) {
      const all = [...inputs, ...outputs];
      const initial = all.map((x) => x.value);
      (clear as Component).click(() => initial, null, all, { apiName: false, queue: false, showProgress: "hidden" });
    }
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

export const Interface = makeInterface;
