import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, typeInto, waitFor } from "./helpers.ts";

afterEach(cleanup);

const input = () => document.querySelector<HTMLTextAreaElement>(".gr-textbox textarea")!;
const output = () => document.querySelectorAll<HTMLTextAreaElement>(".gr-textbox textarea")[1];

describe("gr.Interface", () => {
  it("fills inputs from an example, then Submit and Clear work", async () => {
    const m = mountApp(`function shout(text) { return text.toUpperCase(); }
      gr.Interface({ fn: shout, inputs: "textbox", outputs: "textbox", title: "Shouter", description: "Makes *text* loud", examples: ["hey", "you"] }).launch();`);
    await m.rendered;
    await waitFor(() => m.el.querySelector(".gr-interface-title h1")?.textContent === "Shouter");
    expect(m.el.querySelector(".gr-interface-description .gr-prose")?.textContent?.trim()).toBe("Makes text loud");
    expect(m.el.querySelector(".gr-interface-description em")?.textContent).toBe("text");
    expect(input().labels![0].textContent).toBe("text");
    const rows = m.el.querySelectorAll<HTMLElement>(".gr-sample");
    expect([...rows].map((r) => r.textContent)).toEqual(["hey", "you"]);
    rows[1].click();
    await waitFor(() => input().value === "you");
    [...m.el.querySelectorAll("button")].find((b) => b.textContent === "Submit")!.click();
    await waitFor(() => output().value === "YOU");
    [...m.el.querySelectorAll("button")].find((b) => b.textContent === "Clear")!.click();
    await waitFor(() => input().value === "" && output().value === "");
  });

  it("re-runs on every change when live", async () => {
    const m = mountApp(`gr.Interface({ fn: (t) => t.length, inputs: "textbox", outputs: "number", live: true }).launch();`);
    await m.rendered;
    expect([...m.el.querySelectorAll("button")].some((b) => b.textContent === "Submit")).toBe(false);
    typeInto(input(), "four");
    await waitFor(() => m.el.querySelector<HTMLInputElement>(".gr-number input")!.value === "4");
  });

  it("answers /predict with several inputs and outputs", async () => {
    const m = mountApp(`gr.Interface({ fn: (a, b) => [a + b, a * b], inputs: ["number", "number"], outputs: ["number", "number"] }).launch();`);
    const client = await m.client;
    expect((await client.predict("/predict", [3, 4])).data).toEqual([7, 12]);
    const api = await client.viewApi();
    expect(api.endpoints.map((e) => e.name)).toEqual(["/predict"]);
  });

  const button = (m: { el: Element }, text: string) => waitFor(() => [...m.el.querySelectorAll("button")].find((b) => b.textContent === text));

  it("has Gradio's four kinds: output-only (Generate), input-only, unified (one column, its value replaced)", async () => {
    const out = mountApp(`let n = 0; gr.Interface({ fn: () => "run " + ++n, inputs: null, outputs: gr.Textbox({ elemId: "o" }) }).launch();`);
    await out.rendered;
    expect(out.el.querySelectorAll(".gr-column").length).toBe(1);
    (await button(out, "Generate")).click();
    await waitFor(() => out.el.querySelector<HTMLTextAreaElement>("#o textarea")!.value === "run 1");
    out.el.remove();

    const saved: string[] = [];
    const inOnly = mountApp(`gr.Interface({ fn: (t) => { globalThis.seen = t; }, inputs: gr.Textbox({ elemId: "i" }), outputs: null }).launch();`);
    const client = await inOnly.client;
    await inOnly.rendered;
    expect([...inOnly.el.querySelectorAll(".gr-column button")].map((b) => b.textContent)).toEqual(["Clear", "Submit"]);
    expect((await client.predict("/predict", ["kept"])).data).toEqual([]);
    saved.push("ok");
    inOnly.el.remove();

    const unified = mountApp(`const box = gr.Textbox({ elemId: "u", label: "Text" });
      gr.Interface({ fn: (t) => t + " and more", inputs: box, outputs: box }).launch();`);
    await unified.rendered;
    expect(unified.el.querySelectorAll("#u").length).toBe(1);
    expect(unified.el.querySelectorAll(".gr-column").length).toBe(1);
    typeInto(unified.el.querySelector<HTMLTextAreaElement>("#u textarea")!, "this");
    (await button(unified, "Submit")).click();
    await waitFor(() => unified.el.querySelector<HTMLTextAreaElement>("#u textarea")!.value === "this and more");
    expect(saved).toEqual(["ok"]);
  });

  it('keeps Interface state: "state" in and out is one gr.State, starting from the handler\'s default parameter', async () => {
    const m = mountApp(`gr.Interface({
      fn: (word, history = ["start"]) => { const next = [...history, word]; return [next.join(","), next]; },
      inputs: ["textbox", "state"],
      outputs: [gr.Textbox({ elemId: "all" }), "state"],
    }).launch();`);
    const client = await m.client;
    expect((await client.predict("/predict", ["a"])).data).toEqual(["start,a"]);
    expect((await client.predict("/predict", ["b"])).data).toEqual(["start,a,b"]);
    // The guide's form: gr.State instances, the input's value as the start.
    const guide = mountApp(`gr.Interface({
      fn: (message, history) => { const output = { "Current messages": message, "Previous messages": [...history].reverse() }; history.push(message); return [output, history]; },
      inputs: ["textbox", gr.State([])],
      outputs: ["json", gr.State()],
    }).launch();`);
    const guideClient = await guide.client;
    await guideClient.predict("/predict", ["one"]);
    expect((await guideClient.predict("/predict", ["two"])).data).toEqual([{ "Current messages": "two", "Previous messages": ["one"] }]);
    const bad = mountApp(`gr.Interface({ fn: (a) => a, inputs: ["state", "state"], outputs: "state" }).launch();`);
    expect((await waitFor(() => bad.el.querySelector(".gr-load-error"))).textContent).toContain('exactly one state input and one state output');
  });

  it("TabbedInterface puts each app in a tab named as given (Gradio's Tab 0, Tab 1 by default)", async () => {
    const m = mountApp(`const hello = gr.Interface({ fn: (n) => "Hello " + n, inputs: gr.Textbox({ elemId: "h" }), outputs: gr.Textbox({ elemId: "ho" }) });
      const bye = gr.Interface({ fn: (n) => "Bye " + n, inputs: gr.Textbox({ elemId: "b" }), outputs: gr.Textbox({ elemId: "bo" }) });
      gr.TabbedInterface([hello, bye], ["Hello", "Bye"], { title: "Greetings" }).launch();`);
    await m.rendered;
    const tabs = await waitFor(() => (m.el.querySelectorAll("[role=tab]").length === 2 ? [...m.el.querySelectorAll<HTMLElement>("[role=tab]")] : null));
    expect(tabs.map((t) => t.textContent)).toEqual(["Hello", "Bye"]);
    await waitFor(() => m.el.querySelector(".gr-interface-title h1")?.textContent === "Greetings");
    tabs[1].click();
    const input = await waitFor(() => m.el.querySelector<HTMLTextAreaElement>("#b textarea"));
    typeInto(input, "you");
    const panel = input.closest("[role=tabpanel]")!;
    [...panel.querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent === "Submit")!.click();
    await waitFor(() => m.el.querySelector<HTMLTextAreaElement>("#bo textarea")!.value === "Bye you");
    const plain = mountApp(`gr.TabbedInterface([gr.Blocks(() => gr.Markdown("a")), gr.Blocks(() => gr.Markdown("b"))]).launch();`);
    await plain.rendered;
    expect(await waitFor(() => (plain.el.querySelectorAll("[role=tab]").length === 2 ? [...plain.el.querySelectorAll("[role=tab]")].map((t) => t.textContent) : null))).toEqual(["Tab 0", "Tab 1"]);
  });
});
