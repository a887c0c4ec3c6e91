import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";
// Loaded up front, as a built page has it by the time anyone clicks: the dev
// server's first fetch of a dependency can take longer than a worker round
// trip, and re-renders before it arrives patch a little later.
import "idiomorph";

afterEach(cleanup);

const stars = `class StarRating extends gr.HTML {
  constructor(options = {}) {
    super({
      value: 0,
      max: 5,
      htmlTemplate: '\${Array.from({ length: max }, (_, i) => \`<button type="button" class="star" data-n="\${i + 1}" aria-label="\${i + 1} stars" aria-pressed="\${i < value}">\${i < value ? "★" : "☆"}</button>\`).join("")}',
      css: ".star { background: none; border: 0; font-size: 24px; color: goldenrod; cursor: pointer; }",
      jsOnLoad: ({ element, props, trigger }) => {
        element.addEventListener("click", (e) => {
          const star = e.target.closest(".star");
          if (!star) return;
          props.value = Number(star.dataset.n);
          trigger("select", { stars: props.value });
        });
      },
      ...options,
    });
  }
}
gr.Blocks(() => {
  const rating = new StarRating({ elemId: "rating", max: 4 });
  const said = gr.Textbox({ elemId: "said" });
  const ev = gr.Textbox({ elemId: "ev" });
  rating.change((n) => "rated " + n, rating, said);
  // ctx.event is Gradio's EventData: what trigger() sent, spread on it, and the component that fired.
  rating.select((_n, ctx) => ctx.event.stars + " stars from " + ctx.event.target.props.elemId, rating, ev);
}).launch();`;

