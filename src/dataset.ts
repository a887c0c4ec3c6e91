// gr.Dataset: the clickable table of examples under an Interface. Its value
// is the index of the sample clicked.

import { optionNames, type Component, type EventMethods } from "./component.ts";
import { define, type ValueFactory } from "./factory.ts";
import { toNumber } from "./values.ts";

export interface DatasetOwnOptions {
  samples?: unknown[][];
  headers?: string[];
  /** The component type of each column ("textbox", "number", …). */
  components?: string[];
}
export interface Dataset extends Component<number, number | null>, EventMethods<"click" | "select"> {}

export const Dataset = define<ValueFactory<Dataset, number | null, DatasetOwnOptions>>({
  type: "dataset",
  name: "Dataset",
  events: ["click", "select"],
  options: optionNames<DatasetOwnOptions>()("samples", "headers", "components"),
  defaults: { samples: [], headers: [], components: [] },
  preprocess: (v, p) => toNumber(v, "Dataset", p),
});
