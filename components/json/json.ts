// gr.JSON: the worker side (its view is ./view/).

import { optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { toJsonValue } from "../../src/json-value.ts";

export interface JSONOwnOptions {
  /** Levels shown expanded. */
  open?: boolean;
}
export interface JSON<V = unknown> extends Component<V, unknown>, EventMethods<"change"> {}

export const JSON = define<ValueFactory<JSON, unknown, JSONOwnOptions>>({
  type: "json",
  objectValue: true,
  name: "JSON",
  events: ["change"],
  options: optionNames<JSONOwnOptions>()("open"),
  postprocess: toJsonValue,
});
