// gr.AnnotatedImage in a real worker and page: Gradio's `[image, [[box |
// mask, label]]]` in every form a handler may give, what the page shows
// (boxes where the pixels are, masks coloured, label tags, the legend and
// its highlighting, `select`), what a handler gets back, and wrong values
// named while the component keeps what it showed.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, waitFor } from "./helpers.ts";

afterEach(cleanup);

/** An app whose "go" button returns `value` (JS source) to an AnnotatedImage "ai" with `opts`. */
const app = (value: string, opts = "{}") => `gr.Blocks(() => {
  const ai = gr.AnnotatedImage({ elemId: "ai", label: "Found", ...${opts} });
  const out = gr.JSON({ elemId: "out" });
  gr.Button("Go", { elemId: "go" }).click(async () => ${value}, null, ai);
  gr.Button("Back", { elemId: "back" }).click((v) => v && [v[0].origName, v[0].url.startsWith("blob:"), v[1].map(([s, l]) => [Array.isArray(s) ? s : s.mimeType, l])], ai, out);
  ai.select((ctx) => ({ index: ctx.event.index, value: ctx.event.value }), null, out);
}).launch({ showError: true });`;

const PIXELS = `new ImageData(new Uint8ClampedArray(200 * 100 * 4).fill(200), 200, 100)`;
const click = (id: string) => document.querySelector<HTMLButtonElement>(`#${id}`)!.click();
const toasts = (m: { el: HTMLElement }) => m.el.querySelector(".gr-toasts")?.textContent ?? "";
const json = (): unknown => {
  try {
    return JSON.parse(document.querySelector("#out pre")?.textContent ?? "null");
  } catch {
    return null;
  }
};

