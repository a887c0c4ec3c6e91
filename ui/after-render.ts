// What an app's page loads once the app has rendered (off the first paint's
// path and hello world's bytes): the worker watch, and the app's shell
// (favicon, PWA) for an app whose launch() asks for one.

import type { Restartable } from "./boot.ts";
import { watchWorker } from "./heartbeat.ts";
import type { AppSession } from "./session.ts";

/** Starts watching `session`'s worker; the returned function stops watching. */
export function afterRender(app: Restartable, session: AppSession, life: string): () => void {
  void app.remote.call("shell", []).then(
    (shell) => {
      if (!shell) return;
      if (!shell.ok) return session.store.toast("warning", shell.error.message, "launch()");
      void import("./pwa/install.ts").then((m) => m.installShell(shell.value, session, app.remote));
    },
    () => {}, // a worker gone here is the watch's to report
  );
  return watchWorker(app, session, life);
}
