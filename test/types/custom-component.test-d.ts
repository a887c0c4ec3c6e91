// What a custom component's types promise: `extends gr.Component<In, Wire, E, X>`
// gives handlers `In`, checks returns against its `postprocess`, has only the
// events `E`, and takes only its own options `X` beside the common ones.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";

class PDF extends gr.Component<Blob | null, gr.FileData | null, "change" | "upload"> {
  static type = "pdf";
  static events = ["change", "upload"] as const;
  static view = "./pdf-view.js";
  static dataModel = gr.FileData;
  override preprocess(value: gr.FileData | null) {
    return value && gr.readFile(value);
  }
  override postprocess(value: Blob | string | null) {
    return value;
  }
  override apiInfo() {
    return { type: "string", description: "a PDF file" };
  }
}

class Rating extends gr.Component<number, number, "change" | "input", { maximum?: number }> {
  static type = "rating";
  static events = ["change", "input"] as const;
  static options = ["maximum"] as const;
}

describe("custom components", () => {
  test("handlers get In and return what postprocess takes", () => {
    gr.Blocks(() => {
      const pdf = new PDF({ label: "PDF" });
      const stars = new Rating(3, { maximum: 5 });
      const text = gr.Textbox();
      pdf.upload(
        (file, n) => {
          expectTypeOf(file).toEqualTypeOf<Blob | null>();
          expectTypeOf(n).toEqualTypeOf<number>();
          return [file ? "sample.pdf" : null, String(n)];
        },
        [pdf, stars],
        [pdf, text],
      );
      // @ts-expect-error a number is not what PDF's postprocess takes
      pdf.change(() => 3, null, pdf);
      stars.change((n) => n + 1, stars, stars);
      // @ts-expect-error Rating has no click event
      stars.click(() => 1, null, stars);
      // @ts-expect-error an option Rating does not declare
      new Rating({ maximum: 5, colour: "red" });
      // @ts-expect-error a value of the wrong type
      new Rating("three");
      expectTypeOf(pdf).toExtend<gr.Component>();
    });
  });
});

describe("gr.Examples", () => {
  test("fn is typed from inputs and checked against outputs", () => {
    gr.Blocks(() => {
      const a = gr.Textbox();
      const n = gr.Number();
      const out = gr.Textbox();
      const ex = gr.Examples([["hi", 1]], [a, n], {
        outputs: out,
        fn: (s, k) => {
          expectTypeOf(s).toEqualTypeOf<string>();
          expectTypeOf(k).toEqualTypeOf<number>();
          return s.repeat(k);
        },
        cacheExamples: true,
      });
      expectTypeOf(ex.dataset).toExtend<gr.Component>();
      // @ts-expect-error an option gr.Examples does not have
      gr.Examples(["x"], a, { perPage: 5 });
      // @ts-expect-error cacheMode is "eager" or "lazy"
      gr.Examples(["x"], a, { cacheMode: "sometimes" });
    });
  });
});
