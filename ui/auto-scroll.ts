// The element's `auto-scroll`: when a run of a listener with `scrollToOutput`
// (gr.Interface's Submit) ends, the page scrolls to its topmost output, as
// Gradio's status tracker does (js/statustracker: 20 px above it, smoothly).
// Unlike Gradio, an output already in view is left where it is: the page only
// moves to show what would otherwise be missed.

import type { AppSession } from "./session.ts";

export function autoScroll(session: AppSession, host: HTMLElement): void {
  session.afterRun = (dep, ok) => {
    if (!ok || !dep.scrollToOutput) return;
    const tops = dep.outputs
      .map((id) => host.querySelector(`[data-block="${id}"]`)?.getBoundingClientRect())
      .filter((r): r is DOMRect => !!r && (r.width > 0 || r.height > 0))
      .map((r) => r.top);
    if (!tops.length) return;
    const top = Math.min(...tops);
    if (top >= 0 && top < innerHeight * 0.8) return;
    scrollTo({ top: top + scrollY - 20, behavior: "smooth" });
  };
}
