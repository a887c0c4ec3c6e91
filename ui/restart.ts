// A dead worker (ui/heartbeat.ts) is replaced: every run that waited on it
// ends with a clear error, a fresh worker loads the same code, and the app
// comes back with the values the user had. Files and BrowserState live in
// IndexedDB under the app's key, so the new worker finds them; gr.State lived
// in the dead worker and starts anew. Loaded only when a worker dies.

import type { ErrorInfo } from "../worker/protocol.ts";
import type { Restartable } from "./boot.ts";
import type { AppSession } from "./session.ts";

/** More deaths than this within `WINDOW_MS`: the app keeps dying (at start, say), so it stays down. */
const MAX_DEATHS = 3;
const WINDOW_MS = 30_000;

export async function restart(app: Restartable, old: AppSession, reason: string): Promise<void> {
  if (app.stopped) return;
  old.failAll({ code: "worker-dead", message: `This app stopped (${reason.toLowerCase()}) and is restarting: run this again in a moment` });
  old.store.toast("warning", "This app stopped; restarting…", "Restarting", null);
  app.remote.terminate();
  old.dispose();
  const now = performance.now();
  app.deaths = [...app.deaths.filter((t) => now - t < WINDOW_MS), now];
  if (!app.respawn || app.deaths.length > MAX_DEATHS) {
    const why = app.respawn ? `it stopped ${app.deaths.length} times in ${WINDOW_MS / 1000} s` : "its worker cannot be started again";
    return app.fail({ code: "worker-dead", message: `This app stopped (${reason.toLowerCase()}) and ${why}. Reload the page to start it again.` });
  }
  try {
    await app.run(app.respawn(), (fresh) => {
      carryValues(old, fresh);
      fresh.store.toast("warning", `This app stopped (${reason.toLowerCase()}) and was restarted; runs in progress ended.`, "Restarted");
    });
  } catch (error) {
    app.fail(error as ErrorInfo);
  }
}

/** The user's values stay where the same component stands in the fresh app. */
function carryValues(old: AppSession, fresh: AppSession): void {
  for (const [id, block] of old.store.blocks) {
    const next = fresh.store.block(id);
    if (next && next.config.type === block.config.type) next.value.value = block.value.peek();
  }
}
