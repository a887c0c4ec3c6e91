import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

afterEach(() => {
  cleanup();
  delete document.body.dataset.launchJs;
  delete document.body.dataset.launchAwait;
  document.head.querySelectorAll("[data-test-head]").forEach((el) => el.remove());
});

describe("launch({ theme, head, js })", () => {
  it("applies a theme's colours, light and dark, to its app only", async () => {
    const themed = mountApp(`gr.Blocks(() => { gr.Button("Go", { variant: "primary", elemId: "b1" }); }).launch({ theme: gr.themes.Soft() });`);
    const plain = mountApp(`gr.Blocks(() => { gr.Button("Go", { variant: "primary", elemId: "b2" }); }).launch();`, { theme: "light" });
    const dark = mountApp(`gr.Blocks(() => { gr.Button("Go", { variant: "primary", elemId: "b3" }); }).launch({ theme: gr.themes.Soft({ primaryHue: "green" }) });`, { theme: "dark" });
    await Promise.all([themed.rendered, plain.rendered, dark.rendered]);
    const bg = (id: string) => getComputedStyle(document.querySelector(`button#${id}`)!).backgroundColor;
    expect(bg("b1")).toBe("rgb(67, 56, 202)"); // indigo-700
    expect(bg("b2")).toBe("rgb(194, 65, 12)"); // the default orange-700
    expect(bg("b3")).toBe("rgb(21, 128, 61)"); // green-700
    expect(getComputedStyle(dark.el.querySelector(".gradio-container")!).backgroundColor).toBe("rgb(15, 23, 42)");
  });

  it("rejects an unknown theme with the names it knows", async () => {
    const m = mountApp(`gr.Blocks(() => { gr.Textbox(); }).launch({ theme: "neon" });`);
    const box = await waitFor(() => m.el.querySelector(".gr-load-error"));
    expect(box.textContent).toMatch(/Unknown theme "neon": use one of default, base, soft, glass, monochrome/);
  });

  it("adds the author's head HTML (its scripts run) and runs launch js after render", async () => {
    const m = mountApp(`gr.Blocks(() => { gr.Textbox({ elemId: "t" }); }).launch({
      head: '<meta name="gl-test" content="yes" data-test-head><script data-test-head>window.__headRan = true;<\\/script>',
      js: () => { document.querySelector("#t textarea").value = "set by js"; },
    });`);
    await m.rendered;
    expect(document.head.querySelector('meta[name="gl-test"]')).not.toBeNull();
    expect((window as unknown as { __headRan?: boolean }).__headRan).toBe(true);
    await waitFor(() => textbox("t")!.value === "set by js");
  });

  it.each([
    ["plain statements", `"document.body.dataset.launchJs = 'statements'; document.body.dataset.launchAwait = String(await Promise.resolve(2))"`, "statements"],
    ["a function expression", `"() => { document.body.dataset.launchJs = 'arrow'; }"`, "arrow"],
    ["a function keyword expression", `"function () { document.body.dataset.launchJs = 'function'; }"`, "function"],
    ["an async arrow", `"async () => { document.body.dataset.launchJs = 'async'; }"`, "async"],
  ])("takes launch js as a string of %s, as Gradio does", async (_name, js, expected) => {
    delete document.body.dataset.launchJs;
    const m = mountApp(`gr.Blocks(() => { gr.Textbox(); }).launch({ js: ${js} });`);
    await m.rendered;
    await waitFor(() => document.body.dataset.launchJs === expected);
    if (expected === "statements") expect(document.body.dataset.launchAwait).toBe("2");
    expect(m.el.querySelector('[role="alert"]')).toBeNull();
  });
});

describe("launch({ pwa, favicon })", () => {
  it("a favicon becomes the page's icon, resolved against the app's code", async () => {
    const m = mountApp(`gr.Blocks(() => { gr.Textbox(); }).launch({ faviconPath: "icons/app.png" });`);
    await m.rendered;
    const href = new URL("icons/app.png", document.baseURI).href;
    await waitFor(() => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].some((l) => l.href === href));
  });

  it("a bad value is a warning toast that names it, and the app keeps working", async () => {
    const m = mountApp(`gr.Blocks(() => { const t = gr.Textbox({ elemId: "echo" }); t.submit((v) => v.toUpperCase(), t, t); }).launch({ pwa: "yes", favicon: "javascript:alert(1)" });`);
    await m.rendered;
    const toast = await waitFor(() => m.el.querySelector(".gr-toast-warning"));
    expect(toast.textContent).toContain('launch({ pwa }) takes true or false, not "yes"');
    expect(document.head.querySelector('link[rel~="icon"][href^="javascript"]')).toBeNull();
    const box = textbox("echo")!;
    box.value = "still here";
    box.dispatchEvent(new Event("input", { bubbles: true }));
    box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await waitFor(() => textbox("echo")!.value === "STILL HERE");
  });
});
