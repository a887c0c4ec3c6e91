// What a plot loads when (docs/plots.md, "What loads when"): a plain line
// draws without kinds.ts; an update that makes it need kinds.ts (xBin) loads
// it then, and the chart keeps showing meanwhile and is updated in place.
// Its own file: the lazy modules, once loaded, stay loaded for the page.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, waitFor } from "./helpers.ts";

afterEach(cleanup);

/** Whether the page has requested a module of the plot's view (Vite serves them one file each here). */
const requested = (file: string) => performance.getEntriesByType("resource").some((e) => e.name.includes(`/native-plot/view/${file}`));

describe("a LinePlot's lazy parts", () => {
  it("a plain line draws without kinds.ts; binning it by an update loads kinds.ts and redraws on the same canvas", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const rows = Array.from({ length: 40 }, (_, i) => ({ x: i, y: (i % 7) + 1, s: i % 2 ? "odd" : "even" }));
      const plot = gr.LinePlot(rows, { x: "x", y: "y", color: "s", elemId: "lp" });
      gr.Button("Bin by 10", { elemId: "bin" }).click(() => gr.LinePlot({ xBin: 10 }), null, plot);
    }).launch();`);
    await m.rendered;
    const figure = () => document.querySelector("#lp [role=figure]");
    await waitFor(() => document.querySelector("#lp .gr-plot-canvas[data-render-ms]"));
    expect(figure()!.getAttribute("aria-describedby") && document.getElementById(figure()!.getAttribute("aria-describedby")!)!.textContent).toBe(
      "Line plot of y against x, one series per s (even, odd): 40 points.",
    );
    expect(requested("kinds.ts")).toBe(false);
    expect(requested("hover.tsx")).toBe(false);
    expect(requested("buttons.tsx")).toBe(false);
    const canvas = document.querySelector("#lp canvas");
    document.querySelector<HTMLButtonElement>("#bin button, button#bin")!.click();
    const summary = await waitFor(() => {
      const id = figure()?.getAttribute("aria-describedby");
      const text = id ? document.getElementById(id)?.textContent : null;
      return text?.includes("sum of y") ? text : null;
    });
    // 40 rows in 4 bins of 10, per series.
    expect(summary).toBe("Line plot of sum of y against x, one series per s (even, odd): 8 points.");
    expect(requested("kinds.ts")).toBe(true);
    expect(document.querySelector("#lp canvas")).toBe(canvas);
  });
});
