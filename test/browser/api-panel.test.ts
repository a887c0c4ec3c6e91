import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, waitFor } from "./helpers.ts";

afterEach(cleanup);

describe("Use via API", () => {
  it("lists each endpoint with a snippet that works", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.Number({ label: "a" });
      const b = gr.Number({ label: "b" });
      const s = gr.Number({ label: "sum" });
      gr.Button("Add").click((x, y) => x + y, [a, b], s, { apiName: "add" });
      gr.Button("Hidden").click(() => 0, null, s, { apiName: false });
    }).launch();`);
    await m.rendered;
    [...m.el.querySelectorAll("button")].find((b) => b.textContent === "Use via API")!.click();
    const panel = await waitFor(() => m.el.querySelector("dialog[open] .gr-api-endpoint"));
    expect(m.el.querySelectorAll(".gr-api-endpoint")).toHaveLength(1);
    expect(panel.querySelector("h3")!.textContent).toBe("/add");
    expect(panel.textContent).toContain("x (number), y (number)");
    const code = panel.querySelector("pre")!.textContent!;
    expect(code).toContain('client.predict("/add", [3, 3])');
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    const logged: unknown[] = [];
    await new AsyncFunction("console", code)({ log: (v: unknown) => logged.push(v) });
    expect(logged).toEqual([[6]]);
    m.el.querySelector<HTMLButtonElement>(".gr-api-head button")!.click();
    await waitFor(() => !m.el.querySelector("dialog"));
  });
});
