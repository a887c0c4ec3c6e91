import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, typeInto, waitFor } from "./helpers.ts";

afterEach(cleanup);

describe("gr.render", () => {
  it("renders on load and re-renders on input change, with working listeners inside", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const text = gr.Textbox({ label: "Text", elemId: "text", value: "ab" });
      const out = gr.Textbox({ label: "Clicked", elemId: "out" });
      gr.render({ inputs: [text] }, (t) => {
        if (!t) { gr.Markdown("## No input", { elemId: "empty" }); return; }
        for (const ch of t) {
          gr.Button(ch, { elemId: "b-" + ch }).click(() => "clicked " + ch, null, out);
        }
      });
    }).launch();`);
    await m.rendered;
    await waitFor(() => document.getElementById("b-a") && document.getElementById("b-b"));
    document.querySelector<HTMLButtonElement>("button#b-b")!.click();
    await waitFor(() => textbox("out")!.value === "clicked b");
    typeInto(textbox("text")!, "xyz");
    await waitFor(() => document.getElementById("b-z") && !document.getElementById("b-a"));
    document.querySelector<HTMLButtonElement>("button#b-y")!.click();
    await waitFor(() => textbox("out")!.value === "clicked y");
    typeInto(textbox("text")!, "");
    await waitFor(() => document.getElementById("empty"));
  });

  it("keeps a keyed component, its DOM node and its value across re-runs", async () => {
    // With triggers, a render runs only on them, as in Gradio: demo.load among them runs it on load.
    const m = mountApp(`gr.Blocks((demo) => {
      const n = gr.Number(2, { elemId: "n" });
      gr.render({ inputs: [n], triggers: [demo.load, n.submit] }, (count) => {
        for (let i = 0; i < count; i++) gr.Textbox({ label: "Item " + i, key: "item-" + i, elemId: "item-" + i });
      });
    }).launch();`);
    await m.rendered;
    const first = await waitFor(() => textbox("item-0"));
    typeInto(first, "kept");
    const n = document.querySelector<HTMLInputElement>("#n input")!;
    typeInto(n, "3");
    n.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await waitFor(() => document.getElementById("item-2"));
    expect(textbox("item-0")).toBe(first);
    expect(first.value).toBe("kept");
  });

  it("a keyed component takes the re-run's new value unless the user or a listener changed it (Gradio's preservedByKey)", async () => {
    // The case: buttons keyed by place showed "h i l l o" after "hi" → "hello".
    const m = mountApp(`gr.Blocks(() => {
      const text = gr.Textbox({ label: "Text", elemId: "text", value: "hi" });
      gr.render({ inputs: [text] }, (t) => {
        [...t].forEach((ch, i) => gr.Button(ch, { key: "letter-" + i, elemId: "letter-" + i }));
        [...t].forEach((ch, i) => gr.Textbox(ch.toUpperCase(), { key: "box-" + i, elemId: "box-" + i, label: "Box " + i }));
        gr.Textbox("title of " + t, { key: "title", elemId: "title", label: "Title", preservedByKey: ["label", "value"] });
      });
    }).launch();`);
    await m.rendered;
    await waitFor(() => document.getElementById("letter-1"));
    // The user edits one box; nobody touches the others.
    typeInto(textbox("box-0")!, "mine");
    typeInto(textbox("text")!, "hello");
    await waitFor(() => document.getElementById("letter-4"));
    const letters = [0, 1, 2, 3, 4].map((i) => document.querySelector("button#letter-" + i)!.textContent);
    expect(letters).toEqual(["h", "e", "l", "l", "o"]);
    await waitFor(() => textbox("box-1")!.value === "E");
    expect(textbox("box-0")!.value).toBe("mine");
    expect(textbox("title")!.value).toBe("title of hello");
  });
});

describe("gr.render with State (the guide's to-do list)", () => {
  it("adds and completes tasks through listeners made inside the render", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const tasks = gr.State([]);
      const input = gr.Textbox({ label: "Task", elemId: "task" });
      input.submit((name, list) => [...list, { name, done: false }], [input, tasks], tasks);
      gr.render({ inputs: [tasks] }, (list) => {
        const open = list.filter((t) => !t.done);
        gr.Markdown("Open: " + open.length, { elemId: "count" });
        list.forEach((task, i) => {
          if (task.done) return;
          gr.Row({ key: "row-" + task.name }, () => {
            gr.Textbox(task.name, { label: "Name", elemId: "t-" + task.name, key: "t-" + task.name });
            gr.Button("Done", { elemId: "done-" + task.name, key: "d-" + task.name }).click(
              (l) => l.map((t, j) => (j === i ? { ...t, done: true } : t)),
              tasks,
              tasks,
            );
          });
        });
      });
    }).launch();`);
    await m.rendered;
    const input = textbox("task")!;
    for (const name of ["milk", "eggs"]) {
      typeInto(input, name);
      input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      await waitFor(() => document.getElementById("t-" + name));
    }
    await waitFor(() => document.querySelector("#count")?.textContent?.includes("Open: 2"));
    document.querySelector<HTMLButtonElement>("button#done-milk")!.click();
    await waitFor(() => !document.getElementById("t-milk") && document.querySelector("#count")?.textContent?.includes("Open: 1"));
    expect(document.getElementById("t-eggs")).not.toBeNull();
  });
});
