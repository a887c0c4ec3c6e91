import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, typeInto, waitFor } from "./helpers.ts";

afterEach(cleanup);

describe("the js option", () => {
  it("runs alone on the page with fn: null", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const t = gr.Textbox({ elemId: "t" });
      const o = gr.Textbox({ elemId: "o" });
      gr.Button("Go", { elemId: "go" }).click({ fn: null, inputs: t, outputs: o, js: (x) => x.split("").reverse().join("") + ":" + (typeof document) });
    }).launch();`);
    await m.rendered;
    typeInto(textbox("t")!, "abc");
    document.querySelector<HTMLButtonElement>("button#go")!.click();
    // typeof document is "object" only on the page: the worker has none.
    await waitFor(() => textbox("o")!.value === "cba:object");
  });

  it("runs before fn, its result becoming the inputs", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.Number(2, { elemId: "a" });
      const b = gr.Number(3, { elemId: "b" });
      const o = gr.Number({ elemId: "o" });
      gr.Button("Go", { elemId: "go" }).click((x, y) => x * y, [a, b], o, { js: (x, y) => [x + 1, y + 1] });
    }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("button#go")!.click();
    await waitFor(() => document.querySelector<HTMLInputElement>("#o input")!.value === "12");
  });

  it("shows an error when the js function throws, and the app goes on", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const t = gr.Textbox({ elemId: "t" });
      gr.Button("Go", { elemId: "go" }).click({ fn: null, inputs: t, outputs: t, js: () => { throw new Error("nope"); } });
    }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("button#go")!.click();
    const toast = await waitFor(() => m.el.querySelector('[role="alert"]'));
    expect(toast.textContent).toContain("The app's js function failed: nope");
  });
});
