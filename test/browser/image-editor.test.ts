// gr.ImageEditor in a real worker and page: what a handler gets per `type`
// and `imageMode`, what it may give back (pixels, a canvas, one image, the
// three parts), a fixed canvas fitting an image, resize, the static view, a
// listener that runs right after a stroke seeing it, and a wrong value named.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, waitFor } from "./helpers.ts";

afterEach(cleanup);

const click = (id: string) => document.querySelector<HTMLButtonElement>(`#${id}`)!.click();
const toasts = (m: { el: HTMLElement }) => m.el.querySelector(".gr-toasts")?.textContent ?? "";
const json = (): unknown => {
  try {
    return JSON.parse(document.querySelector("#out pre")?.textContent ?? "null");
  } catch {
    return null;
  }
};
/** A 4×2 image: its left half red, its right half half-transparent blue. */
const PIXELS = `(() => { const d = new Uint8ClampedArray(4 * 2 * 4); for (let i = 0; i < 8; i++) d.set(i % 4 < 2 ? [255, 0, 0, 255] : [0, 0, 255, 128], i * 4); return new ImageData(d, 4, 2); })()`;

/** A stroke across the canvas, as pointer events (what a mouse, pen or finger sends). */
function stroke(canvas: HTMLCanvasElement, from: [number, number], to: [number, number]): void {
  const r = canvas.getBoundingClientRect();
  const at = (f: [number, number]) => ({ clientX: r.left + r.width * f[0], clientY: r.top + r.height * f[1], pointerId: 1, button: 0, bubbles: true, isPrimary: true });
  canvas.dispatchEvent(new PointerEvent("pointerdown", at(from)));
  for (let i = 1; i <= 5; i++) canvas.dispatchEvent(new PointerEvent("pointermove", at([from[0] + ((to[0] - from[0]) * i) / 5, from[1] + ((to[1] - from[1]) * i) / 5])));
  canvas.dispatchEvent(new PointerEvent("pointerup", at(to)));
}

