// <gradio-lite playground> with a real Worker per run: code that cannot start
// shows its load error and marks its line; a fix replaces it after the pause.
// (demos/playground.html's e2e covers edits of a working app, keys, layout, sharing.)
import { userEvent } from "vitest/browser";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, waitFor } from "./helpers.ts";

afterEach(cleanup);

describe("playground", () => {
  it("marks the line of code that cannot start, then shows the fixed app; each edit fires playground-change", async () => {
    const m = mountApp("const a = 1;\nconst b = ;\ngr.Blocks(() => {}).launch();", { playground: "", layout: "vertical" });
    const edits: string[] = [];
    m.el.addEventListener("playground-change", (e) => edits.push((e as CustomEvent<{ code: string }>).detail.code));
    // CodeMirror's modules load first (unbundled under Vitest: slow on a busy machine).
    const mark = await waitFor(() => m.el.querySelector<HTMLElement>(".cm-gr-error-line"), 30_000);
    expect(mark.dataset.errorLine).toBe("2");
    await waitFor(() => m.el.querySelector(".gr-playground-app .gr-load-error"));
    const status = m.el.querySelector(".gr-playground-status")!;
    expect(status.textContent).toMatch(/^Syntax error on line 2/);
    // No working app to keep: the status does not promise one.
    expect(status.textContent).not.toContain("still running");
    expect(m.el.querySelector(".gr-playground")!.getAttribute("data-layout")).toBe("vertical");

    const rendered = new Promise<void>((resolve) => m.el.addEventListener("render", () => resolve(), { once: true }));
    await userEvent.click(m.el.querySelector<HTMLElement>(".cm-content")!);
    await userEvent.keyboard("{Control>}a{/Control}");
    await userEvent.keyboard('gr.Blocks(() => gr.Markdown("Fixed")).launch();');
    await rendered;
    expect(edits.at(-1)).toBe('gr.Blocks(() => gr.Markdown("Fixed")).launch();');
    await waitFor(() => m.el.querySelector(".gr-playground-app .gr-prose")?.textContent?.includes("Fixed"));
    expect(m.el.querySelector(".gr-load-error")).toBeNull();
    expect(m.el.querySelector(".cm-gr-error-line")).toBeNull();
    expect(m.el.querySelectorAll(".gr-playground-app > .gradio-container")).toHaveLength(1);
    expect(status.textContent).toBe("Up to date");
  }, 60_000);
});
