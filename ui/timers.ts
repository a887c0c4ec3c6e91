// gr.Timer on the page: ticks every `value` seconds while `active`, and only
// while the page is visible (a hidden tab does no work). An update to the
// timer's value or `active` restarts it.

import { effect } from "@preact/signals";
import type { BlockState } from "./store.ts";

export function startTimers(timers: BlockState[], tick: (id: number) => void): () => void {
  const stops = timers.map((block) =>
    effect(() => {
      const seconds = Number(block.value.value);
      const active = block.props.value.active !== false;
      if (!active || !(seconds > 0)) return;
      const handle = setInterval(() => {
        if (document.visibilityState === "visible") tick(block.config.id);
      }, seconds * 1000);
      return () => clearInterval(handle);
    }),
  );
  return () => stops.forEach((stop) => stop());
}
