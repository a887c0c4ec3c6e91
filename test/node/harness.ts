// Drives an engine over a real MessageChannel, as the page does.
import type { Blocks } from "../../src/blocks.ts";
import { createEngine } from "../../worker/engine.ts";
import type { JobMessage, PageMessage, TriggerEvent } from "../../worker/protocol.ts";

const page = { url: "http://example.test/app?x=1", query: { x: "1" }, baseUrl: "http://example.test/", appKey: "/app|test" };

/** An engine serving `blocks`, driven over a real MessageChannel like the page does. */
export async function harness(blocks: Blocks, launch = {}) {
  const engine = createEngine({ app: { blocks, launch } });
  const { port1, port2 } = new MessageChannel();
  const config = await engine.config(page, port2);
  if (!config.ok) throw new Error(config.error.message);
  const messages = new Map<string, JobMessage[]>();
  const waiters = new Map<string, (m: JobMessage[]) => void>();
  port1.onmessage = (e: MessageEvent<JobMessage>) => {
    const list = messages.get(e.data.job) ?? [];
    list.push(e.data);
    messages.set(e.data.job, list);
    if (e.data.type === "job:done") waiters.get(e.data.job)?.(list);
  };
  let n = 0;
  const submit = (fnId: number, data: unknown[], event: TriggerEvent | null = null, session = "s1", wantsData = true) => {
    const job = `j${n++}`;
    const done = new Promise<JobMessage[]>((r) => waiters.set(job, r));
    // As an API client asks (outputsOf reads `data`); the page's own runs get `updates` only.
    port1.postMessage({ type: "job:submit", job, request: { fnId, data, event, session, wantsData } } satisfies PageMessage);
    return { job, done };
  };
  const close = () => port1.close();
  const endSession = (session: string) =>
    new Promise<void>((resolve) => {
      const previous = port1.onmessage;
      port1.onmessage = (e: MessageEvent) => {
        if (e.data.type === "session:ended" && e.data.session === session) {
          port1.onmessage = previous;
          resolve();
        } else previous?.call(port1, e);
      };
      port1.postMessage({ type: "session:end", session } satisfies PageMessage);
    });
  const cancel = (job: string) => port1.postMessage({ type: "job:cancel", job } satisfies PageMessage);
  /** A job's messages so far. */
  const sent = (job: string) => messages.get(job) ?? [];
  return { engine, config: config.value, submit, cancel, endSession, close, messages: sent };
}

/** Every output a run produced: streamed ones, then the final one riding on job:done. */
export const outputsOf = (ms: JobMessage[]) =>
  ms.flatMap((m) => (m.type === "job:output" ? [m.data] : m.type === "job:done" && m.data ? [m.data] : []));
export const errorOf = (ms: JobMessage[]) => ms.find((m) => m.type === "job:error");

export const updatesOf = (ms: JobMessage[]) =>
  ms.flatMap((m) => (m.type === "job:output" ? [m.updates] : m.type === "job:done" && m.updates ? [m.updates] : []));
