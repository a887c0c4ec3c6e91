// The worker's side of the control calls (ui/remote.ts has the page's): each
// `CallMessage` runs one engine method and posts its answer. Comlink did this
// before, at 2.2 KB of gzip in the worker and 1.7 KB on the page for what the
// engine uses of it: methods called by name with cloneable arguments
// (issue #14 item 6). Messages of other shapes are not ours: an npm app's own
// module is this worker, and may post its own.

import type { CallMessage, EngineApi, ReplyMessage } from "./protocol.ts";

/** The worker's global scope, or one end of a MessageChannel in a test. */
interface Scope {
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown): void;
}

export function expose(engine: EngineApi, scope: Scope): void {
  scope.addEventListener("message", (event) => {
    const call = event.data as CallMessage | null;
    if (call?.type !== "gradio-lite:call") return;
    const reply = (answer: { ok: true; value: unknown } | { ok: false; error: string }) =>
      scope.postMessage({ type: "gradio-lite:reply", id: call.id, ...answer } satisfies ReplyMessage);
    const method = Object.hasOwn(engine, call.method) ? (engine[call.method] as (...args: unknown[]) => unknown) : null;
    if (!method) return reply({ ok: false, error: `The worker has no method ${String(call.method)}()` });
    // Async, so a method that throws at once rejects like one that throws later.
    (async () => method(...call.args))().then(
      (value) => {
        try {
          reply({ ok: true, value });
        } catch (error) {
          // A value that cannot be cloned (a function in a config): the page must not wait for it forever.
          reply({ ok: false, error: `The worker's answer to ${call.method}() could not be sent: ${error instanceof Error ? error.message : String(error)}` });
        }
      },
      (error: unknown) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
