// client.submit's machinery: a channel of status and data messages for one
// call. Loaded on the first submit (predict does without it).

import type { DependencyConfig, JobMessage } from "../worker/protocol.ts";
import { Channel } from "./channel.ts";
import type { ClientMessage, Submission } from "./client.ts";
import type { AppSession } from "./session.ts";

export function startSubmission(
  session: AppSession,
  { dep, name, full }: { dep: DependencyConfig; name: string; full: unknown[] },
  isState: (id: number) => boolean,
): Submission {
    const channel = new Channel<ClientMessage>();
    const base = { endpoint: name, fnIndex: dep.id };
    const visible = dep.outputs.some(isState) ? (d: unknown[]) => d.filter((_, i) => !isState(dep.outputs[i])) : (d: unknown[]) => d;
    // Every call starts "pending"; a queue position, progress and data follow.
    channel.push({ type: "status", stage: "pending", ...base });
    const job = session.submit({ fnId: dep.id, data: full, wantsData: true }, (m) => {
      if (m.type === "job:done" && m.data) channel.push({ type: "data", data: visible(m.data), ...base });
      const message = toClientMessage(m, base);
      if (message) channel.push(message.type === "data" ? { ...message, data: visible(message.data) } : message);
      if (m.type === "job:done") channel.close();
    }, session.apiSession);
    return {
      [Symbol.asyncIterator]: () => channel[Symbol.asyncIterator](),
      cancel: () => session.cancel(job),
    };
}

function toClientMessage(m: JobMessage, base: { endpoint: string; fnIndex: number }): ClientMessage | null {
  switch (m.type) {
    case "job:queued":
      return { type: "status", stage: "pending", position: m.position, queueSize: m.queueSize, ...base };
    case "job:started":
      return { type: "status", stage: "pending", ...base };
    case "job:progress":
      return { type: "status", stage: "pending", progress: { fraction: m.progress, index: m.index, length: m.length, desc: m.desc }, ...base };
    case "job:output":
      return { type: "data", data: m.data ?? [], ...base };
    case "job:log":
      return { type: "log", level: m.level, message: m.message };
    case "job:render":
    case "job:preview":
    case "job:chunk":
      // The page's own gr.render runs, first looks and media chunks go to its UI; a media stream's caller gets its joined file.
      return null;
    case "job:error":
      return { type: "status", stage: "error", message: m.error.message, code: m.error.code, ...base };
    case "job:done":
      if (!m.ok && !m.cancelled) return null; // the error status came just before
      return { type: "status", stage: m.cancelled ? "cancelled" : "complete", ...base };
    default: {
      const unknown: never = m;
      return unknown;
    }
  }
}
