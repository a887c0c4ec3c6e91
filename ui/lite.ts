// dist/lite.js: a small loader. It starts one worker per <gradio-lite> at
// once, then loads the UI chunk, so the two downloads overlap.
import { prespawn, takePrespawned } from "./worker-pool.ts";

// Until the UI chunk defines the element, its text is code, not content.
const style = document.createElement("style");
style.textContent = "gradio-lite:not(:defined){display:none}";
document.head.append(style);

prespawn(document.querySelectorAll("gradio-lite").length);

/** Resolves with the element class once <gradio-lite> is defined. */
export const ready = import("./define.ts").then((m) => m.define(takePrespawned));