describe("custom HTML components", () => {
  it("render a template over value and props, run jsOnLoad, and feed listeners", async () => {
    const m = mountApp(stars);
    await m.rendered;
    const buttons = () => [...document.querySelectorAll<HTMLButtonElement>("#rating .star")];
    expect(buttons()).toHaveLength(4);
    expect(buttons().map((b) => b.textContent).join("")).toBe("☆☆☆☆");
    expect(getComputedStyle(buttons()[0]).fontSize).toBe("24px");
    buttons()[2].click();
    await waitFor(() => textbox("said")!.value === "rated 3");
    await waitFor(() => textbox("ev")!.value === "3 stars from rating");
    expect(buttons().map((b) => b.textContent).join("")).toBe("★★★☆");
    // The listener survives re-renders: it sits on the element, not the stars.
    buttons()[0].click();
    await waitFor(() => textbox("said")!.value === "rated 1");
  });

  it("patch the DOM on re-render, so listeners jsOnLoad put on inner nodes keep working", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const counter = gr.HTML({
        value: 0,
        elemId: "counter",
        htmlTemplate: '<p>Count: <output>\${value}</output></p><button type="button" class="inc">Add one</button>',
        jsOnLoad: ({ element, props }) => {
          element.querySelector(".inc").addEventListener("click", () => { props.value = props.value + 1; });
        },
      });
      const said = gr.Textbox({ elemId: "said" });
      counter.change((n) => "count " + n, counter, said);
    }).launch();`);
    await m.rendered;
    const inc = document.querySelector<HTMLButtonElement>("#counter .inc")!;
    for (const n of [1, 2, 3]) {
      document.querySelector<HTMLButtonElement>("#counter .inc")!.click();
      await waitFor(() => document.querySelector("#counter output")?.textContent === String(n));
    }
    expect(document.querySelector("#counter .inc")).toBe(inc);
    await waitFor(() => textbox("said")!.value === "count 3");
  });

  it("re-render the template when jsOnLoad sets any prop, on the page; an update from the app wins later", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const hello = gr.HTML({
        value: 1,
        greeting: "Hello",
        name: "you",
        elemId: "hello",
        htmlTemplate: '<span class="text">\${greeting}, \${name} (\${value})</span><button type="button" class="rename">Rename</button>',
        jsOnLoad: ({ element, props }) => {
          element.querySelector(".rename").addEventListener("click", () => {
            props.name = "Ada";
            element.dataset.read = props.name + " " + ("name" in props);
          });
        },
      });
      const changes = gr.Number(0, { elemId: "changes" });
      hello.change((_v, n) => n + 1, [hello, changes], changes);
      gr.Button("Set value", { elemId: "set-value" }).click(() => 2, null, hello);
      gr.Button("Rename from the app", { elemId: "app-rename" }).click(() => gr.HTML({ name: "Grace" }), null, hello);
    }).launch();`);
    await m.rendered;
    const text = () => document.querySelector("#hello .text")!.textContent;
    expect(text()).toBe("Hello, you (1)");
    document.querySelector<HTMLButtonElement>("#hello .rename")!.click();
    await waitFor(() => text() === "Hello, Ada (1)");
    expect(document.querySelector<HTMLElement>("#hello .gr-html")!.dataset.read).toBe("Ada true");
    // The page-side prop stays through a value change from the app...
    document.getElementById("set-value")!.click();
    await waitFor(() => text() === "Hello, Ada (2)");
    // ... and an update of that prop from the app replaces it.
    document.getElementById("app-rename")!.click();
    await waitFor(() => text() === "Hello, Grace (2)");
    // A prop set on the page is no value change: only the app's value change fired change.
    expect(document.querySelector<HTMLInputElement>("#changes input")!.value).toBe("1");
  });

  it("take jsOnLoad as a string: plain statements see element, props and trigger; a function expression gets them", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const a = gr.HTML({
        value: "a", elemId: "a", htmlTemplate: '<button type="button">\${value}</button>',
        jsOnLoad: "element.dataset.prop = props.value; element.querySelector('button').addEventListener('click', () => trigger('select', { from: 'statements' }));",
      });
      const b = gr.HTML({
        value: "b", elemId: "b", htmlTemplate: '<button type="button">\${value}</button>',
        jsOnLoad: "async function ({ element, trigger }) { element.querySelector('button').addEventListener('click', () => trigger('select', { from: 'function' })); }",
      });
      const ev = gr.Textbox({ elemId: "ev" });
      a.select((_v, ctx) => ctx.event.from, a, ev);
      b.select((_v, ctx) => ctx.event.from, b, ev);
    }).launch();`);
    await m.rendered;
    expect(document.querySelector<HTMLElement>("#a .gr-html")!.dataset.prop).toBe("a");
    document.querySelector<HTMLButtonElement>("#a button")!.click();
    await waitFor(() => textbox("ev")!.value === "statements");
    document.querySelector<HTMLButtonElement>("#b button")!.click();
    await waitFor(() => textbox("ev")!.value === "function");
  });

  it("never run a <script> a re-render adds, as innerHTML never does", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const h = gr.HTML({
        value: 0, elemId: "s",
        htmlTemplate: '<b>\${value}</b>\${value > 0 ? "<script>window.__templateScriptRan = true<\\/script><img src=data:, id=after>" : ""}',
      });
      gr.Button("Go", { elemId: "go" }).click(() => 1, null, h);
    }).launch();`);
    await m.rendered;
    m.el.querySelector<HTMLButtonElement>(".gr-button")!.click();
    await waitFor(() => document.querySelector("#s #after"));
    expect(document.querySelector("#s script")).not.toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __templateScriptRan?: boolean }).__templateScriptRan).toBeUndefined();
  });

  it("keep plain gr.HTML values sanitized", async () => {
    const m = mountApp(`gr.Blocks(() => { gr.HTML("<img src=x onerror=alert(1)><b>ok</b>", { elemId: "h" }); }).launch();`);
    await m.rendered;
    await waitFor(() => document.querySelector("#h b"));
    expect(document.querySelector("#h img")!.hasAttribute("onerror")).toBe(false);
  });
});

describe("apiInfo and sizes", () => {
  it("a custom component's apiInfo describes its value in viewApi", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const stars = gr.HTML({ value: 3, htmlTemplate: "\${value} stars", apiInfo: { type: "number", description: "stars from 1 to 5", example: 4 } });
      const said = gr.Textbox();
      stars.change(function rate(n) { return String(n); }, stars, said, { apiName: "rate" });
    }).launch();`);
    const api = await (await m.client).viewApi();
    expect(api.endpoints[0].parameters[0]).toMatchObject({ name: "n", type: "number", description: "stars from 1 to 5", example: 4 });
  });

  it("height and width take pixels or CSS lengths; fillWidth drops the app's maximum width", async () => {
    const m = mountApp(`gr.Blocks({ fillWidth: true }, () => {
      gr.Textbox({ elemId: "px", height: 120, width: "50%" });
      gr.Row({ height: "10rem", elemId: "row" }, () => gr.Textbox());
    }).launch();`);
    await m.rendered;
    const px = document.getElementById("px")!;
    expect([px.style.height, px.style.width]).toEqual(["120px", "50%"]);
    expect(document.getElementById("row")!.style.height).toBe("10rem");
    expect(getComputedStyle(m.el.querySelector(".gr-app")!).maxWidth).toBe("none");
  });
});
