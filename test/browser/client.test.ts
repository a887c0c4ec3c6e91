import { afterEach, describe, expect, it } from "vitest";
import type { ClientMessage } from "../../ui/client.ts";
import { cleanup, mountApp } from "./helpers.ts";

afterEach(cleanup);

const counter = `gr.Blocks(() => {
  const n = gr.Number({ label: "n" });
  const out = gr.Number({ label: "count" });
  gr.Button("Count").click(async function* count(n, ctx) {
    for (let i = 1; i <= n; i++) {
      ctx.progress([i, n], "counting");
      await new Promise((r) => setTimeout(r, 5));
      yield i;
    }
  }, n, out, { apiName: "count" });
}).launch();`;

describe("client.submit", () => {
  it("streams status and every yielded value in order", async () => {
    const client = await mountApp(counter).client;
    const messages: ClientMessage[] = [];
    for await (const m of client.submit("/count", [5])) messages.push(m);
    expect(messages.filter((m) => m.type === "data").map((m) => (m as { data: unknown[] }).data)).toEqual([[1], [2], [3], [4], [5]]);
    expect(messages.some((m) => m.type === "status" && m.progress?.index === 3 && m.progress.length === 5)).toBe(true);
    expect(messages.at(-1)).toMatchObject({ type: "status", stage: "complete", endpoint: "/count" });
  });

  it("reports queue position for a call waiting behind another", async () => {
    const client = await mountApp(counter).client;
    const first = client.submit("/count", [20]);
    const second = client.submit("/count", [1]);
    const seen: ClientMessage[] = [];
    for await (const m of second) seen.push(m);
    for await (const _ of first) void _;
    expect(seen.find((m) => m.type === "status" && m.position !== undefined)).toMatchObject({ position: 0, queueSize: 1 });
  });

  it("cancel() stops the stream", async () => {
    const client = await mountApp(counter).client;
    const submission = client.submit("/count", [1000]);
    const data: unknown[] = [];
    let last: ClientMessage | null = null;
    for await (const m of submission) {
      last = m;
      if (m.type === "data") {
        data.push(m.data[0]);
        if (data.length === 3) submission.cancel();
      }
    }
    expect(last).toMatchObject({ type: "status", stage: "cancelled" });
    expect(data.length).toBeLessThan(10);
  });
});
