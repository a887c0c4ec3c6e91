import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, typeInto, waitFor } from "./helpers.ts";

afterEach(cleanup);

describe("function as value and gr.Timer", () => {
  it("recomputes on load and when an input changes", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.Number(2, { elemId: "a" });
      const b = gr.Number(3, { elemId: "b" });
      gr.Number({ value: (x, y) => x * y, inputs: [a, b], elemId: "p" });
    }).launch();`);
    await m.rendered;
    const product = () => document.querySelector<HTMLInputElement>("#p input")!.value;
    await waitFor(() => product() === "6");
    typeInto(document.querySelector<HTMLInputElement>("#a input")!, "10");
    await waitFor(() => product() === "30");
  });

  it("ticks with every, and a Timer can be stopped and restarted by an update", async () => {
    const m = mountApp(`gr.Blocks(() => {
      let n = 0;
      const timer = gr.Timer(0.05);
      const count = gr.Number({ value: () => ++n, every: timer, elemId: "count" });
      gr.Button("Stop", { elemId: "stop" }).click(() => gr.Timer({ active: false }), null, timer);
      gr.Button("Start", { elemId: "start" }).click(() => gr.Timer({ active: true }), null, timer);
    }).launch();`);
    await m.rendered;
    const count = () => Number(document.querySelector<HTMLInputElement>("#count input")!.value);
    await waitFor(() => count() >= 3);
    document.querySelector<HTMLButtonElement>("button#stop")!.click();
    await new Promise((r) => setTimeout(r, 150));
    const stopped = count();
    await new Promise((r) => setTimeout(r, 250));
    expect(count()).toBe(stopped);
    document.querySelector<HTMLButtonElement>("button#start")!.click();
    await waitFor(() => count() >= stopped + 2);
  });
});
