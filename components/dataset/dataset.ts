// gr.Dataset: the clickable table of examples under an Interface. Its value
// is the index of the sample clicked.

import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { toNumber } from "../../src/values.ts";

export interface DatasetOwnOptions {
  samples?: unknown[][];
  headers?: string[];
  /** The component type of each column ("textbox", "number", …). */
  components?: string[];
  /** Samples per page of the table (Gradio's samples_per_page, 10). */
  samplesPerPage?: number;
  /** Shown instead of the samples' values (Gradio's sample_labels). */
  sampleLabels?: string[] | null;
}
export interface Dataset extends Component<number, number | null>, EventMethods<"click" | "select"> {}

export const Dataset = define<ValueFactory<Dataset, number | null, DatasetOwnOptions>>({
  type: "dataset",
  name: "Dataset",
  events: ["click", "select"],
  options: optionNames<DatasetOwnOptions>()("samples", "headers", "components", "samplesPerPage", "sampleLabels"),
  defaults: { samples: [], headers: [], components: [], samplesPerPage: 10 },
  preprocess: (v, p) => toNumber(v, "Dataset", p),
});

/**
 * An example as its row in the table shows it. A file example given by its
 * path or URL (or an object of them) shows that name: it is stored in the file cache only when
 * clicked (into the input), not for the table.
 */
export function sampleOf(input: Component, value: unknown): unknown {
  try {
    return input.postprocess(value);
  } catch (error) {
    // An ImageEditor's `{ background, layers, composite }` of paths likewise shows its picture's path (components/dataset/view).
    if (input.spec.files && error instanceof BadValueError && (typeof value === "string" || Object.getPrototypeOf(value) === Object.prototype)) return value;
    throw error;
  }
}
