// What gr.AnnotatedImage's types promise: a handler returns Gradio's
// `[image, [[box | mask, label]]]` and receives it back with files as
// FileData; its events are change and select; its options are its own.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";
import type { AnnotatedImageValue, BoundingBox } from "../../src/index.ts";

describe("gr.AnnotatedImage", () => {
  test("values in and out, events and options", () => {
    gr.Blocks(() => {
      const ai = gr.AnnotatedImage({ label: "Faces", colorMap: { happy: "#22c55e" }, showLegend: true, format: "png", height: 400, buttons: [] });
      const img = gr.Image({ type: "imagedata" });
      const out = gr.Textbox();
      img.change((pixels) => {
        const box: BoundingBox = [1, 2, 3, 4];
        return [pixels ?? new Blob(), [[box, "face"], [[[0, 1]], "mask"], [new ImageData(1, 1), "pixels"]]] as const;
      }, img, ai);
      gr.Button().click(() => ["photo.jpg", []] as const, null, ai);
      gr.Button().click(() => null, null, ai);
      ai.select((value, ctx) => {
        expectTypeOf(value).toEqualTypeOf<AnnotatedImageValue | null>();
        expectTypeOf(ctx.event.value).toBeUnknown();
        const [image, annotations] = value!;
        expectTypeOf(image).toEqualTypeOf<gr.FileData>();
        expectTypeOf(annotations[0]![0]).toEqualTypeOf<BoundingBox | gr.FileData>();
        return annotations.map(([, label]) => label).join();
      }, ai, out);
      ai.change(() => "", null, out);
      // @ts-expect-error: an AnnotatedImage has no click event
      ai.click(() => null);
      // @ts-expect-error: the value is [image, annotations], not an image alone
      gr.Button().click(() => new Blob(), null, ai);
      // @ts-expect-error: a label is text
      gr.Button().click(() => [new Blob(), [[[0, 0, 1, 1], 3]]] as const, null, ai);
      // @ts-expect-error: a box has four numbers
      gr.Button().click(() => [new Blob(), [[[0, 0, 1], "x"]]] as const, null, ai);
      // @ts-expect-error: format is "webp", "png" or "jpeg"
      gr.AnnotatedImage({ format: "gif" });
      // @ts-expect-error: unknown option
      gr.AnnotatedImage({ showLegends: true });
    });
  });
});
