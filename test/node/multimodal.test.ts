// gr.MultimodalTextbox's value both ways, its options, and which files it
// takes (the worker's check and the page's): pure logic, plus one engine run
// for what a handler returns.
import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { fromPage, toMultimodal } from "../../components/multimodal-textbox/multimodal-textbox.ts";
import { acceptsFile } from "../../src/file-types.ts";
import { acceptAttribute, accepts, refusedMessage, sortFiles } from "../../components/multimodal-textbox/view/accept.ts";
import { errorOf, harness, outputsOf } from "./harness.ts";

const fileData = (origName: string, mimeType: string) => ({
  path: `abc/${origName}`,
  url: "blob:x",
  size: 3,
  origName,
  mimeType,
  meta: { _type: "gradio.FileData" as const },
});
const cat = fileData("cat.png", "image/png");

describe("MultimodalTextbox values", () => {
  it("reads text alone, { text, files }, and nothing, as Gradio's postprocess", () => {
    expect(toMultimodal(null)).toEqual({ text: "", files: [] });
    expect(toMultimodal("hi")).toEqual({ text: "hi", files: [] });
    expect(toMultimodal({ text: "hi" })).toEqual({ text: "hi", files: [] });
    expect(toMultimodal({ files: [cat] })).toEqual({ text: "", files: [cat] });
    expect(toMultimodal({ text: null, files: null })).toEqual({ text: "", files: [] });
  });

  it("names the field at fault in a wrong value", () => {
    expect(() => toMultimodal(42)).toThrow(/MultimodalTextbox expects text or \{ text, files \}, got number 42/);
    expect(() => toMultimodal(["hi"])).toThrow(/expects text or \{ text, files \}, got an array/);
    expect(() => toMultimodal({ text: 3 })).toThrow(/MultimodalTextbox: text must be a string, got number 3/);
    expect(() => toMultimodal({ text: "a", files: "cat.png" })).toThrow(/files must be a list of files, got the string "cat.png"/);
    expect(() => toMultimodal({ text: "a", files: [cat, 7] })).toThrow(/files\[1\] must be a file .*got number 7/);
    expect(() => toMultimodal({ role: "user", content: "hi" })).toThrow(/expects \{ text, files \}, got an object with "role", "content"/);
  });

  it("a component built with a value holds it in its page form", () => {
    expect(gr.MultimodalTextbox({ value: "draft" }).value).toEqual({ text: "draft", files: [] });
    expect(gr.MultimodalTextbox().value).toEqual({ text: "", files: [] });
    // A Blob is stored when the app is built: until then the box is empty.
    const box = gr.MultimodalTextbox({ value: { text: "x", files: [new Blob(["a"])] } });
    expect(box.initialFile).toEqual({ text: "x", files: [expect.any(Blob)] });
  });

  it("checks the page's files against fileTypes, as Gradio's preprocess", () => {
    const props = { fileTypes: ["image", ".pdf"] };
    expect(fromPage({ text: "a", files: [cat, fileData("doc.PDF", "application/pdf")] }, props).files).toHaveLength(2);
    expect(() => fromPage({ text: "a", files: [fileData("notes.txt", "text/plain")] }, props)).toThrow(
      /notes\.txt \(text\/plain\) is not one of the accepted file types: image, \.pdf/,
    );
    expect(fromPage({ text: "a", files: [fileData("notes.txt", "text/plain")] }, {}).files).toHaveLength(1);
  });
});

describe("MultimodalTextbox options", () => {
  it("has Gradio's defaults", () => {
    expect(gr.MultimodalTextbox().props).toMatchObject({
      sources: ["upload"],
      fileCount: "single",
      lines: 1,
      maxLines: 20,
      submitBtn: true,
      stopBtn: false,
      maxPlainTextLength: 1000,
      rtl: false,
    });
  });

  it("takes one source as a string, never fewer maxLines than lines, and refuses unknown values", () => {
    expect(gr.MultimodalTextbox({ sources: "microphone" }).props.sources).toEqual(["microphone"]);
    expect(gr.MultimodalTextbox({ lines: 4, maxLines: 2 }).props.maxLines).toBe(4);
    // @ts-expect-error -- not a source
    expect(() => gr.MultimodalTextbox({ sources: ["webcam"] })).toThrow(/sources must be a list of "upload" and "microphone"/);
    // @ts-expect-error -- not a list
    expect(() => gr.MultimodalTextbox({ fileTypes: "image" })).toThrow(/fileTypes must be a list of strings/);
    // @ts-expect-error -- not a file count
    expect(() => gr.MultimodalTextbox({ fileCount: "many" })).toThrow(/fileCount must be "single", "multiple" or "directory"/);
  });

  it("has Gradio's events, and no upload or clear", () => {
    expect(gr.MultimodalTextbox().spec.events).toEqual(["change", "input", "select", "submit", "focus", "blur", "stop"]);
    // @ts-expect-error -- Gradio's MultimodalTextbox has no upload event
    expect(() => gr.MultimodalTextbox().upload(() => null)).toThrow(/has no 'upload' event/);
  });
});

