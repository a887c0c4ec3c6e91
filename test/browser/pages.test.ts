import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

afterEach(() => {
  cleanup();
  history.replaceState(null, "", location.pathname + location.search);
});

describe("multipage apps", () => {
  it("shows one page at a time, chosen by the navbar or the URL's hash", async () => {
    const m = mountApp(`const demo = gr.Blocks(() => {
        gr.Navbar({ mainPageName: "Start", value: [["Docs", "https://example.test/docs"]] });
        gr.Markdown("Main page", { elemId: "main" });
      });
      demo.route("Settings", () => {
        gr.Markdown("Settings page", { elemId: "settings" });
        const t = gr.Textbox({ elemId: "t" });
        gr.Button("Save", { elemId: "save" }).click(() => "saved", null, t);
      });
      demo.route("About us", "/about", () => gr.Markdown("About page", { elemId: "about" }));
      demo.launch();`);
    await m.rendered;
    const links = [...m.el.querySelectorAll<HTMLAnchorElement>("nav[aria-label=Pages] a")];
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Start", "#/"],
      ["Settings", "#/settings"],
      ["About us", "#/about"],
      ["Docs", "https://example.test/docs"],
    ]);
    expect(document.getElementById("main")).not.toBeNull();
    expect(document.getElementById("settings")).toBeNull();
    links[1].click();
    await waitFor(() => document.getElementById("settings"));
    expect(document.getElementById("main")).toBeNull();
    expect(m.el.querySelector("nav a[aria-current=page]")!.textContent).toBe("Settings");
    document.querySelector<HTMLButtonElement>("button#save")!.click();
    await waitFor(() => textbox("t")!.value === "saved");
    location.hash = "#/about";
    await waitFor(() => document.getElementById("about"));
    location.hash = "#/";
    await waitFor(() => document.getElementById("main"));
  });
});
