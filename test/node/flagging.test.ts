import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { flagCell, flaggedPath, folderName, sanitizeCell, timestamp, toCsv } from "../../src/flag-cells.ts";
import { flagButtons } from "../../src/interface-flagging.ts";
import { FileCache } from "../../worker/file-cache.ts";
import { FlagStore } from "../../worker/flag-store.ts";
import { memoryStore, type KeyValueStore } from "../../worker/kv.ts";
import type { FileData, JobMessage } from "../../worker/protocol.ts";
import { errorOf, harness, updatesOf } from "./harness.ts";

const file = (name: string, hash = "ab".repeat(32)): FileData => ({
  path: `${hash}/${name}`,
  url: "blob:x",
  size: 3,
  origName: name,
  mimeType: "image/png",
  meta: { _type: "gradio.FileData" },
});

describe("a flagged value as its CSV cell", () => {
  it("writes nothing as empty, text as itself, numbers and structures as JSON", () => {
    const files = new Map<string, FileData>();
    expect(flagCell(null, "x", files)).toBe("");
    expect(flagCell(undefined, "x", files)).toBe("");
    expect(flagCell("hi, there", "x", files)).toBe("hi, there");
    expect(flagCell(4.5, "x", files)).toBe("4.5");
    expect(flagCell(true, "x", files)).toBe("true");
    expect(flagCell({ label: "dog", confidences: [{ label: "dog", confidence: 0.7 }] }, "x", files)).toBe('{"label":"dog","confidences":[{"label":"dog","confidence":0.7}]}');
    expect(files.size).toBe(0);
  });

  it("writes a file as its path under the label's folder, anywhere in the value, and collects it", () => {
    const files = new Map<string, FileData>();
    const image = file("cat.png");
    expect(flagCell(image, "im", files)).toBe(`im/${"ab".repeat(10)}/cat.png`);
    const gallery = [{ image: file("a.png", "cd".repeat(32)), caption: "A" }];
    expect(flagCell(gallery, "My: gallery?", files)).toBe(`[{"image":"My gallery/${"cd".repeat(10)}/a.png","caption":"A"}]`);
    expect([...files.keys()]).toEqual([`im/${"ab".repeat(10)}/cat.png`, `My gallery/${"cd".repeat(10)}/a.png`]);
    expect(flaggedPath(file("../evil/x.png"), "../up")).toBe(`..up/${"ab".repeat(10)}/..evilx.png`);
    expect(folderName("")).toBe("file");
    // No part of a zip's path may climb out of its folder.
    expect(folderName("..")).toBe("file");
    expect(flaggedPath(file(".."), "..")).toBe(`file/${"ab".repeat(10)}/file.png`);
    // A file made from a Blob has no name of its own: its type gives the extension.
    expect(flaggedPath({ ...file("image"), mimeType: "image/jpeg" }, "out")).toBe(`out/${"ab".repeat(10)}/image.jpg`);
    expect(flaggedPath({ ...file("file"), mimeType: "application/octet-stream" }, "out")).toBe(`out/${"ab".repeat(10)}/file`);
  });

  it("keeps the FileData (with its flagged path, without its page URL) when files are not simplified", () => {
    const files = new Map<string, FileData>();
    const cell = JSON.parse(flagCell(file("cat.png"), "im", files, undefined, false));
    expect(cell).toMatchObject({ path: `im/${"ab".repeat(10)}/cat.png`, origName: "cat.png" });
    expect(cell.url).toBeUndefined();
  });

  it("uses a component's own flag(value) when it has one", () => {
    const files = new Map<string, FileData>();
    expect(flagCell({ x: 1 }, "c", files, (v) => `custom:${JSON.stringify(v)}`)).toBe('custom:{"x":1}');
  });
});

