// An app's own components (`class X extends gr.Component`): the worker side
// from its statics and methods, the page side from its view module, in a
// real Worker and page. Bad components show which and why; the app works on.
import { afterEach, describe, expect, it } from "vitest";
import { registerView } from "../../ui/mount.ts";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

afterEach(cleanup);

const RATING_VIEW = new URL("../../demos/custom/rating-view.js", import.meta.url).href;
const THROWING_VIEW = new URL("./fixtures/throwing-view.js", import.meta.url).href;
const NO_DEFAULT_VIEW = new URL("./fixtures/no-default-view.js", import.meta.url).href;

const RATING = `class Rating extends gr.Component {
  static type = "rating";
  static events = ["change", "input"];
  static options = ["maximum"];
  static view = ${JSON.stringify(RATING_VIEW)};
  preprocess(v) { return v ?? 0; }
  postprocess(v) { return v ?? 0; }
  apiInfo() { return { type: "number", description: "stars" }; }
  examplePayload() { return 4; }
}`;

describe("a custom component", () => {
  it("draws with its view, sends the user's value to handlers, takes handlers' values, and describes itself in viewApi", async () => {
    const m = mountApp(`${RATING}
      gr.Blocks(() => {
        const stars = new Rating(2, { label: "Stars", maximum: 4, elemId: "r" });
        const out = gr.Textbox({ elemId: "out" });
        stars.change((n) => "got " + n, stars, out, { apiName: "rate" });
        gr.Button("Max", { elemId: "max" }).click(() => 9, null, stars);
      }).launch();`);
    await m.rendered;
    const star = (n: number) => waitFor(() => document.querySelector<HTMLButtonElement>(`#r [aria-label="${n} star${n > 1 ? "s" : ""}"]`));
    await waitFor(() => document.querySelectorAll("#r [role=radio]").length === 4);
    expect((await star(2)).getAttribute("aria-checked")).toBe("true");
    (await star(3)).click();
    await waitFor(() => textbox("out")!.value === "got 3");
    // postprocess clamps nothing here (the app's own rule): the value crosses as returned.
    document.querySelector<HTMLButtonElement>("#max")!.click();
    await waitFor(() => document.querySelectorAll("#r [aria-checked=true]").length === 0 && textbox("out")!.value === "got 9");
    const api = await (await m.client).viewApi();
    const param = api.endpoints.find((e) => e.name === "/rate")!.parameters[0];
    expect(param).toMatchObject({ component: "rating", type: "number", description: "stars", example: 4 });
    // An event it does not declare is a clear error.
    const broken = mountApp(`${RATING} gr.Blocks(() => { new Rating().click(() => 1); }).launch();`);
    const box = await waitFor(() => broken.el.querySelector(".gr-load-error"));
    expect(box.textContent).toContain("rating has no 'click' event; its events are: change, input");
  });

  it("stores files anywhere in its value (Blobs, and paths where its dataModel has gr.FileData); an async preprocess is awaited", async () => {
    const m = mountApp(`
      class Doc extends gr.Component {
        static type = "doc";
        static events = ["change"];
        static dataModel = { cover: gr.FileData, pages: [gr.FileData] };
        async preprocess(v) { return v && { cover: await (await gr.readFile(v.cover)).text(), pages: v.pages.length, note: v.note }; }
      }
      gr.Blocks(() => {
        const d = new Doc({ visible: false });
        const out = gr.JSON();
        gr.Button("make").click(() => ({ cover: new Blob(["front"]), pages: [new Uint8Array([1, 2]), new Blob(["b"])], note: "plain text stays" }), null, d, { apiName: "make" });
        gr.Button("read").click((v) => v, d, out, { apiName: "read" });
      }).launch();`);
    const client = await m.client;
    const made = (await client.predict("/make", [])).data[0] as { cover: { meta: unknown; url: string }; pages: Array<{ meta: unknown }>; note: string };
    expect(made.cover.meta).toEqual({ _type: "gradio.FileData" });
    expect(made.pages.map((p) => p.meta)).toEqual([{ _type: "gradio.FileData" }, { _type: "gradio.FileData" }]);
    expect(made.note).toBe("plain text stays");
    expect(await (await fetch(made.cover.url)).text()).toBe("front");
    expect((await client.predict("/read", [made])).data[0]).toEqual({ cover: "front", pages: 2, note: "plain text stays" });
  });

  it("a view registered by a bundled app draws a component with no view URL", async () => {
    registerView("swatch", (element, { value, setValue }) => {
      const button = document.createElement("button");
      button.id = "swatch-button";
      button.textContent = String(value);
      button.onclick = () => setValue("#00ff00");
      element.append(button);
      return { update: (v) => void (button.textContent = String(v)) };
    });
    const m = mountApp(`
      class Swatch extends gr.Component { static type = "swatch"; static events = ["change"]; }
      gr.Blocks(() => {
        const s = new Swatch("#ff0000");
        const out = gr.Textbox({ elemId: "out" });
        s.change((v) => "now " + v, s, out);
      }).launch();`);
    await m.rendered;
    const button = await waitFor(() => document.querySelector<HTMLButtonElement>("#swatch-button"));
    expect(button.textContent).toBe("#ff0000");
    button.click();
    await waitFor(() => textbox("out")!.value === "now #00ff00" && button.textContent === "#00ff00");
  });
});

