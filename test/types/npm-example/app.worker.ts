// src/app.worker.ts — this module is the worker
import * as gr from "../../../src/index.ts"; // in your app: from "gradio-lite"

export const demo = gr.Blocks({ title: "Greeter" }, (demo) => {
  const name = gr.Textbox({ label: "Name" });
  const times = gr.Slider(1, 5, { value: 1, step: 1, label: "Times" });
  const seen = gr.State<string[]>([]);
  const greeting = gr.Textbox({ label: "Greeting" });
  const count = gr.Number({ label: "Names seen" });

  // name: string, n: number, history: string[]; the return is checked against [greeting, seen, count].
  const greet = name.submit(
    (name, n, history, ctx) => {
      if (!name.trim()) throw new gr.Error("Type a name first");
      ctx.progress(1, "greeting");
      const next = [...history, name];
      return [`Hello ${name}! `.repeat(n).trim(), next, next.length];
    },
    [name, times, seen],
    [greeting, seen, count],
    { apiName: "greet" },
  );
  demo.load(() => "Who are you?", null, greeting);
  return { greet };
});

demo.launch();
