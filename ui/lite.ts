// dist/lite.js: a small loader. It starts one worker per <gradio-lite> that
// starts at once (eager, or near the viewport), then loads the UI chunk, so
// the two downloads overlap.
import { prespawn, takePrespawned } from "./worker-pool.ts";

// Until the UI chunk defines the element, its text is code, not content: it
// is hidden, but keeps a box of its initial height (docs/embedding.md), so
// the page does not jump when the app loads, and so that box's place tells
// whether the app starts now.
const style = document.createElement("style");
style.textContent =
  ":where(gradio-lite:not(:defined),gradio-lite:state(reading)){display:block;visibility:hidden;overflow:hidden;height:var(--gr-initial-height,300px)}";
document.head.append(style);

const elements = [...document.querySelectorAll("gradio-lite")];
for (const el of elements) {
  const height = el.getAttribute("initial-height") ?? el.getAttribute("initial_height");
  if (height) (el as HTMLElement).style.setProperty("--gr-initial-height", height);
}
prespawn(elements);

/** Resolves with the element class once <gradio-lite> is defined. */
export const ready = import("./define.ts").then((m) => m.define(takePrespawned));
