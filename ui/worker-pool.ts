// Workers started before the UI code has even loaded: lite.js spawns one for
// each <gradio-lite> that starts at once (ui/start-when-near.ts) first thing,
// so the worker's fetch and start overlap the UI chunk's (bench/README.md:
// cold start). Only lite.js imports this file, so it stays inside lite.js
// instead of becoming a chunk.

import type { HintMessage } from "../worker/protocol.ts";

const pool = new Map<Element, Worker>();

/**
 * ui/start-when-near.ts's `startsAtOnce`, written again: imported, that module
 * would become a chunk of its own, one more request before lite.js can run.
 * test/browser/embed.test.ts holds the two to the same answers.
 */
export function startsAtOnce(el: Element): boolean {
  const eager = el.getAttribute("eager")?.trim().toLowerCase();
  if (eager === "" || eager === "true" || eager === "eager") return true;
  const r = el.getBoundingClientRect();
  return (!r.width && !r.height) || (r.bottom >= -innerHeight && r.top <= 2 * innerHeight && r.right >= 0 && r.left <= innerWidth);
}

export function prespawn(elements: Iterable<Element>): void {
  for (const el of elements) {
    if (!startsAtOnce(el)) continue;
    const worker = new Worker(new URL("../worker/entry.ts", import.meta.url), { type: "module", name: "gradio-lite" });
    // The code is known now, its `load` only once the UI chunk has come: the worker starts on the groups it names meanwhile.
    if (!el.hasAttribute("src")) worker.postMessage({ type: "gradio-lite:hint", code: el.textContent ?? "" } satisfies HintMessage);
    pool.set(el, worker);
  }
}

/** The worker started early for this element, if any. */
export function takePrespawned(el: Element): Worker | null {
  const worker = pool.get(el) ?? null;
  pool.delete(el);
  return worker;
}