describe("gr.ImageEditor", () => {
  it("gives a handler each image per type and imageMode; takes pixels and a canvas back", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const pixels = gr.ImageEditor({ type: "imagedata", imageMode: "L", elemId: "ed" });
      const blobs = gr.ImageEditor({ type: "blob", imageMode: "RGB", elemId: "ed2" });
      const out = gr.JSON({ elemId: "out" });
      gr.Button("Set", { elemId: "set" }).click(() => [${PIXELS}, { background: ${PIXELS}, layers: [new OffscreenCanvas(4, 2)] }], null, [pixels, blobs]);
      gr.Button("Read", { elemId: "read" }).click(async (p, b) => {
        const rgb = await createImageBitmap(b.background);
        const g = new OffscreenCanvas(4, 2).getContext("2d");
        g.drawImage(rgb, 0, 0);
        return {
          type: p.composite.constructor.name, size: [p.composite.width, p.composite.height],
          grey: [...p.background.data.slice(0, 4)], layers: p.layers.length,
          blob: b.background.constructor.name, rgb: [...g.getImageData(3, 0, 1, 1).data], blobLayers: b.layers.length, blobComposite: b.composite instanceof Blob,
        };
      }, [pixels, blobs], out);
    }).launch({ showError: true });`);
    await m.rendered;
    click("set");
    // One image is the background (and the composite); the editor completes the value with its layer before a run reads it.
    await waitFor(() => document.querySelector("#ed canvas") && document.querySelector("#ed2 canvas"));
    click("read");
    const got = await waitFor(() => json() as Record<string, unknown> | null);
    // "L": Pillow's luma of red, 0.299 × 255 = 76, opaque. "RGB": alpha dropped, blue stays blue.
    expect(got).toEqual({ type: "ImageData", size: [4, 2], grey: [76, 76, 76, 255], layers: 1, blob: "Blob", rgb: [0, 0, 255, 255], blobLayers: 1, blobComposite: true });
  });

  it("a listener that runs right after a stroke sees it; a fixed canvas fits an image; resize scales", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const ed = gr.ImageEditor({ type: "imagedata", canvasSize: [100, 50], fixedCanvas: true, sources: [], elemId: "ed" });
      const out = gr.JSON({ elemId: "out" });
      const px = (img, x, y) => [...img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4)];
      ed.input((v) => v && { size: [v.composite.width, v.composite.height], mid: px(v.composite, 50, 25), corner: px(v.composite, 2, 2) }, ed, out);
      gr.Button("Photo", { elemId: "photo" }).click(() => ${PIXELS}, null, ed);
      const read = gr.JSON({ elemId: "read-out" });
      gr.Button("Read", { elemId: "read" }).click((v) => v ? px(v.composite, 50, 25) : "empty", ed, read);
    }).launch({ showError: true });`);
    await m.rendered;
    const canvas = await waitFor(() => document.querySelector<HTMLCanvasElement>("#ed canvas"));
    expect(canvas.getAttribute("aria-label")).toMatch(/100 × 50 canvas, brush tool/);
    stroke(canvas, [0.1, 0.5], [0.9, 0.5]);
    // A click in the same task as the stroke's end: the run waits for the value the editor is making.
    click("read");
    await waitFor(() => document.querySelector("#read-out pre")?.textContent?.includes("204"));

    // `input` fires as the value is sent: the stroke is in the composite the handler reads.
    await waitFor(() => (json() as { mid?: number[] } | null)?.mid);
    expect(json()).toEqual({ size: [100, 50], mid: [204, 50, 50, 255], corner: [0, 0, 0, 0] });
    // A 4×2 image on a fixed 100×50 canvas: scaled to fit, centred (it fills it, 2:1 in 2:1).
    click("photo");
    await waitFor(() => canvas.getAttribute("aria-label")?.includes("100 × 50") && !document.querySelector("#ed .gr-editor-icon-button[aria-label=Undo]:not(:disabled)"));
    document.querySelector<HTMLButtonElement>("#ed [aria-label=Resize]")!.click();
    const width = await waitFor(() => [...document.querySelectorAll<HTMLLabelElement>("#ed label")].find((l) => l.textContent?.startsWith("Width"))?.querySelector("input"));
    width.value = "50";
    width.dispatchEvent(new Event("input", { bubbles: true }));
    const scale = document.querySelector<HTMLInputElement>("#ed input[type=checkbox]")!;
    scale.click();
    // The form reads its fields as they render: the anchor goes when the image scales.
    await waitFor(() => !document.querySelector("#ed select"));
    document.querySelector<HTMLButtonElement>("#ed button[type=submit]")!.click();
    await waitFor(() => (json() as { size?: number[] } | null)?.size?.[0] === 50);
    // Scaled: the left half red, at the new size.
    expect(json()).toMatchObject({ size: [50, 50], corner: [255, 0, 0, 255] });
    expect(toasts(m)).toBe("");
  });

  it("takes a pasted image as the background (upload fires) and a finger's stroke (pointerType touch); refuses a pasted non-image", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const ed = gr.ImageEditor({ elemId: "ed", brush: gr.Brush({ defaultSize: 3 }) });
      const out = gr.JSON({ elemId: "out" });
      ed.upload((v) => v.background.origName, ed, out);
    }).launch();`);
    await m.rendered;
    const root = await waitFor(() => document.querySelector<HTMLElement>("#ed .gr-editor"));
    const paste = async (file: File) => {
      const data = new DataTransfer();
      data.items.add(file);
      root.querySelector<HTMLElement>(".gr-editor-stage")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    };
    await paste(new File(["not an image"], "notes.png", { type: "image/png" }));
    await waitFor(() => root.querySelector("[role=alert]")?.textContent?.includes("“notes.png” could not be opened"));
    const canvas = new OffscreenCanvas(30, 20);
    canvas.getContext("2d")!.fillRect(0, 0, 30, 20);
    await paste(new File([await canvas.convertToBlob({ type: "image/png" })], "pasted.png", { type: "image/png" }));
    const surface = await waitFor(() => root.querySelector<HTMLCanvasElement>("canvas"));
    expect(surface.getAttribute("aria-label")).toMatch(/30 × 20 canvas, brush tool/);
    expect(root.querySelector("[role=alert]")).toBeNull();
    // The background reaches the app as a PNG of the canvas.
    await waitFor(() => json() === "background.png");
    const r = surface.getBoundingClientRect();
    const touch = (type: string, x: number) => surface.dispatchEvent(new PointerEvent(type, { clientX: r.left + r.width * x, clientY: r.top + r.height / 2, pointerId: 7, pointerType: "touch", isPrimary: true, button: type === "pointermove" ? -1 : 0, bubbles: true }));
    touch("pointerdown", 0.2);
    touch("pointermove", 0.5);
    touch("pointerup", 0.8);
    await waitFor(() => !root.querySelector<HTMLButtonElement>("[aria-label=Undo]")!.disabled);
    expect(getComputedStyle(surface).touchAction).toBe("none");
  });

  it("as a non-interactive output shows the composite; a wrong value is named and the app goes on", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const ed = gr.ImageEditor({ interactive: false, elemId: "ed", label: "Result" });
      gr.Button("Good", { elemId: "good" }).click(() => ({ background: ${PIXELS}, layers: [], composite: ${PIXELS} }), null, ed);
      gr.Button("Bad", { elemId: "bad" }).click(() => ({ background: 42 }), null, ed);
      gr.Button("Worse", { elemId: "worse" }).click(() => [1, 2], null, ed);
    }).launch({ showError: true });`);
    await m.rendered;
    expect(document.querySelector("#ed .gr-empty-media")).not.toBeNull();
    click("good");
    const img = await waitFor(() => document.querySelector<HTMLImageElement>("#ed img"));
    expect(img.alt).toBe("Result");
    expect(document.querySelector("#ed canvas")).toBeNull();
    click("bad");
    await waitFor(() => toasts(m).includes("ImageEditor: the background expects a file"));
    click("worse");
    await waitFor(() => toasts(m).includes("ImageEditor expects { background, layers, composite } or one image"));
    expect(document.querySelector<HTMLImageElement>("#ed img")?.src).toBe(img.src);
  });
});
