// A star rating: the worker side of a custom component (docs/custom-components.md).
// A module the app imports: `gr` is a global of the app's worker (with a bundler,
// `import * as gr from "gradio-lite"` instead).

export class Rating extends gr.Component {
  static type = "rating";
  static events = ["change", "input"];
  static options = ["maximum"];
  static view = new URL("./rating-view.js", import.meta.url).href;

  /** The page's value (a whole number of stars) → what the handler receives. */
  preprocess(value) {
    return value ?? 0;
  }

  /** A handler's value → the page's: a whole number from 0 to `maximum`. */
  postprocess(value) {
    const maximum = this.props.maximum ?? 5;
    if (value === null || value === undefined) return 0;
    if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`expects a number of stars, got ${JSON.stringify(value)}`);
    return Math.min(maximum, Math.max(0, Math.round(value)));
  }

  apiInfo() {
    return { type: "number", description: "a whole number of stars, from 0 to maximum" };
  }

  examplePayload() {
    return 3;
  }

  exampleValue() {
    return 4;
  }
}
