// Runs a `<gradio-lite>` element's code with `gr` for it: the core API plus
// each group the code names (./lazy-api.ts). Given to the engine by the
// element's worker and the build's prerenderer; an npm app's worker bundles
// its own code and never needs it.
import { apiFor } from "./lazy-api.ts";
import { runModule } from "./run-code.ts";
import { withPortingHints } from "../src/python-names.ts";
import type { ErrorInfo } from "./protocol.ts";

export async function runAppCode(code: string, baseUrl: string): Promise<ErrorInfo | null> {
  return runModule(code, withPortingHints(await apiFor(code)), baseUrl);
}
