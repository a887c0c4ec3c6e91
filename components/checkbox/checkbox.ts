// gr.Checkbox: the worker side (its view is ./view/).

import type { Component, EventMethods } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { toBool } from "../../src/values.ts";

export interface Checkbox extends Component<boolean, boolean | null>, EventMethods<"change" | "input" | "select"> {}

export const Checkbox = define<ValueFactory<Checkbox, boolean | null>>({
  type: "checkbox",
  name: "Checkbox",
  events: ["change", "input", "select"],
  options: [],
  preprocess: (v) => toBool(v, "Checkbox"),
  postprocess: (v) => toBool(v, "Checkbox"),
});
