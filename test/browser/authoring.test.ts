// The authoring API in a real page and worker: load errors that name the
// line, server-only options refused, js: true on the page, event targets.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

afterEach(cleanup);

async function loadError(code: string): Promise<string> {
  const m = mountApp(code);
  const box = await waitFor(() => m.el.querySelector(".gr-load-error"));
  return box.textContent ?? "";
}

describe("mistakes a porter makes, said clearly", () => {
  it("an output not assigned yet is an error naming its line", async () => {
    const text = await loadError(`let out;
gr.Blocks(() => {
  const btn = gr.Button("Go");
  btn.click(() => "hi", null, out);
  out = gr.Textbox();
}).launch();`);
    expect(text).toContain("Listener outputs is undefined (a variable not assigned yet?)");
    expect(text).toContain("line 4");
    expect(text).toContain('btn.click(() => "hi", null, out);');
  });

  it("a server-only option stops the app instead of running it unprotected", async () => {
    const text = await loadError(`gr.Blocks(() => { gr.Textbox(); }).launch({ auth: ["admin", "secret"] });`);
    expect(text).toContain('"auth" is not available in a browser-only app');
  });

  it("a Gradio component not here yet is named, not 'is not a function'", async () => {
    const text = await loadError(`gr.Blocks(() => { gr.Model3D(); }).launch();`);
    expect(text).toContain("gr.Model3D is not available in gradio-lite (yet)");
  });

  it("a Python name says where it went", async () => {
    const text = await loadError(`gr.Info("hello"); gr.Blocks(() => {}).launch();`);
    expect(text).toContain("gr.Info is Python's form: in a JS app call ctx.info(message)");
  });
});

describe("js: true", () => {
  it("runs the handler on the page at once, even while the worker is busy", async () => {
    const m = mountApp(`gr.Blocks(() => {
      gr.Row({ elemId: "row" }, (row) => {
        gr.Markdown("Hide me");
        gr.Button("Hide", { elemId: "hide" }).click(() => gr.Row({ visible: false }), null, row, { js: true });
      });
      const box = gr.Textbox({ elemId: "box" });
      gr.Button("Taller", { elemId: "taller" }).click(() => gr.Textbox({ lines: 5 }), null, box, { js: true });
      gr.Button("Busy", { elemId: "busy" }).click(() => { const end = Date.now() + 3000; while (Date.now() < end); return "done"; }, null, box);
    }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("#busy")!.click();
    const started = performance.now();
    document.querySelector<HTMLButtonElement>("#hide")!.click();
    document.querySelector<HTMLButtonElement>("#taller")!.click();
    await waitFor(() => !document.querySelector("#row"));
    await waitFor(() => (textbox("box") as HTMLTextAreaElement | null)?.rows === 5);
    // The worker is stuck in its 3 s loop: only the page can have done this.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe("event data", () => {
  it("tells the handler which component fired", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.Button("Apples", { elemId: "a" });
      const b = gr.Button("Pears", { elemId: "b" });
      const out = gr.Textbox({ elemId: "out" });
      gr.on([a.click, b.click], (ctx) => (ctx.event.target === a ? "first: " : "second: ") + ctx.event.target.props.value + " " + ctx.event.type, null, out);
    }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("#b")!.click();
    await waitFor(() => textbox("out")?.value === "second: Pears click");
    document.querySelector<HTMLButtonElement>("#a")!.click();
    await waitFor(() => textbox("out")?.value === "first: Apples click");
  });
});

describe("gr.HTML's css", () => {
  it("styles plain (sanitized) HTML, and follows the value with cssTemplate", async () => {
    const m = mountApp(`gr.Blocks(() => {
      gr.HTML("<b>bold</b>", { css: "b { color: rgb(255, 0, 0); }", elemId: "plain" });
      const n = gr.Number(3, { elemId: "n" });
      const bar = gr.HTML({ value: 3, htmlTemplate: "<span class='bar'>\${value}</span>", cssTemplate: ".bar { display: inline-block; width: \${value * 10}px; }", elemId: "bar" });
      n.change((v) => v, n, bar);
    }).launch();`);
    await m.rendered;
    const bold = await waitFor(() => document.querySelector<HTMLElement>("#plain b"));
    expect(getComputedStyle(bold).color).toBe("rgb(255, 0, 0)");
    const bar = await waitFor(() => document.querySelector<HTMLElement>("#bar .bar"));
    await waitFor(() => getComputedStyle(bar).width === "30px");
    const n = document.querySelector<HTMLInputElement>("#n input")!;
    n.value = "7";
    n.dispatchEvent(new InputEvent("input", { bubbles: true }));
    await waitFor(() => getComputedStyle(document.querySelector<HTMLElement>("#bar .bar")!).width === "70px");
  });
});
