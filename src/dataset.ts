// gr.Dataset: the clickable table of examples under an Interface. Its value
// is the index of the sample clicked.

import { callable } from "./callable.ts";
import { defineComponent } from "./component.ts";
import { toNumber } from "./values.ts";

export const Dataset = callable(
  defineComponent({
    type: "dataset",
    events: ["click", "select"],
    defaults: { samples: [], headers: [], components: [] },
    preprocess: (v, p) => toNumber(v, "Dataset", p),
  }),
);
