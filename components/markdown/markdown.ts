// gr.Markdown: the worker side (its view is ./view/).

import { optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { toText, type TextLike } from "../../src/values.ts";

export interface MarkdownOwnOptions {
  /** Where formulas start and end, rendered with KaTeX; `[]` turns LaTeX off. Default: `$$…$$`. */
  latexDelimiters?: ReadonlyArray<{ left: string; right: string; display: boolean }> | null;
  /** A single newline is a line break (default false, as in Gradio). */
  lineBreaks?: boolean;
}
export interface Markdown extends Component<string, TextLike>, EventMethods<"change" | "copy"> {}

export const Markdown = define<ValueFactory<Markdown, TextLike, MarkdownOwnOptions>>({
  type: "markdown",
  name: "Markdown",
  events: ["change", "copy"],
  options: optionNames<MarkdownOwnOptions>()("latexDelimiters", "lineBreaks"),
  isInput: false,
  preprocess: (v) => toText(v, "Markdown"),
  postprocess: (v) => toText(v, "Markdown"),
});
