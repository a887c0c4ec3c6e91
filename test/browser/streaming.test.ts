import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

afterEach(cleanup);

describe("streaming outputs", () => {
  it("coalesces a fast generator to about one render per frame and ends on the final value", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const o = gr.Number({ elemId: "o" });
      gr.Button("Go", { elemId: "go" }).click(function* () { for (let i = 1; i <= 5000; i++) yield i; }, null, o);
    }).launch();`);
    await m.rendered;
    const input = document.querySelector<HTMLInputElement>("#o input")!;
    let writes = 0;
    const start = performance.now();
    let frames = 0;
    const countFrames = () => {
      frames++;
      if (performance.now() - start < 10_000 && input.value !== "5000") requestAnimationFrame(countFrames);
    };
    requestAnimationFrame(countFrames);
    const original = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!;
    Object.defineProperty(input, "value", {
      get: () => original.get!.call(input),
      set: (v) => {
        writes++;
        original.set!.call(input, v);
      },
    });
    document.querySelector<HTMLButtonElement>("button#go")!.click();
    await waitFor(() => input.value === "5000", 10_000);
    // Far fewer DOM writes than yields: about one per frame (plus the final flush).
    expect(writes).toBeLessThan(frames + 5);
    expect(writes).toBeLessThan(500);
  });

  it("keeps the last good output when the generator throws mid-stream", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const o = gr.Textbox({ elemId: "o" });
      gr.Button("Go", { elemId: "go" }).click(async function* () {
        yield "one"; await new Promise((r) => setTimeout(r, 20));
        yield "two"; await new Promise((r) => setTimeout(r, 20));
        throw new gr.Error("stream broke");
      }, null, o);
    }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("button#go")!.click();
    const toast = await waitFor(() => m.el.querySelector('[role="alert"]'));
    expect(toast.textContent).toContain("stream broke");
    expect(textbox("o")!.value).toBe("two");
  });
});
