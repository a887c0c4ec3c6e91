// The `<gradio-lite>` worker: exposes a fresh engine; app code arrives by `load`.
import * as Comlink from "comlink";
import { createEngine } from "./engine.ts";

const engine = createEngine();
Comlink.expose(engine);
// App code that throws outside any run: a warning on the page, not a dead worker (worker/stray.ts).
addEventListener("error", (e) => (e.preventDefault(), engine.stray(e.error ?? e.message)));
