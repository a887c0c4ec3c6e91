// Interface options that gr.Examples does: a bundled app imports it (docs/npm.md).
import * as gr from "gradio-lite";
import "gradio-lite/examples";

gr.Interface({
  fn: (name: string) => `Hello, ${name}!`,
  inputs: gr.Textbox({ label: "Name" }),
  outputs: gr.Textbox({ label: "Greeting" }),
  examples: [["Ada"], ["Grace"]],
  exampleLabels: ["The first", "The second"],
}).launch();
