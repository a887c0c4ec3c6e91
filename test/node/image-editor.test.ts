// gr.ImageEditor's worker side: Gradio's defaults filled in (Brush, Eraser,
// LayerOptions), wrong options named when it is made, Python's type names
// pointed at ours, and the page's value checked.
import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { checkEditorData } from "../../components/image-editor/image-editor.ts";

const inBlocks = <T>(make: () => T): T => {
  let made: T;
  gr.Blocks(() => {
    made = make();
  });
  return made!;
};
const file = (name: string) => ({ path: `${"a".repeat(64)}/${name}`, url: `blob:x/${name}`, size: 1, origName: name, mimeType: "image/png", meta: { _type: "gradio.FileData" } });

describe("ImageEditor options", () => {
  it("fills in Gradio's defaults", () => {
    const ed = inBlocks(() => gr.ImageEditor());
    expect(ed.props).toMatchObject({
      type: "filedata",
      imageMode: "RGBA",
      sources: ["upload", "webcam", "clipboard"],
      transforms: ["crop", "resize"],
      canvasSize: [800, 800],
      fixedCanvas: false,
      format: "webp",
      layers: { allowAdditionalLayers: true, layers: ["Layer 1"], disabled: false },
      eraser: { defaultSize: "auto" },
      brush: { defaultSize: "auto", colorMode: "defaults", defaultColor: "rgb(204, 50, 50)" },
    });
    expect((ed.props.brush as { colors: string[] }).colors).toHaveLength(5);
  });

  it("takes gr.Brush, a single source, layers: false, and no brush (then no eraser)", () => {
    expect(gr.Brush({ colors: "#000000" })).toEqual({ defaultSize: "auto", colors: ["#000000"], defaultColor: "#000000", colorMode: "defaults" });
    expect(gr.Brush({ colors: ["#ff0000", 0.5] }).colors).toEqual([["#ff0000", 0.5]]);
    const ed = inBlocks(() => gr.ImageEditor({ sources: "upload", layers: false, brush: false }));
    expect(ed.props).toMatchObject({ sources: ["upload"], layers: { disabled: true, layers: ["Layer 1"] }, brush: false, eraser: false });
    expect(gr.LayerOptions({ layers: [] }).layers).toEqual(["Layer 1"]);
  });

  it("names wrong options, and points Python's type names at ours", () => {
    expect(() => inBlocks(() => gr.ImageEditor({ type: "numpy" as never }))).toThrow(/type "numpy" is Python's; use "imagedata" \(pixels\), "blob" or "filedata"/);
    expect(() => inBlocks(() => gr.ImageEditor({ type: "filepath" as never }))).toThrow(/use "filedata"/);
    expect(() => inBlocks(() => gr.ImageEditor({ imageMode: "CMYK" as never }))).toThrow(/imageMode must be "RGBA", "RGB" or "L"/);
    expect(() => inBlocks(() => gr.ImageEditor({ sources: ["microphone" as never] }))).toThrow(/sources may hold "upload", "webcam" and "clipboard"/);
    expect(() => inBlocks(() => gr.ImageEditor({ transforms: ["rotate" as never] }))).toThrow(/transforms may hold "crop" and "resize"/);
    expect(() => inBlocks(() => gr.ImageEditor({ canvasSize: [0, 10] }))).toThrow(/canvasSize must be \[width, height\]/);
    expect(() => inBlocks(() => gr.ImageEditor({ brush: gr.Brush({ colorMode: "any" as never }) }))).toThrow(/colorMode must be "fixed" or "defaults"/);
    expect(() => inBlocks(() => gr.ImageEditor({ brush: { colors: [3 as never] } }))).toThrow(/brush colours must be CSS colours/);
    expect(() => inBlocks(() => gr.ImageEditor({ eraser: { defaultSize: -1 } }))).toThrow(/eraser defaultSize must be "auto" or a radius/);
  });
});

describe("Gradio's templates", () => {
  it("Sketchpad, Paint and ImageMask are editors with their defaults, which options override", () => {
    const sketch = inBlocks(() => gr.Sketchpad({ label: "Draw" }));
    expect(sketch.type).toBe("imageeditor");
    expect(sketch.props).toMatchObject({ label: "Draw", sources: [], transforms: ["crop"], brush: { colors: ["#000000"], colorMode: "fixed" } });
    expect(inBlocks(() => gr.Paint()).props).toMatchObject({ sources: [], transforms: ["crop"], brush: { colorMode: "defaults" } });
    expect(inBlocks(() => gr.ImageMask({ sources: ["upload"] })).props).toMatchObject({ sources: ["upload"], layers: { disabled: true }, brush: { colors: ["#000000"] } });
    const withValue = inBlocks(() => gr.Sketchpad({ background: "photo.png", layers: [], composite: null }, { type: "imagedata" }));
    expect(withValue.props.type).toBe("imagedata");
    expect(withValue.initialFile).toEqual({ background: "photo.png", layers: [], composite: null });
  });
});

describe("ImageEditor values", () => {
  it("checks the page's value: three parts of FileData, missing layers empty", () => {
    const bg = file("background.png");
    expect(checkEditorData(null)).toBeNull();
    expect(checkEditorData({ background: bg, composite: null })).toEqual({ background: bg, layers: [], composite: null });
    expect(() => checkEditorData({ background: "photo.png", layers: [], composite: null })).toThrow(/ImageEditor expects \{ background, layers, composite \} of images, or one image/);
    expect(() => checkEditorData({ background: null, layers: [3], composite: null })).toThrow(/ImageEditor expects/);
  });

  it("keeps an initial value that is not yet stored for the engine to store", () => {
    const ed = inBlocks(() => gr.ImageEditor({ background: "photo.png", layers: [], composite: null }));
    expect(ed.value).toBeNull();
    expect(ed.initialFile).toEqual({ background: "photo.png", layers: [], composite: null });
  });
});