describe("gr.AnnotatedImage", () => {
  it("shows boxes where their pixels are, with label tags and a legend; a handler gets Gradio's tuple back", async () => {
    const m = mountApp(app(`[${PIXELS}, [[[20, 10, 120, 60], "cat"], [[150, 0, 260, 100], "dog"]]]`, `{ colorMap: { dog: "#0000ff" } }`));
    await m.rendered;
    click("go");
    const picture = await waitFor(() => document.querySelector<HTMLElement>("#ai .gr-ai-picture"));
    expect(picture.getAttribute("aria-label")).toBe("Found: cat, dog");
    expect(picture.style.getPropertyValue("--gr-ai-ratio")).toBe("2");
    const img = await waitFor(() => picture.querySelector<HTMLImageElement>("img"));
    await waitFor(() => img.complete && img.naturalWidth === 200);
    const [cat, dog] = [...picture.querySelectorAll<HTMLElement>(".gr-ai-box")];
    // Percent of the image's size: 20/200, 10/100, (120-20)/200, (60-10)/100; the dog's box is cut at the right edge.
    expect([cat!.style.left, cat!.style.top, cat!.style.width, cat!.style.height]).toEqual(["10%", "10%", "50%", "50%"]);
    expect([dog!.style.left, dog!.style.width]).toEqual(["75%", "25%"]);
    // Gradio's colours: the colorMap's, else hues spread by index (the first is red).
    expect(dog!.style.getPropertyValue("--gr-ai-c")).toBe("#0000ff");
    expect(cat!.style.getPropertyValue("--gr-ai-c")).toBe("hsl(0 100% 50%)");
    const tags = [...picture.querySelectorAll<HTMLElement>(".gr-ai-tag")];
    expect(tags.map((t) => t.textContent)).toEqual(["cat", "dog"]);
    expect(tags[1]!.style.color).toBe("rgb(255, 255, 255)");
    // The shapes sit on the image's pixels: the cat's box is a tenth of the picture's width from its left.
    const r = picture.getBoundingClientRect();
    const b = cat!.getBoundingClientRect();
    expect(Math.abs(b.left - r.left - r.width * 0.1)).toBeLessThan(1.5);

    const items = [...document.querySelectorAll<HTMLButtonElement>("#ai .gr-ai-legend-item")];
    expect(items.map((i) => i.textContent)).toEqual(["cat", "dog"]);
    items[1]!.focus();
    await waitFor(() => dog!.classList.contains("gr-ai-active") && cat!.classList.contains("gr-ai-inactive"));
    expect(tags[0]!.classList.contains("gr-ai-inactive")).toBe(true);
    items[1]!.blur();
    await waitFor(() => !cat!.classList.contains("gr-ai-inactive"));
    items[1]!.click();
    await waitFor(() => (json() as { index?: number })?.index === 1);
    expect(json()).toEqual({ index: 1, value: "dog" });

    click("back");
    await waitFor(() => Array.isArray(json()));
    expect(json()).toEqual(["image.webp", true, [[[20, 10, 120, 60], "cat"], [[150, 0, 260, 100], "dog"]]]);
  });

  it("takes masks as rows of confidences, ImageData or an image file, and colours them on the page", async () => {
    const m = mountApp(app(
      `{
        const rows = Array.from({ length: 100 }, (_, y) => Array.from({ length: 200 }, (_, x) => (x < 100 ? 1 : 0.5)));
        const pixels = new ImageData(200, 100);
        for (let i = 0; i < 200 * 40; i++) pixels.data.set([255, 255, 255, 255], i * 4);
        const c = new OffscreenCanvas(200, 100);
        c.getContext("2d").fillRect(0, 0, 10, 10);
        const file = await c.convertToBlob({ type: "image/png" });
        const base = new OffscreenCanvas(200, 100);
        base.getContext("2d").fillRect(0, 0, 200, 100);
        return [await base.convertToBlob({ type: "image/png" }), [[rows, "sky"], [pixels, "sea"], [file, "dot"]]];
      }`,
      `{ showLegend: false, format: "png" }`,
    ));
    await m.rendered;
    click("go");
    const masks = await waitFor(() => {
      if (toasts(m)) throw new Error(toasts(m));
      const found = document.querySelectorAll<HTMLElement>("#ai .gr-ai-mask");
      return found.length === 3 && [...found];
    });
    expect(document.querySelector("#ai .gr-ai-legend")).toBeNull();
    expect(document.querySelector("#ai .gr-ai-tag")).toBeNull();
    // The mask is a PNG in the cache whose alpha is the confidence: left half opaque, right half at 0.5.
    const url = /url\("(.+)"\)/.exec(masks[0]!.style.getPropertyValue("mask-image"))![1]!;
    const bitmap = await createImageBitmap(await (await fetch(url)).blob());
    const canvas = new OffscreenCanvas(200, 100);
    const g = canvas.getContext("2d")!;
    g.drawImage(bitmap, 0, 0);
    expect([...g.getImageData(10, 50, 1, 1).data]).toEqual([255, 255, 255, 255]);
    expect(g.getImageData(150, 50, 1, 1).data[3]).toBe(128);
    expect(masks[1]!.style.getPropertyValue("--gr-ai-c")).toBe("hsl(120 100% 50%)");

    click("back");
    await waitFor(() => Array.isArray(json()));
    expect(json()).toEqual(["image", true, [["image/png", "sky"], ["image/png", "sea"], ["image/png", "dot"]]]);
  });

  it("names a wrong value (the image, a box, a mask's size, a label) and keeps what it showed", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const ai = gr.AnnotatedImage([${PIXELS}, [[[0, 0, 10, 10], "kept"]]], { elemId: "ai" });
      const bad = {
        b1: "just a string",
        b2: [${PIXELS}, [[[30, 0, 10, 10], "x"]]],
        b3: [${PIXELS}, [[[[1, 0], [0, 1]], "x"]]],
        b4: [${PIXELS}, [[[0, 0, 1, 1], 7]]],
        b5: [new Blob(["not an image"], { type: "image/png" }), []],
        b6: [${PIXELS}, "boxes"],
      };
      for (const [id, v] of Object.entries(bad)) gr.Button(id, { elemId: id }).click(() => v, null, ai);
    }).launch();`);
    await m.rendered;
    const expected = [
      /AnnotatedImage expects \[image, annotations\]/,
      /the box of annotation 1 must be \[x1, y1, x2, y2\], four numbers with x1 ≤ x2/,
      /the mask of annotation 1 is 2×2; it must be the image's size, 200×100/,
      /the label of annotation 1 must be text, got number 7/,
      /the image "image" is not an image the browser can read \(image\/png, 12 bytes\)/,
      /annotations must be a list of \[box or mask, label\] pairs/,
    ];
    for (const [i, re] of expected.entries()) {
      click(`b${i + 1}`);
      await waitFor(() => re.test(toasts(m)));
    }
    expect(document.querySelector("#ai .gr-ai-legend-item")!.textContent).toBe("kept");
  });

  it("checks its options when the app is built", async () => {
    const m = mountApp(`gr.Blocks(() => { gr.AnnotatedImage({ format: "gif" }); }).launch();`);
    await waitFor(() => /format must be "webp", "png" or "jpeg", got the string "gif"/.test(m.el.textContent ?? ""));
    cleanup();
    const n = mountApp(`gr.Blocks(() => { gr.AnnotatedImage({ buttons: ["download"] }); }).launch();`);
    await waitFor(() => /buttons may hold "fullscreen" only/.test(n.el.textContent ?? ""));
  });
});
