// What the types of issue #12 item 4's components promise: each handler gets
// its component's value type, may return what Gradio accepts, and each
// component has only its own events.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";
import type { HighlightedPair, ParamViewerValue } from "../../src/index.ts";

describe("gr.ColorPicker and gr.HighlightedText", () => {
  test("values in and out", () => {
    gr.Blocks(() => {
      const color = gr.ColorPicker("#ff8800", { label: "Colour" });
      const ht = gr.HighlightedText({ text: "Ada", entities: [{ entity: "PER", start: 0, end: 3 }] }, { colorMap: { PER: "red" }, combineAdjacent: true, adjacentSeparator: " ", showLegend: true, showInlineCategory: false });
      const out = gr.Textbox();
      color.submit((c) => {
        expectTypeOf(c).toEqualTypeOf<string | null>();
        return c;
      }, color, out);
      ht.select((pairs, ctx) => {
        expectTypeOf(pairs).toEqualTypeOf<HighlightedPair[] | null>();
        expectTypeOf(ctx.event.index).toEqualTypeOf<number | [number, number]>();
        return String(ctx.event.value);
      }, ht, out);
      gr.Button().click(() => [["a", null], ["b", 0.5], ["c", "noun"]] as const, null, ht);
      gr.Button().click(() => ({ text: "x", entities: [{ entity_group: "LOC", start: 0, end: 1 }] }), null, ht);
      for (const e of [color.change, color.input, color.release, color.focus, color.blur]) expectTypeOf(e).toBeFunction();
      // @ts-expect-error: a ColorPicker's value is text
      gr.Button().click(() => 0xff8800, null, color);
      // @ts-expect-error: ColorPicker has no click event
      color.click(() => null);
      // @ts-expect-error: HighlightedText's events are change and select
      ht.submit(() => null);
      // @ts-expect-error: a label is text, a number or null
      gr.Button().click(() => [["a", true]] as const, null, ht);
      // @ts-expect-error: colorMap maps categories to colours
      gr.HighlightedText({ colorMap: ["red"] });
    });
  });
});

describe("gr.ImageSlider and gr.SimpleImage", () => {
  test("`type` picks what the handler gets for each image; the value is a pair", () => {
    gr.Blocks(() => {
      const pair = gr.ImageSlider({ sliderPosition: 30, maxHeight: 400 });
      const blobs = gr.ImageSlider({ type: "blob" });
      const pixels = gr.ImageSlider({ type: "imagedata" });
      const simple = gr.SimpleImage();
      const out = gr.Textbox();
      gr.Button().click((p, b, px, s) => {
        expectTypeOf(p).toEqualTypeOf<[gr.FileData | null, gr.FileData | null] | null>();
        expectTypeOf(b).toEqualTypeOf<[Blob | null, Blob | null] | null>();
        expectTypeOf(px).toEqualTypeOf<[ImageData | null, ImageData | null] | null>();
        expectTypeOf(s).toEqualTypeOf<gr.FileData | null>();
        return "";
      }, [pair, blobs, pixels, simple], out);
      simple.upload(async (img) => [img, new Blob()] as const, simple, pair);
      simple.clear(() => null, null, pair);
      pair.upload(() => "", null, out);
      // @ts-expect-error: an ImageSlider takes a pair, not one image
      gr.Button().click(() => new Blob(), null, pair);
      // @ts-expect-error: ImageSlider has no select event here
      pair.select(() => null);
      // @ts-expect-error: SimpleImage has no webcam or sources
      gr.SimpleImage({ sources: ["webcam"] });
    });
  });
});

describe("gr.DownloadButton, gr.UploadButton, gr.ClearButton", () => {
  test("files in and out; ClearButton takes components", () => {
    gr.Blocks(() => {
      const up = gr.UploadButton({ fileTypes: [".txt"], fileCount: "multiple", variant: "primary" });
      const one = gr.UploadButton({ type: "blob" });
      const down = gr.DownloadButton({ label: "Get it", size: "sm" });
      const box = gr.Textbox();
      up.upload((files) => {
        expectTypeOf(files).toEqualTypeOf<gr.FileData[]>();
        return new File(["x"], "x.txt");
      }, up, down);
      one.click((b) => {
        expectTypeOf(b).toEqualTypeOf<Blob | null>();
        return "";
      }, one, box);
      down.click(() => "clicked", null, box);
      const clear = gr.ClearButton({ components: [box, up] });
      expectTypeOf(clear.add(down)).toEqualTypeOf(clear);
      clear.click(() => "", null, box);
      // @ts-expect-error: DownloadButton has no upload event
      down.upload(() => null);
      // @ts-expect-error: fileCount is "single", "multiple" or "directory"
      gr.UploadButton({ fileCount: "many" });
      // @ts-expect-error: components are components
      gr.ClearButton({ components: ["box"] });
    });
  });
});

describe("gr.ParamViewer", () => {
  test("its value is { name: { type, description, default } }", () => {
    gr.Blocks(() => {
      const docs = gr.ParamViewer({ value: { n: { type: "int", description: "a **count**", default: "1" } }, header: "Args", anchorLinks: true, language: "typescript" });
      const out = gr.Textbox();
      docs.change((v) => {
        expectTypeOf(v).toEqualTypeOf<ParamViewerValue>();
        return Object.keys(v).join();
      }, docs, out);
      // @ts-expect-error: a parameter's fields are text
      gr.ParamViewer({ value: { n: { type: 3 } } });
      // @ts-expect-error: language is "python" or "typescript"
      gr.ParamViewer({ language: "rust" });
    });
  });
});

describe("gr.DeepLinkButton", () => {
  test("Gradio's text and copied text; a click listener; no other events", () => {
    gr.Blocks(() => {
      const share = gr.DeepLinkButton();
      const custom = gr.DeepLinkButton("Share this", { copiedValue: "Copied!", variant: "primary", size: "sm" });
      const box = gr.Textbox();
      share.click(() => "shared", null, box);
      custom.click((text) => {
        expectTypeOf(text).toEqualTypeOf<string>();
        return text;
      }, custom, box);
      // @ts-expect-error: a DeepLinkButton has no change event
      share.change(() => null);
      // @ts-expect-error: copiedValue is text
      gr.DeepLinkButton({ copiedValue: 1 });
    });
  });
});
