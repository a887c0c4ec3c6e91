// The control calls without Comlink: ui/remote.ts on one end of a
// MessageChannel, worker/expose.ts on the other (as stlite tests its kernel).
import { afterEach, describe, expect, it } from "vitest";
import { connectRemote, WorkerGoneError, WorkerTimeoutError, type Remote } from "../../ui/remote.ts";
import { expose } from "../../worker/expose.ts";
import type { EngineApi } from "../../worker/protocol.ts";

const open: MessageChannel[] = [];
afterEach(() => open.splice(0).forEach((c) => (c.port1.close(), c.port2.close())));

/** A remote whose worker is `engine` behind a MessageChannel; `terminate` closes the channel. */
function remoteTo(engine: Partial<Record<keyof EngineApi, (...args: never[]) => unknown>>): { remote: Remote } {
  const channel = new MessageChannel();
  open.push(channel);
  expose(engine as unknown as EngineApi, channel.port2);
  channel.port2.start();
  const page = Object.assign(channel.port1, { terminate: () => channel.port1.close() });
  const remote = connectRemote(page as unknown as Worker);
  channel.port1.start();
  return { remote };
}

describe("control calls (ui/remote.ts ↔ worker/expose.ts)", () => {
  it("calls a method by name with its arguments and resolves with its answer; calls in flight keep their own answers", async () => {
    const { remote } = remoteTo({ ping: async () => "pong", viewApi: async () => ({ endpoints: [] }) });
    const [a, b] = await Promise.all([remote.call("ping", []), remote.call("viewApi", [])]);
    expect(a).toBe("pong");
    expect(b).toEqual({ endpoints: [] });
  });

  it("moves a transferred port to the worker, which can answer on it", async () => {
    const { remote } = remoteTo({
      config: async (_page: never, port: MessagePort) => {
        port.postMessage("on the job port");
        return { ok: true, value: "config" };
      },
    });
    const { port1, port2 } = new MessageChannel();
    open.push({ port1, port2 } as MessageChannel);
    const heard = new Promise((resolve) => port1.addEventListener("message", (e) => resolve(e.data), { once: true }));
    port1.start();
    const page = { url: "", query: {}, baseUrl: "", appKey: "app" };
    await expect(remote.call("config", [page, port2], { transfer: [port2] })).resolves.toEqual({ ok: true, value: "config" });
    await expect(heard).resolves.toBe("on the job port");
  });

  it("rejects with the worker's message when a method throws, at once or later", async () => {
    const { remote } = remoteTo({
      ping: () => {
        throw new Error("thrown at once");
      },
      viewApi: async () => {
        throw new TypeError("thrown later");
      },
    });
    await expect(remote.call("ping", [])).rejects.toThrow("thrown at once");
    await expect(remote.call("viewApi", [])).rejects.toThrow("thrown later");
  });

  it("rejects clearly for a method the worker does not have, and for an answer that cannot be cloned", async () => {
    const { remote } = remoteTo({ viewApi: async () => ({ endpoints: [() => 1] }) });
    await expect(remote.call("ping", [])).rejects.toThrow("The worker has no method ping()");
    await expect(remote.call("viewApi", [])).rejects.toThrow(/answer to viewApi\(\) could not be sent/);
  });

  it("ignores messages that are not calls (an npm app's module may post its own)", async () => {
    let calls = 0;
    const { remote } = remoteTo({ ping: async () => (calls++, "pong") });
    // Posted to the exposed side before call 0: an answer to it would settle that call wrongly.
    const { port1: page } = open.at(-1)!;
    page.postMessage({ type: "app's own", id: 0, method: "ping" });
    await expect(remote.call("ping", [])).resolves.toBe("pong");
    expect(calls).toBe(1);
  });

  it("rejects a call the worker does not answer in time, and every waiting call once the worker is gone", async () => {
    const { remote } = remoteTo({ ping: () => new Promise(() => {}), viewApi: () => new Promise(() => {}) });
    await expect(remote.call("ping", [], { timeoutMs: 20 })).rejects.toBeInstanceOf(WorkerTimeoutError);
    const waiting = remote.call("viewApi", []);
    remote.terminate("stopped by the test");
    await expect(waiting).rejects.toSatisfy((e) => e instanceof WorkerGoneError && (e as Error).message === "stopped by the test");
  });
});
