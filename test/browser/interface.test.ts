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
});
