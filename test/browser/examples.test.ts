// gr.Examples in a Blocks app: filling inputs, runOnClick, cached outputs kept
// in IndexedDB across page loads, pages and labels; Interface's cacheExamples.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

afterEach(cleanup);

const row = (id: string, text: string) =>
  waitFor(() => [...document.querySelectorAll<HTMLElement>(`#${id} tr.gr-sample`)].find((r) => r.textContent === text));

describe("gr.Examples", () => {
  it("fills its inputs on click, and runs fn with runOnClick", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.Textbox({ label: "a", elemId: "a" });
      const n = gr.Number({ label: "n", elemId: "n" });
      const out = gr.Textbox({ elemId: "out" });
      gr.Examples([["hi", 2], ["yo", 3]], [a, n], { elemId: "ex" });
      gr.Examples({ examples: ["x", "y"], inputs: a, outputs: out, fn: (s) => s.toUpperCase(), runOnClick: true, elemId: "run", label: "Run" });
    }).launch();`);
    await m.rendered;
    (await row("ex", "yo3")).click();
    await waitFor(() => textbox("a")!.value === "yo" && document.querySelector<HTMLInputElement>("#n input")!.value === "3");
    expect(textbox("out")!.value).toBe("");
    (await row("run", "y")).click();
    await waitFor(() => textbox("a")!.value === "y" && textbox("out")!.value === "Y");
  });

  it("caches outputs per browser: eager at load, kept in IndexedDB, shown on click without running fn again", async () => {
    const app = (key: string) => `gr.Blocks(() => {
      const a = gr.Textbox({ elemId: "a" });
      const out = gr.Textbox({ elemId: "out" });
      // A value that differs on every run: the same value after a reload proves the cache.
      gr.Examples(["p", "q"], a, { outputs: out, fn: (s) => s + ":" + crypto.randomUUID(), cacheExamples: true, elemId: "ex" });
    }).launch();`;
    const first = mountApp(app("k"), { id: "examples-cache" });
    await first.rendered;
    (await row("ex", "q")).click();
    const shown = await waitFor(() => (textbox("out")!.value.startsWith("q:") ? textbox("out")!.value : null));
    // The worker saves to IndexedDB as the output shows; removing the app at once could cut the write.
    await new Promise((r) => setTimeout(r, 500));
    first.el.remove();
    const second = mountApp(app("k"), { id: "examples-cache" });
    await second.rendered;
    (await row("ex", "q")).click();
    await waitFor(() => textbox("a")!.value === "q");
    await waitFor(() => textbox("out")!.value === shown);
  });

  it("pages long lists and shows exampleLabels", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.Number({ elemId: "a" });
      gr.Examples(Array.from({ length: 12 }, (_, i) => i), a, { examplesPerPage: 5, elemId: "ex", exampleLabels: Array.from({ length: 12 }, (_, i) => "n" + i) });
    }).launch();`);
    await m.rendered;
    expect(document.querySelectorAll("#ex tr.gr-sample").length).toBe(5);
    const pages = [...document.querySelectorAll<HTMLButtonElement>("#ex .gr-dataset-page")];
    expect(pages.map((p) => p.textContent)).toEqual(["1", "2", "3"]);
    pages[2].click();
    (await row("ex", "n11")).click();
    await waitFor(() => document.querySelector<HTMLInputElement>("#a input")!.value === "11");
  });

  it("Interface's cacheExamples computes through the components (a path example becomes a stored file)", async () => {
    const m = mountApp(`gr.Interface({
      fn: async (img) => img ? img.size : -1,
      inputs: gr.Image({ type: "blob", elemId: "img" }),
      outputs: gr.Number({ elemId: "size" }),
      examples: [["${new URL("../../demos/assets/star.svg", import.meta.url).href}"]],
      cacheExamples: "lazy",
    }).launch();`);
    await m.rendered;
    (await waitFor(() => document.querySelector<HTMLElement>("tr.gr-sample"))).click();
    await waitFor(() => Number(document.querySelector<HTMLInputElement>("#size input")!.value) > 100);
  });

  it("says what is missing: cacheExamples without fn, a row of the wrong length", async () => {
    for (const [code, message] of [
      [`gr.Examples(["a"], gr.Textbox(), { cacheExamples: true })`, "gr.Examples: cacheExamples needs fn and outputs"],
      [`gr.Examples([["a", 1]], gr.Textbox())`, "gr.Examples: examples[0] must have 1 value(s), one per input"],
    ]) {
      const m = mountApp(`gr.Blocks(() => { ${code}; }).launch();`);
      expect((await waitFor(() => m.el.querySelector(".gr-load-error"))).textContent).toContain(message);
      m.el.remove();
    }
  });
});
