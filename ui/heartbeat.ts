// Tells a dead worker from a busy one. A worker that closes itself
// (`self.close()`) or crashes fires no event on the page, and its control calls
// and the job port's runs then wait forever (issue #13). Two signs, both cheap:
// - a Web Lock the worker holds while it lives (worker/engine.ts): the page's
//   request for it is granted the moment the worker is gone, even while a
//   handler keeps it busy;
// - a ping on the job port every second: a worker that runs no handler and has
//   left a ping unanswered for 2 s has stopped answering (an endless loop in a
//   timer callback). A running handler may keep it busy for as long as it runs,
//   as in Gradio (docs/errors.md), so a ping goes unjudged meanwhile.
// Loaded once the app has rendered: not on the first paint's path.

import type { Restartable } from "./boot.ts";
import { restart } from "./restart.ts";
import type { AppSession } from "./session.ts";

const BEAT_MS = 1000;
const SILENT_MS = 2000;

/** Restarts the app when `session`'s worker is gone; the returned function stops watching. */
export function watchWorker(app: Restartable, session: AppSession, life: string): () => void {
  let sentAt = 0;
  let watching = true;
  const stop = () => {
    watching = false;
    clearInterval(timer);
  };
  const dead = (reason: string) => {
    if (!watching) return;
    stop();
    // Loaded with this file: a restart waits on no fetch.
    void restart(app, session, reason);
  };
  // Refused in an opaque origin (a sandboxed iframe): the ping alone watches then.
  navigator.locks?.request(life, () => dead("Its worker closed")).catch(() => {});
  const timer = setInterval(() => {
    if (session.busy) sentAt = 0;
    else if (!sentAt || session.alive >= sentAt) {
      sentAt = performance.now();
      session.ping();
    } else if (performance.now() - sentAt > SILENT_MS) dead("Its worker stopped answering");
  }, BEAT_MS);
  return stop;
}
