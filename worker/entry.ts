// The `<gradio-lite>` worker: exposes a fresh engine; app code arrives by
// `load`, and may be hinted at before (HintMessage) so that the API groups
// it names load while the page is still loading its UI.
import { createEngine, workerScope } from "./engine.ts";
import { runAppCode } from "./app-code.ts";
import { expose } from "./expose.ts";
import { preloadApi } from "./lazy-api.ts";
import type { HintMessage } from "./protocol.ts";

expose(createEngine({ scope: workerScope(), runCode: runAppCode }), self);
self.addEventListener("message", (event: MessageEvent<HintMessage | null>) => {
  if (event.data?.type === "gradio-lite:hint") preloadApi(event.data.code);
});
