// One long-lived Comlink remote per app. Comlink calls never time out and
// never reject when the worker dies, so every call here races the worker's
// `error` event and a timeout.

import * as Comlink from "comlink";
import type { EngineApi } from "../worker/protocol.ts";

export class WorkerGoneError extends Error {
  override name = "WorkerGoneError";
}

/** The worker is alive but did not answer in time (a stuck handler, or a module that never launched). */
export class WorkerTimeoutError extends WorkerGoneError {
  override name = "WorkerTimeoutError";
}

/** Why a stopped app refuses calls: the stop was the page's own doing, and this says how to undo it. */
export const STOPPED = "The app was stopped: start it again (mount() or a new <gradio-lite>) to call it";

export interface Remote {
  /** Calls an engine method; rejects if the worker dies or does not answer in time. */
  call<K extends keyof EngineApi>(
    method: K,
    args: Parameters<EngineApi[K]>,
    options?: { timeoutMs?: number },
  ): Promise<Awaited<ReturnType<EngineApi[K]>>>;
  /** Resolves when the worker fails to start or crashes. */
  readonly dead: Promise<string>;
  /** Ends the worker; calls still waiting reject with `why`. */
  terminate(why?: string): void;
}

export function connectRemote(worker: Worker): Remote {
  const proxy = Comlink.wrap<EngineApi>(worker);
  let reportDeath: (reason: string) => void = () => {};
  const dead = new Promise<string>((resolve) => (reportDeath = resolve));
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    reportDeath(event.message || "The app's worker failed to start (check that its script URL is served)");
  });
  worker.addEventListener("messageerror", () => reportDeath("The app's worker sent a message that could not be read"));

  return {
    dead,
    call(method, args, options = {}) {
      const { timeoutMs = 30_000 } = options;
      const fn = proxy[method] as unknown as (...a: unknown[]) => Promise<never>;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new WorkerTimeoutError(`The app's worker did not answer ${String(method)}() within ${timeoutMs / 1000} s`)),
          timeoutMs,
        );
      });
      const died = dead.then((reason) => Promise.reject(new WorkerGoneError(reason)));
      return Promise.race([fn(...(args as unknown[])), timeout, died]).finally(() => clearTimeout(timer));
    },
    terminate(why = STOPPED) {
      proxy[Comlink.releaseProxy]();
      worker.terminate();
      reportDeath(why);
    },
  };
}
