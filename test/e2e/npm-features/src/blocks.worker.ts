// What a bundler could leave out of an npm app, where only what the app uses
// is kept (package.json's sideEffects): a function as a value (a hook into
// component creation that src/blocks.ts imports), an app's own component
// (the code that reads its statics, which comes with gr.Component), and a
// group that a <gradio-lite> worker loads only on first use (chat), and what
// it loads by the names in an app's code: audio as samples (live media).
import * as gr from "gradio-lite";

export class Counter extends gr.Component<number, number, "change"> {
  static type = "counter";
  static events = ["change"] as const;
}

gr.Blocks(() => {
  const a = gr.Number({ value: 6, label: "A" });
  const b = gr.Number({ value: 7, label: "B" });
  gr.Number({ value: (x, y) => x * y, inputs: [a, b], label: "Product" });
  const counter = new Counter(1, { label: "Counter" });
  const said = gr.Textbox({ label: "Said" });
  counter.change((n) => `now ${n}`, counter, said);
  // Half a second of silence as Python's numpy form: stored as a WAV by the live media hooks.
  const tone = gr.Audio({ label: "Tone" });
  gr.Button("Make a tone").click(() => ({ sampleRate: 8000, data: new Float32Array(4000) }), null, tone);
  gr.Chatbot({ value: [{ role: "assistant", content: "Hello from the chat group" }], label: "Chat" });
}).launch();
