// One long-lived remote per app: the engine's control calls (load, config,
// viewApi, upload…), each one message to the worker and one back
// (worker/expose.ts). A worker that dies answers nothing, so every call here
// races the worker's `error` event and a timeout.

import type { CallMessage, EngineApi, ReplyMessage } from "../worker/protocol.ts";

export class WorkerGoneError extends Error {
  override name = "WorkerGoneError";
}

/** The worker is alive but did not answer in time (a stuck handler, or a module that never launched). */
export class WorkerTimeoutError extends WorkerGoneError {
  override name = "WorkerTimeoutError";
}

/** Why a stopped app refuses calls: the stop was the page's own doing, and this says how to undo it. */
export const STOPPED = "The app was stopped: start it again (mount() or a new <gradio-lite>) to call it";

export interface CallOptions {
  timeoutMs?: number;
  /** Moved to the worker instead of copied (the job port `load` and `config` hand over). */
  transfer?: Transferable[];
}

export interface Remote {
  /** Calls an engine method; rejects if the worker dies or does not answer in time. */
  call<K extends keyof EngineApi>(method: K, args: Parameters<EngineApi[K]>, options?: CallOptions): Promise<Awaited<ReturnType<EngineApi[K]>>>;
  /** Resolves when the worker fails to start or crashes. */
  readonly dead: Promise<string>;
  /** Ends the worker; calls still waiting reject with `why`. */
  terminate(why?: string): void;
}

export function connectRemote(worker: Worker): Remote {
  let reportDeath: (reason: string) => void = () => {};
  const dead = new Promise<string>((resolve) => (reportDeath = resolve));
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    reportDeath(event.message || "The app's worker failed to start (check that its script URL is served)");
  });
  worker.addEventListener("messageerror", () => reportDeath("The app's worker sent a message that could not be read"));
  const waiting = new Map<number, (reply: ReplyMessage) => void>();
  let calls = 0;
  worker.addEventListener("message", (event: MessageEvent<ReplyMessage | null>) => {
    const reply = event.data;
    if (reply?.type === "gradio-lite:reply") waiting.get(reply.id)?.(reply);
  });

  return {
    dead,
    call(method, args, { timeoutMs = 30_000, transfer = [] } = {}) {
      const id = calls++;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const answer = new Promise<never>((resolve, reject) => {
        waiting.set(id, (reply) => (reply.ok ? resolve(reply.value as never) : reject(new Error(reply.error))));
        timer = setTimeout(() => reject(new WorkerTimeoutError(`The app's worker did not answer ${String(method)}() within ${timeoutMs / 1000} s`)), timeoutMs);
        void dead.then((reason) => reject(new WorkerGoneError(reason)));
        worker.postMessage({ type: "gradio-lite:call", id, method, args } satisfies CallMessage, transfer);
      });
      return answer.finally(() => {
        clearTimeout(timer);
        waiting.delete(id);
      });
    },
    terminate(why = STOPPED) {
      worker.terminate();
      reportDeath(why);
    },
  };
}
