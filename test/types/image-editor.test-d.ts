// What gr.ImageEditor's types promise: a handler receives Gradio's
// `{ background, layers, composite }` with each image in the editor's
// `type`, returns that shape (or one image), and the editor has Gradio's
// events (apply among them) and options (Brush, Eraser, LayerOptions).
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";
import type { EditorValue } from "../../src/index.ts";

describe("gr.ImageEditor", () => {
  test("values per type, returns, events and options", () => {
    gr.Blocks(() => {
      const files = gr.ImageEditor({ label: "Edit", canvasSize: [400, 300], fixedCanvas: true, transforms: ["crop"], brush: gr.Brush({ colors: ["#000", ["#f00", 0.5]], colorMode: "fixed", defaultSize: 8 }), eraser: gr.Eraser({ defaultSize: "auto" }), layers: gr.LayerOptions({ layers: ["Mask"], allowAdditionalLayers: false }) });
      const pixels = gr.ImageEditor({ type: "imagedata", sources: [], imageMode: "L" });
      const blobs = gr.ImageEditor({ type: "blob", brush: false, layers: false, sources: "upload" });
      const out = gr.Image();
      const n = gr.Number();
      files.change((v) => {
        expectTypeOf(v).toEqualTypeOf<EditorValue<gr.FileData> | null>();
        return v?.composite ?? null;
      }, files, out);
      pixels.input((v) => {
        expectTypeOf(v).toEqualTypeOf<EditorValue<ImageData> | null>();
        expectTypeOf(v!.layers).toEqualTypeOf<ImageData[]>();
        return v?.layers.length ?? 0;
      }, pixels, n);
      blobs.apply((v, ctx) => {
        expectTypeOf(v!.background).toEqualTypeOf<Blob | null>();
        expectTypeOf(ctx.event.type).toBeString();
        return v;
      }, blobs, blobs);
      // Returns: the three parts (any missing), one image as the background, pixels, or null.
      gr.Button().click(() => ({ background: "photo.png", layers: null, composite: null }), null, files);
      gr.Button().click(() => new ImageData(2, 2), null, files);
      gr.Button().click(() => ({ layers: [new OffscreenCanvas(2, 2)] }), null, pixels);
      gr.Button().click(() => null, null, blobs);
      files.upload(() => 1, null, n);
      files.clear(() => 1, null, n);
      files.select(() => 1, null, n);
      const sketch = gr.Sketchpad({ type: "imagedata" });
      sketch.change((v) => {
        expectTypeOf(v).toEqualTypeOf<EditorValue<ImageData> | null>();
        return v?.layers.length ?? 0;
      }, sketch, n);
      gr.ImageMask({ brush: gr.Brush({ defaultSize: 30 }) });
      gr.Paint();
      // @ts-expect-error: an ImageEditor has no click event
      files.click(() => null);
      // @ts-expect-error: a handler may not return a number to an editor
      gr.Button().click(() => 3, null, files);
      // @ts-expect-error: Python's type names are not ours ("imagedata" is numpy's)
      gr.ImageEditor({ type: "numpy" });
      // @ts-expect-error: colorMode is "fixed" or "defaults"
      gr.Brush({ colorMode: "any" });
      // @ts-expect-error: an unknown option
      gr.ImageEditor({ canvas_size: [1, 1] });
    });
  });
});
