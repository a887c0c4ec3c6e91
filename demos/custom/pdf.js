// Gradio's custom-component tutorial, ported: a PDF component. The worker side.
// A module the app imports: `gr` is a global of the app's worker.

export class PDF extends gr.Component {
  static type = "pdf";
  static events = ["change", "upload"];
  static view = new URL("./pdf-view.js", import.meta.url).href;
  // The value is a file: a path or URL a handler returns is stored in the app's
  // file cache, as a Blob would be (Gradio's `data_model = FileData`).
  static dataModel = gr.FileData;

  /** The page's FileData → the handler's Blob (or null). */
  preprocess(value) {
    return value && gr.readFile(value);
  }

  /** A Blob, a File, a URL or a path → stored for the page. */
  postprocess(value) {
    return value;
  }

  apiInfo() {
    return { type: "string", description: "a PDF file: a URL or a path" };
  }

  examplePayload() {
    return "assets/sample.pdf";
  }

  exampleValue() {
    return "assets/sample.pdf";
  }
}
