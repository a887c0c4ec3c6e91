// When an app's worker starts. As Gradio's <gradio-app> without `eager`, an
// app far below the fold costs nothing until the visitor scrolls near it: no
// worker, no app code run. "Near" is within one viewport height, so an app is
// usually ready by the time it scrolls into view (a cold start is a few
// hundred ms; bench/README.md).
//
// lite.js reads this too, before the UI code loads, to start workers early
// only for the apps that start at once: keep it small.

/** How far ahead of the viewport an app starts. */
export const NEAR_MARGIN = "100% 0px";

/** `eager` in either value style (Gradio's eager="true", @gradio/lite's bare `eager`). */
export function isEager(el: Element): boolean {
  const value = el.getAttribute("eager")?.trim().toLowerCase();
  return value === "" || value === "true" || value === "eager";
}

/**
 * Whether the element is within a viewport height of the viewport now. One
 * with no box (display: none, or not laid out yet) counts as near: it may be
 * shown at any moment, and an observer would never see it intersect.
 */
export function isNear(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (!r.width && !r.height) return true;
  const h = innerHeight;
  const w = innerWidth;
  return r.bottom >= -h && r.top <= 2 * h && r.right >= 0 && r.left <= w;
}

export function startsAtOnce(el: Element): boolean {
  return isEager(el) || isNear(el);
}

/** Calls `start` once the element nears the viewport; the returned function stops waiting. */
export function whenNear(el: Element, start: () => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: NEAR_MARGIN },
  );
  observer.observe(el);
  return () => observer.disconnect();
}
