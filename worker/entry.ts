// The `<gradio-lite>` worker: exposes a fresh engine; app code arrives by `load`.
import * as Comlink from "comlink";
import { createEngine } from "./engine.ts";
import { apiFor } from "./lazy-api.ts";
import { runModule } from "./run-code.ts";
import { withPortingHints } from "../src/python-names.ts";

Comlink.expose(
  createEngine({
    scope: self,
    // `gr` for this code: the core API, plus each group the code names.
    runCode: async (code, baseUrl) => runModule(code, withPortingHints(await apiFor(code)), baseUrl),
  }),
);
