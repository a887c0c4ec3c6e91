// gr.AnnotatedImage's pure parts: its value checks (named errors), options
// checked when it is made, its tuple kept for the engine to store, and the
// view's colours (Gradio's hues by index, the colorMap first).
import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { checkBox, pairOf } from "../../components/annotated-image/annotated-image.ts";
import { annotationColor, tagText } from "../../components/annotated-image/view/colors.ts";

const inBlocks = <T>(make: () => T): T => {
  let made: T;
  gr.Blocks(() => {
    made = make();
  });
  return made!;
};

describe("AnnotatedImage values", () => {
  it("a box is four numbers, left ≤ right and top ≤ bottom", () => {
    expect(checkBox([1, 2, 3, 4], "annotation 1")).toEqual([1, 2, 3, 4]);
    expect(() => checkBox([3, 2, 1, 4], "annotation 2")).toThrow(/the box of annotation 2 must be \[x1, y1, x2, y2\].*got \[3, 2, 1, 4\]/s);
    expect(() => checkBox([0, 0, 1], "annotation 1")).toThrow(/four numbers/);
    expect(() => checkBox([0, 0, 1, Infinity], "annotation 1")).toThrow(/four numbers/);
  });

  it("the value is [image, annotations], each annotation a pair", () => {
    expect(() => pairOf("photo.jpg")).toThrow(/AnnotatedImage expects \[image, annotations\]/);
    expect(() => pairOf([null, []])).toThrow(/the image of \[image, annotations\] is missing/);
    expect(() => pairOf(["a.png", [[[0, 0, 1, 1]]]])).toThrow(/annotation 1 must be a \[box or mask, label\] pair/);
    expect(pairOf(["a.png", []])).toEqual(["a.png", []]);
  });

  it("a handler's tuple given as the initial value waits for the engine to store it", () => {
    const ai = inBlocks(() => gr.AnnotatedImage(["assets/photo.png", [[[0, 0, 1, 1], "x"]]]));
    expect(ai.value).toBeNull();
    expect(ai.initialFile).toEqual(["assets/photo.png", [[[0, 0, 1, 1], "x"]]]);
    expect(ai.props).toMatchObject({ format: "webp", showLegend: true, colorMap: null, buttons: ["fullscreen"] });
  });

  it("checks its options when it is made", () => {
    expect(() => inBlocks(() => gr.AnnotatedImage({ format: "gif" as never }))).toThrow(/format must be "webp", "png" or "jpeg"/);
    expect(() => inBlocks(() => gr.AnnotatedImage({ colorMap: { a: 1 } as never }))).toThrow(/colorMap must map each label to a colour/);
    expect(() => inBlocks(() => gr.AnnotatedImage({ buttons: ["download"] as never }))).toThrow(/buttons may hold "fullscreen" only/);
    expect(() => inBlocks(() => gr.AnnotatedImage({ buttons: [] }))).not.toThrow();
  });

  it("a stream's output keeps its frames: the listener marks it streaming", () => {
    const ai = inBlocks(() => {
      const cam = gr.Image({ sources: ["webcam"], streaming: true });
      const out = gr.AnnotatedImage();
      cam.stream((f) => (f ? [f, []] : null), cam, out);
      return out;
    });
    expect(ai.props.streaming).toBe(true);
  });
});

describe("AnnotatedImage colours", () => {
  it("are the colorMap's, else Gradio's hues spread by index", () => {
    expect(annotationColor("dog", 1, 4, { dog: "#0000ff" })).toBe("#0000ff");
    expect(annotationColor("cat", 0, 4, {})).toBe("hsl(0 100% 50%)");
    expect(annotationColor("cat", 1, 4, {})).toBe("hsl(90 100% 50%)");
    expect(annotationColor("cat", 2, 3, {})).toBe("hsl(240 100% 50%)");
  });

  it("a tag's text is black without a document to measure colours in (the build's prerenderer)", () => {
    expect(tagText("#000080")).toBe("#000");
  });
});