describe("a bad custom component says which and why; the rest of the app works", () => {
  it("a view that 404s, throws, or has no default export shows in its block", async () => {
    const m = mountApp(`
      const make = (type, view) => class extends gr.Component { static type = type; static view = view; static events = ["change"]; };
      const Missing = make("missing", "/no/such/view.js");
      const Throwing = make("throwing", ${JSON.stringify(THROWING_VIEW)});
      const Bare = make("bare", ${JSON.stringify(NO_DEFAULT_VIEW)});
      gr.Blocks(() => {
        new Missing({ label: "Gone", elemId: "missing" });
        new Throwing({ elemId: "throwing" });
        new Bare({ elemId: "bare" });
        const t = gr.Textbox({ elemId: "t" });
        gr.Button("Go", { elemId: "go" }).click(() => "still works", null, t);
      }).launch();`);
    await m.rendered;
    const alert = (id: string) => waitFor(() => document.querySelector(`#${id} [role=alert]`)?.textContent);
    expect(await alert("missing")).toMatch(/Component “Gone” \(missing\) cannot be shown\. Its view \(.*\/no\/such\/view\.js\) did not load/);
    expect(await alert("throwing")).toContain("Component “throwing” cannot be shown. Its view threw: the canvas is on fire");
    expect(await alert("bare")).toContain("has no default export");
    document.querySelector<HTMLButtonElement>("#go")!.click();
    await waitFor(() => textbox("t")!.value === "still works");
  });

  it("a preprocess that throws (or rejects) is an error naming the component; the app keeps working", async () => {
    const m = mountApp(`
      class Picky extends gr.Component {
        static type = "picky";
        static events = ["change"];
        preprocess(v) { if (v === "bad") throw new Error("not this one"); return v; }
      }
      class Slow extends gr.Component {
        static type = "slow";
        async preprocess(v) { throw new Error("gave up"); }
      }
      gr.Blocks(() => {
        const p = new Picky("bad", { label: "Picky one" });
        const s = new Slow("x", { label: "Slow one" });
        const t = gr.Textbox({ elemId: "t" });
        gr.Button("A", { elemId: "a" }).click((v) => v, p, t);
        gr.Button("B", { elemId: "b" }).click((v) => v, s, t);
        gr.Button("C", { elemId: "c" }).click(() => "fine", null, t);
      }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("#a")!.click();
    await waitFor(() => document.body.textContent!.includes("Input 1 (Picky one): Picky's preprocess failed: not this one"));
    document.querySelector<HTMLButtonElement>("#b")!.click();
    await waitFor(() => document.body.textContent!.includes('Slow "Slow one": preprocess failed: gave up'));
    document.querySelector<HTMLButtonElement>("#c")!.click();
    await waitFor(() => textbox("t")!.value === "fine");
  });

  it("an event Gradio does not have, a missing or built-in type: the load error names the class", async () => {
    const cases = [
      [`class Odd extends gr.Component { static type = "odd"; static events = ["text_submit"]; }`, `Odd declares the event "text_submit", which Gradio components do not have`],
      [`class NoType extends gr.Component {}`, "NoType extends gr.Component without a `static type`"],
      [`class Mine extends gr.Component { static type = "textbox"; }`, `gr.Mine: the component type "textbox" is already gr.Textbox's`],
    ];
    for (const [declare, message] of cases) {
      const m = mountApp(`${declare} gr.Blocks(() => { new ${/class (\w+)/.exec(declare)![1]}(); }).launch();`);
      const box = await waitFor(() => m.el.querySelector(".gr-load-error"));
      expect(box.textContent).toContain(message);
      m.el.remove();
    }
  });
});