describe("which files a MultimodalTextbox takes", () => {
  const cases: Array<[string, string, string[] | null, boolean]> = [
    ["cat.png", "image/png", ["image"], true],
    ["cat.png", "image/png", ["audio", "video"], false],
    ["doc.pdf", "application/pdf", [".pdf"], true],
    ["DOC.PDF", "application/pdf", ["pdf"], true],
    [".pdf", "application/pdf", [".pdf"], false],
    ["notes.txt", "text/plain", ["text"], true],
    ["x.bin", "", ["file"], true],
    ["cat.png", "image/png", ["image/png"], true],
    ["cat.gif", "image/gif", ["image/*"], true],
    ["anything", "", null, true],
  ];
  it.each(cases)("%s (%s) with %j: %s, on the page and in the worker", (name, type, fileTypes, expected) => {
    expect(accepts({ name, type }, fileTypes)).toBe(expected);
    expect(acceptsFile(name, type, fileTypes)).toBe(expected);
  });

  it("builds the picker's accept attribute as Gradio's Upload does", () => {
    expect(acceptAttribute(["image", ".pdf", "csv", "audio/wav"])).toBe("image/*,.pdf,.csv,audio/wav");
    expect(acceptAttribute(null)).toBeUndefined();
    expect(acceptAttribute(["file"])).toBeUndefined();
  });

  it("sorts dropped files and says which were refused and what is accepted", () => {
    const files = [new File(["a"], "cat.png", { type: "image/png" }), new File(["b"], "notes.txt", { type: "text/plain" })];
    const { taken, refused } = sortFiles(files, ["image"]);
    expect(taken.map((f) => f.name)).toEqual(["cat.png"]);
    expect(refused).toEqual(["notes.txt"]);
    expect(refusedMessage(refused, ["image"])).toBe("“notes.txt” is not accepted here. Accepted: image.");
  });
});

describe("MultimodalTextbox in listeners", () => {
  it("gives the handler { text, files } and stores the Blobs it returns as FileData", async () => {
    const demo = gr.Blocks(() => {
      const box = gr.MultimodalTextbox({ label: "Chat" });
      box.submit(async (m) => ({ text: m.text.toUpperCase(), files: [...m.files, new Blob(["hi"], { type: "text/plain" })] }), box, box);
    });
    const h = await harness(demo);
    const up = await h.engine.upload([new Blob(["png"], { type: "image/png" })], ["cat.png"]);
    if (!up.ok) throw new Error(up.error.message);
    const [[out]] = outputsOf(await h.submit(0, [{ text: "look", files: up.value.files }]).done) as Array<[gr.MultimodalValue]>;
    expect(out.text).toBe("LOOK");
    expect(out.files.map((f) => [f.origName, f.meta._type])).toEqual([
      ["cat.png", "gradio.FileData"],
      ["file-2", "gradio.FileData"],
    ]);
    expect(await (await gr.readFile(out.files[1])).text()).toBe("hi");
    h.close();
  });

  it("says which output and which field a wrong return breaks", async () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      const box = gr.MultimodalTextbox({ label: "Reply" });
      // @ts-expect-error -- files must be a list: the runtime must say so
      t.submit(() => ({ text: "x", files: "cat.png" }), t, box);
      // @ts-expect-error -- a number is no file
      t.input(() => ({ text: "x", files: [5] }), t, box);
    });
    const h = await harness(demo);
    expect(errorOf(await h.submit(0, ["x"]).done)).toMatchObject({
      error: { code: "bad-output", message: expect.stringMatching(/Output 1 \(Reply\): MultimodalTextbox: files must be a list of files/) },
    });
    expect(errorOf(await h.submit(1, ["x"]).done)).toMatchObject({
      error: { code: "bad-output", message: expect.stringMatching(/Output 1 \(Reply\): MultimodalTextbox: files\[0\] must be a file/) },
    });
    h.close();
  });

  it("refuses a page value whose files fileTypes does not take", async () => {
    const demo = gr.Blocks(() => {
      const box = gr.MultimodalTextbox({ label: "Images only", fileTypes: ["image"] });
      box.submit((m) => m.text, box, gr.Textbox());
    });
    const h = await harness(demo);
    expect(errorOf(await h.submit(0, [{ text: "a", files: [fileData("notes.txt", "text/plain")] }]).done)).toMatchObject({
      error: { code: "bad-input", message: expect.stringMatching(/not one of the accepted file types: image/) },
    });
    h.close();
  });
});
