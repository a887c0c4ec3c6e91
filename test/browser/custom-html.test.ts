import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, waitFor } from "./helpers.ts";

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
  rating.select((_n, ctx) => JSON.stringify(ctx.event), rating, ev);
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
    await waitFor(() => document.querySelector<HTMLInputElement>("#said input")!.value === "rated 3");
    await waitFor(() => document.querySelector<HTMLInputElement>("#ev input")!.value === '{"stars":3}');
    expect(buttons().map((b) => b.textContent).join("")).toBe("★★★☆");
    // The listener survives re-renders: it sits on the element, not the stars.
    buttons()[0].click();
    await waitFor(() => document.querySelector<HTMLInputElement>("#said input")!.value === "rated 1");
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
