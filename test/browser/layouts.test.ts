import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

afterEach(cleanup);

const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));

describe("Tabs and Accordion", () => {
  it("shows one tab at a time, moves by arrow keys, fires select, and follows selected updates", async () => {
    const m = mountApp(`gr.Blocks(() => {
      let t2;
      const log = gr.Textbox({ elemId: "log" });
      const tabs = gr.Tabs({ elemId: "tabs" }, () => {
        gr.Tab("First", () => gr.Markdown("one", { elemId: "one" }));
        t2 = gr.Tab("Second", () => gr.Markdown("two", { elemId: "two" }));
        gr.Tab("Third", { id: "third" }, () => gr.Markdown("three", { elemId: "three" }));
      });
      t2.select((ctx) => "selected " + ctx.event.value, null, log);
      gr.Button("Go third", { elemId: "go" }).click(() => gr.Tabs({ selected: "third" }), null, tabs);
    }).launch();`);
    await m.rendered;
    const tabs = [...document.querySelectorAll<HTMLButtonElement>("#tabs [role=tab]")];
    expect(tabs.map((t) => t.textContent)).toEqual(["First", "Second", "Third"]);
    expect(tabs.map((t) => t.getAttribute("aria-selected"))).toEqual(["true", "false", "false"]);
    expect(document.getElementById("one")).not.toBeNull();
    expect(document.getElementById("two")).toBeNull();
    tabs[0].focus();
    key(tabs[0], "ArrowRight");
    await waitFor(() => document.getElementById("two"));
    expect(document.activeElement?.textContent).toBe("Second");
    await waitFor(() => textbox("log")!.value === "selected Second");
    document.querySelector<HTMLButtonElement>("button#go")!.click();
    await waitFor(() => document.getElementById("three"));
    expect(document.querySelector("#tabs [aria-selected=true]")!.textContent).toBe("Third");
  });

  it("opens and closes an accordion by its button, and by updates", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const acc = gr.Accordion("Details", { open: false, elemId: "acc" }, () => gr.Markdown("hidden text", { elemId: "inner" }));
      const log = gr.Textbox({ elemId: "log" });
      acc.expand(() => "expanded", null, log);
      gr.Button("Close", { elemId: "close" }).click(() => gr.Accordion({ open: false }), null, acc);
    }).launch();`);
    await m.rendered;
    const toggle = document.querySelector<HTMLButtonElement>("#acc .gr-accordion-toggle")!;
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.querySelector<HTMLElement>("#acc .gr-accordion-panel")!.hidden).toBe(true);
    toggle.click();
    await waitFor(() => toggle.getAttribute("aria-expanded") === "true");
    await waitFor(() => textbox("log")!.value === "expanded");
    document.querySelector<HTMLButtonElement>("button#close")!.click();
    await waitFor(() => toggle.getAttribute("aria-expanded") === "false");
  });
});

describe("Sidebar", () => {
  it("collapses and opens by its button and by updates, firing expand/collapse", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const side = gr.Sidebar({ elemId: "side", label: "Filters" }, () => gr.Markdown("inside", { elemId: "inside" }));
      const log = gr.Textbox({ elemId: "log" });
      side.collapse(() => "collapsed", null, log);
      gr.Button("Open", { elemId: "open" }).click(() => gr.Sidebar({ open: true }), null, side);
    }).launch();`);
    await m.rendered;
    const side = document.getElementById("side")!;
    expect(side.tagName).toBe("ASIDE");
    expect(side.getAttribute("aria-label")).toBe("Filters");
    const toggle = side.querySelector<HTMLButtonElement>(".gr-sidebar-toggle")!;
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    toggle.click();
    await waitFor(() => toggle.getAttribute("aria-expanded") === "false");
    await waitFor(() => textbox("log")!.value === "collapsed");
    expect(side.querySelector<HTMLElement>(".gr-sidebar-panel")!.hidden).toBe(true);
    document.querySelector<HTMLButtonElement>("button#open")!.click();
    await waitFor(() => toggle.getAttribute("aria-expanded") === "true");
  });
});

describe("Sidebar width", () => {
  afterEach(() => page.viewport(414, 896));

  it("pushes the app aside while open on a wide screen, and covers it on a narrow one", async () => {
    await page.viewport(1280, 800);
    const m = mountApp(`gr.Blocks(() => {
      gr.Sidebar({ elemId: "left", width: 300 }, () => gr.Markdown("left side"));
      gr.Sidebar({ elemId: "right", position: "right", width: "12rem" }, () => gr.Markdown("right side"));
      gr.Textbox({ elemId: "main", label: "Main" });
    }).launch();`);
    await m.rendered;
    const app = m.el.querySelector<HTMLElement>(".gr-app")!;
    const padding = () => [getComputedStyle(app).paddingLeft, getComputedStyle(app).paddingRight];
    const box = (el: Element) => el.getBoundingClientRect();
    const leftPanel = document.querySelector("#left .gr-sidebar-panel")!;
    const rightPanel = document.querySelector("#right .gr-sidebar-panel")!;
    const main = document.getElementById("main")!;
    await waitFor(() => padding().join() === "300px,192px");
    expect(box(main).left).toBeGreaterThanOrEqual(box(leftPanel).right);
    expect(box(main).right).toBeLessThanOrEqual(box(rightPanel).left);
    // Closed, it gives the room back.
    document.querySelector<HTMLButtonElement>("#left .gr-sidebar-toggle")!.click();
    await waitFor(() => padding().join() === "0px,192px");
    document.querySelector<HTMLButtonElement>("#left .gr-sidebar-toggle")!.click();
    await waitFor(() => padding().join() === "300px,192px");
    // A narrow screen: the open sidebar covers the app instead.
    await page.viewport(390, 800);
    await waitFor(() => padding().join() === "0px,0px");
    expect(box(main).left).toBeLessThan(box(leftPanel).right);
  });
});

describe("Walkthrough", () => {
  it("shows the current step; the app moves it; done steps can be revisited", async () => {
    const m = mountApp(`gr.Blocks(() => {
      let next;
      const wt = gr.Walkthrough({ elemId: "wt" }, () => {
        gr.Step("Sign in", () => (next = gr.Button("Next", { elemId: "next" })));
        gr.Step("Pick a plan", { id: "plan" }, () => gr.Markdown("plans", { elemId: "plans" }));
      });
      next.click(() => gr.Walkthrough({ selected: "plan" }), null, wt);
    }).launch();`);
    await m.rendered;
    const current = () => document.querySelector("#wt [aria-current=step]")!.textContent;
    expect(current()).toBe("1Sign in");
    expect(document.getElementById("plans")).toBeNull();
    document.querySelector<HTMLButtonElement>("button#next")!.click();
    await waitFor(() => document.getElementById("plans"));
    expect(current()).toBe("2Pick a plan");
    [...document.querySelectorAll<HTMLButtonElement>("#wt .gr-step-button")][0].click();
    await waitFor(() => document.getElementById("next"));
  });
});