describe("the CSV", () => {
  it("quotes commas, quotes and line breaks as Python's csv module, lines ending in CRLF", () => {
    const csv = toCsv(["text", "n"], [["a, b", "1"], ['say "hi"', "2"], ["two\nlines", ""]]);
    expect(csv).toBe('text,n\r\n"a, b",1\r\n"say ""hi""",2\r\n"two\nlines",\r\n');
  });

  it("escapes what a spreadsheet would run as a formula, as Gradio does, but leaves numbers and JSON", () => {
    expect(sanitizeCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(sanitizeCell("@cmd")).toBe("'@cmd");
    expect(sanitizeCell("+1-2")).toBe("'+1-2");
    expect(sanitizeCell("ok,=bad")).toBe("'ok,=bad");
    expect(sanitizeCell("-12.5")).toBe("-12.5");
    expect(sanitizeCell("1e3")).toBe("1e3");
    expect(sanitizeCell('{"a": -1}')).toBe('{"a":-1}');
    expect(sanitizeCell("[not json")).toBe("[not json");
    expect(sanitizeCell("plain")).toBe("plain");
  });

  it("has no header line for a logger without headers (SimpleCSVLogger)", () => {
    expect(toCsv([], [["a"]])).toBe("a\r\n");
  });

  it("stamps rows as Python's str(datetime.now())", () => {
    expect(timestamp(new Date(2024, 4, 1, 9, 5, 7, 93))).toBe("2024-05-01 09:05:07.093000");
  });
});

describe("flaggingOptions", () => {
  it("reads strings as Flag as X, pairs as they are, none as one Flag", () => {
    expect(flagButtons(null)).toEqual([["Flag", null]]);
    expect(flagButtons(["wrong sign", "other"])).toEqual([["Flag as wrong sign", "wrong sign"], ["Flag as other", "other"]]);
    expect(flagButtons([["Bad", "bad"]])).toEqual([["Bad", "bad"]]);
  });

  it("refuses anything else with Gradio's message", () => {
    expect(() => flagButtons("no")).toThrow(/list of strings or of \[label, value\] pairs/);
    expect(() => flagButtons(["a", ["b", "c"]])).toThrow(/list of strings/);
    expect(() => flagButtons([["Bad", 3]])).toThrow(/value must be a string/);
  });
});

function stores(kv: KeyValueStore = memoryStore()) {
  const cache = new FileCache();
  cache.setNamespace("/page|app");
  return { cache, store: new FlagStore({ kv: Promise.resolve(kv), app: "/page|app", files: async () => cache }) };
}

describe("the flag store", () => {
  it("picks datasets as Gradio's CSVLogger: the same headers append, new headers start the next file", async () => {
    const { store } = stores();
    expect(await store.datasetFor("d", ["a", "timestamp"])).toBe("dataset1.csv");
    expect(await store.datasetFor("d", ["a", "timestamp"])).toBe("dataset1.csv");
    expect(await store.datasetFor("d", ["a", "flag", "timestamp"])).toBe("dataset2.csv");
    // Headers seen before go back to their dataset (two Interfaces sharing a folder).
    expect(await store.datasetFor("d", ["a", "timestamp"])).toBe("dataset1.csv");
    expect(await store.datasetFor("d", ["b", "timestamp"])).toBe("dataset3.csv");
    expect(await store.datasetFor("d", ["x"], "named.csv")).toBe("named.csv");
    expect(await store.datasetFor("other", ["a", "timestamp"])).toBe("dataset1.csv");
  });

  it("keeps rows in order with their files, and reads them back", async () => {
    const { store, cache } = stores();
    const stored = await cache.put(new Blob(["png!"], { type: "image/png" }), "cat.png");
    const files = new Map([[`im/${stored.path.slice(0, 20)}/cat.png`, stored]]);
    const file = await store.datasetFor("d", ["im", "timestamp"]);
    expect(await store.append("d", file, [`im/${stored.path.slice(0, 20)}/cat.png`, "t1"], files)).toBe(1);
    expect(await store.append("d", file, ["", "t2"], new Map())).toBe(2);
    const data = await store.read("d", file);
    expect(data).toMatchObject({ dir: "d", file: "dataset1.csv", headers: ["im", "timestamp"], rows: [[`im/${stored.path.slice(0, 20)}/cat.png`, "t1"], ["", "t2"]] });
    expect(await (await fetch(data.files[`im/${stored.path.slice(0, 20)}/cat.png`].url)).text()).toBe("png!");
    expect((await store.all()).map((d) => d.file)).toEqual(["dataset1.csv"]);
  });

  it("keeps flagged files from the cache's sweeps", async () => {
    const { store, cache } = stores();
    const kept = await cache.put(new Blob(["kept"]), "k.txt");
    const loose = await cache.put(new Blob(["loose"]), "l.txt");
    await store.append("d", await store.datasetFor("d", ["f"]), ["k"], new Map([["f/x/k.txt", kept]]));
    expect(await cache.sweep(-1)).toBe(1);
    expect(await (await cache.read(kept)).text()).toBe("kept");
    await expect(cache.read(loose)).rejects.toThrow(/no longer in the cache/);
  });

  it("says why when the browser's storage is full, and loses the rows already kept", async () => {
    const kv = memoryStore();
    const { store } = stores(kv);
    const file = await store.datasetFor("d", ["a"]);
    await store.append("d", file, ["first"], new Map());
    const set = kv.set;
    kv.set = () => Promise.reject(new DOMException("quota", "QuotaExceededError"));
    await expect(store.append("d", file, ["second"], new Map())).rejects.toThrow(/storage for this site is full/);
    kv.set = set;
    expect((await store.read("d", file)).rows).toEqual([["first"]]);
  });
});

const byType = (config: { components: Array<{ id: number; type: string; props: Record<string, unknown> }> }, type: string) =>
  config.components.filter((c) => c.type === type);

describe("gr.Interface's flagging", () => {
  it("shows Gradio's Flag button under the outputs by default, and the rows' control hidden", async () => {
    const demo = gr.Interface({ fn: (x: string) => x, inputs: "textbox", outputs: "textbox", flaggingDir: "node-default" });
    const { config } = await harness(demo);
    const buttons = byType(config, "button").map((b) => b.props.value);
    expect(buttons).toEqual(["Clear", "Submit", "Flag"]);
    const rows = byType(config, "flaggedrows");
    expect(rows).toHaveLength(1);
    expect(rows[0].props.visible).toBe(false);
    // Hidden from the API, as Gradio's flag listeners are.
    expect(config.dependencies.filter((d) => d.apiName).map((d) => d.apiName)).toEqual(["predict"]);
  });

  it("has no flagging with flaggingMode never (or flagging: false), nor for an input-only Interface", async () => {
    for (const options of [{ flaggingMode: "never" as const }, { flagging: false }]) {
      const { config } = await harness(gr.Interface({ fn: (x: string) => x, inputs: "textbox", outputs: "textbox", ...options }));
      expect(byType(config, "button").map((b) => b.props.value)).toEqual(["Clear", "Submit"]);
      expect(byType(config, "flaggedrows")).toHaveLength(0);
    }
    const { config } = await harness(gr.Interface({ fn: () => {}, inputs: "textbox", outputs: null }));
    expect(byType(config, "button").map((b) => b.props.value)).toEqual(["Clear", "Submit"]);
  });

  it("saves the inputs and outputs as the page holds them, with the option and a timestamp", async () => {
    const calc = (a: number, op: string | null, b: number) => (op === "add" ? a + b : a - b);
    const demo = gr.Interface(calc, ["number", gr.Radio(["add", "subtract"]), "number"], "number", {
      flaggingOptions: ["wrong sign", "off by one"],
      flaggingDir: "node-options",
    });
    const { config, submit } = await harness(demo);
    expect(byType(config, "button").map((b) => b.props.value)).toEqual(["Clear", "Submit", "Flag as wrong sign", "Flag as off by one"]);
    const wrongSign = byType(config, "button")[2].id;
    const [saving, flag] = config.dependencies.filter((d) => d.targets.some(([id, e]) => id === wrongSign && e === "click"));
    expect(updatesOf(await submit(saving.id, []).done)[0][0]).toMatchObject({ value: "Saving...", props: { interactive: false } });
    const messages: JobMessage[] = await submit(flag.id, [5, "add", 7, -12]).done;
    expect(errorOf(messages)).toBeUndefined();
    const [button, rows] = updatesOf(messages)[0];
    expect(button).toMatchObject({ value: "Flag as wrong sign", props: { interactive: true } });
    const data = rows.value as { headers: string[]; rows: string[][]; file: string };
    expect(rows.props).toMatchObject({ visible: true });
    expect(data.file).toBe("dataset1.csv");
    expect(data.headers).toEqual(["a", "op", "b", "output", "flag", "timestamp"]);
    expect(data.rows[0].slice(0, 5)).toEqual(["5", "add", "7", "-12", "wrong sign"]);
    expect(data.rows[0][5]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/);
  });

  it("flags empty cells when nothing has run yet, as Gradio does", async () => {
    const demo = gr.Interface({ fn: (x: string) => x, inputs: "textbox", outputs: "textbox", flaggingDir: "node-empty" });
    const { config, submit } = await harness(demo);
    const flagButton = byType(config, "button")[2].id;
    const flag = config.dependencies.filter((d) => d.targets.some(([id]) => id === flagButton))[1];
    const [, rows] = updatesOf(await submit(flag.id, ["", null]).done)[0];
    expect((rows.value as { rows: string[][] }).rows[0].slice(0, 2)).toEqual(["", ""]);
  });

  it("calls a flaggingCallback given as any object with setup and flag", async () => {
    const calls: unknown[] = [];
    const callback = {
      setup: (components: readonly unknown[], dir: string) => calls.push(["setup", components.length, dir]),
      flag: (data: unknown[], option?: string | null) => (calls.push(["flag", data, option]), 1),
    };
    const demo = gr.Interface({ fn: (x: string) => x.length, inputs: "textbox", outputs: "number", flaggingCallback: callback, flaggingDir: "mine" });
    const { config, submit } = await harness(demo);
    // Rows kept by the app's own callback are its own to show: no rows' control.
    expect(byType(config, "flaggedrows")).toHaveLength(0);
    const flagButton = byType(config, "button")[2].id;
    const flag = config.dependencies.filter((d) => d.targets.some(([id]) => id === flagButton))[1];
    const messages = await submit(flag.id, ["abc", 3]).done;
    expect(errorOf(messages)).toBeUndefined();
    expect(calls).toEqual([["setup", 2, "mine"], ["flag", ["abc", 3], null]]);
    expect(() => gr.Interface({ fn: (x: string) => x, inputs: "textbox", outputs: "textbox", flaggingCallback: {} as never })).toThrow(/flaggingCallback must be a FlaggingCallback/);
  });

  it("flags every successful run in auto mode, with no Flag button", async () => {
    const demo = gr.Interface({ fn: (x: string) => x.toUpperCase(), inputs: "textbox", outputs: "textbox", flaggingMode: "auto", flaggingDir: "node-auto" });
    const { config, submit } = await harness(demo);
    expect(byType(config, "button").map((b) => b.props.value)).toEqual(["Clear", "Submit"]);
    const predict = config.dependencies.find((d) => d.apiName === "predict")!;
    const auto = config.dependencies.filter((d) => d.after?.on === "success");
    // One after Submit, one after the textbox's submit (Gradio's on([submit.click, text.submit])).
    expect(auto.map((d) => d.after!.fnId)).toContain(predict.id);
    const [rows] = updatesOf(await submit(auto[0].id, ["hi", "HI"]).done)[0];
    expect((rows.value as { headers: string[]; rows: string[][] }).headers).toEqual(["x", "output", "timestamp"]);
  });

  it("refuses a flaggingMode Gradio does not have", () => {
    expect(() => gr.Interface({ fn: (x: string) => x, inputs: "textbox", outputs: "textbox", flaggingMode: "always" as never })).toThrow(/flaggingMode must be "never", "manual" or "auto"/);
  });
});

describe("gr.CSVLogger in Blocks (the flagging guide)", () => {
  it("is set up with components and a folder, then flags values given to it", async () => {
    const callback = gr.CSVLogger();
    let a!: gr.Textbox, n!: gr.Slider, btn!: gr.Button;
    const demo = gr.Blocks(() => {
      a = gr.Textbox({ label: "text" });
      n = gr.Slider(0, 1, { value: 0.5 });
      btn = gr.Button("Flag");
      callback.setup([a, n], "node-blocks");
      btn.click((...args: unknown[]) => callback.flag(args), [a, n], null, { preprocess: false });
    });
    const { config, submit } = await harness(demo);
    const messages = await submit(config.dependencies[0].id, ["hello", 0.25]).done;
    expect(errorOf(messages)).toBeUndefined();
    const data = await callback.dataset();
    expect(data?.headers).toEqual(["text", "component 1", "timestamp"]);
    expect(data?.rows.map((r) => r.slice(0, 2))).toEqual([["hello", "0.25"]]);
    expect(await callback.flag(["again", 1])).toBe(2);
  });

  it("says to call setup first", async () => {
    await expect(gr.CSVLogger().flag(["x"])).rejects.toThrow(/call setup\(components, flaggingDir\) before flag/);
  });
});

describe("gr.ChatInterface's flagging (Gradio's ChatCSVLogger)", () => {
  it("is off by default, as in Gradio", async () => {
    const { config } = await harness(gr.ChatInterface({ fn: (m: string) => m }));
    expect(byType(config, "flaggedrows")).toHaveLength(0);
    expect(config.dependencies.some((d) => d.targets.some(([, e]) => e === "like"))).toBe(false);
  });

  it("in manual mode, saves each like or dislike with the conversation and the message rated", async () => {
    const demo = gr.ChatInterface({ fn: (m: string) => `echo ${m}`, flaggingMode: "manual", flaggingDir: "node-chat" });
    const { config, submit } = await harness(demo);
    const chatbot = byType(config, "chatbot")[0];
    expect(chatbot.props.feedbackOptions).toEqual(["Like", "Dislike"]);
    const like = config.dependencies.find((d) => d.targets.some(([id, e]) => id === chatbot.id && e === "like"))!;
    const conversation = [{ role: "user", content: "hi" }, { role: "assistant", content: "echo hi" }];
    const messages = await submit(like.id, [conversation], { target: chatbot.id, type: "like", data: { index: 1, value: ["echo hi"], liked: false } }).done;
    expect(errorOf(messages)).toBeUndefined();
    const [rows] = updatesOf(messages)[0];
    const data = rows.value as { file: string; headers: string[]; rows: string[][] };
    expect(data.file).toBe("log.csv");
    expect(data.headers).toEqual(["conversation", "index", "value", "flag", "timestamp"]);
    expect(JSON.parse(data.rows[0][0])).toMatchObject([{ role: "user", content: "hi" }, { role: "assistant", content: "echo hi" }]);
    expect(data.rows[0].slice(1, 4)).toEqual(["1", '["echo hi"]', "Dislike"]);
  });

  it("shows its own options as the feedback buttons, and refuses a mode Gradio's ChatInterface has not", async () => {
    const { config } = await harness(gr.ChatInterface({ fn: (m: string) => m, flaggingMode: "manual", flaggingOptions: ["Like", "Spam"], flaggingDir: "node-chat-2" }));
    expect(byType(config, "chatbot")[0].props.feedbackOptions).toEqual(["Like", "Spam"]);
    expect(() => gr.ChatInterface({ fn: (m: string) => m, flaggingMode: "auto" as never })).toThrow(/flaggingMode must be "never" or "manual"/);
  });
});
