import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

afterEach(cleanup);

function pick(input: HTMLInputElement, files: File[]) {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

/** A real PNG of w×h pixels, drawn on a canvas. */
async function png(w: number, h: number): Promise<File> {
  const canvas = new OffscreenCanvas(w, h);
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#f97316";
  ctx.fillRect(0, 0, w, h);
  return new File([await canvas.convertToBlob({ type: "image/png" })], "dot.png", { type: "image/png" });
}

describe("files", () => {
  it("uploads into the worker's cache; the handler reads it; the page can download the result", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const doc = gr.File({ label: "Document", elemId: "doc" });
      const out = gr.File({ label: "Shouted", elemId: "out" });
      doc.upload(async (f) => new File([(await (await gr.readFile(f)).text()).toUpperCase()], "loud.txt", { type: "text/plain" }), doc, out);
    }).launch();`);
    await m.rendered;
    pick(document.querySelector<HTMLInputElement>("#doc input[type=file]")!, [new File(["quiet words"], "quiet.txt", { type: "text/plain" })]);
    const link = await waitFor(() => document.querySelector<HTMLAnchorElement>("#out a[download]"));
    expect(link.textContent).toBe("loud.txt");
    expect(link.download).toBe("loud.txt");
    // The object URL was made in the worker; the page can fetch it.
    expect(await (await fetch(link.href)).text()).toBe("QUIET WORDS");
    expect(document.querySelector("#doc a[download]")!.textContent).toBe("quiet.txt");
  });

  it("refuses a file over maxFileSize before reading it, and says so", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const doc = gr.File({ label: "Document", elemId: "doc" });
      doc.upload(() => { throw new Error("must not run"); }, doc, null);
    }).launch({ maxFileSize: "1kb" });`);
    await m.rendered;
    pick(document.querySelector<HTMLInputElement>("#doc input[type=file]")!, [new File([new Uint8Array(4096)], "big.bin")]);
    const toast = await waitFor(() => m.el.querySelector('[role="alert"]'));
    expect(toast.textContent).toMatch(/big\.bin \(4\.0 KB\) is larger than this app accepts \(1\.0 KB\)/);
    expect(document.querySelector("#doc a[download]")).toBeNull();
  });

  it("gives an Image's handler ImageData and shows the image it returns", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const img = gr.Image({ label: "Photo", type: "imagedata", elemId: "img" });
      const size = gr.Textbox({ elemId: "size" });
      const flipped = gr.Image({ label: "Result", elemId: "res" });
      img.upload((data) => {
        const out = new ImageData(data.height, data.width);
        return [data.width + "x" + data.height, out];
      }, img, [size, flipped]);
    }).launch();`);
    await m.rendered;
    pick(document.querySelector<HTMLInputElement>("#img input[type=file]")!, [await png(3, 2)]);
    await waitFor(() => textbox("size")!.value === "3x2");
    const shown = await waitFor(() => document.querySelector<HTMLImageElement>("#res img"));
    await waitFor(() => shown.complete && shown.naturalWidth > 0);
    expect([shown.naturalWidth, shown.naturalHeight]).toEqual([2, 3]);
    expect(shown.alt).toBe("Result");
  });

  it("puts <gradio-file> children in the cache before the app starts", async () => {
    const el = document.createElement("gradio-lite") as HTMLElement & { client: Promise<import("../../ui/client.ts").Client> };
    el.innerHTML = `<gradio-file name="data.csv">a,b
1,2</gradio-file><script type="text/gradio">
      const text = await (await gr.readFile("data.csv")).text();
      gr.Blocks(() => { const t = gr.Textbox(); t.submit(() => text, t, t, { apiName: "data" }); }).launch();
    </script>`;
    document.body.append(el);
    expect((await (await el.client).predict("/data", [""])).data).toEqual(["a,b\n1,2"]);
  });

  it("tells a handler that reads a path outside the cache what went wrong", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const t = gr.Textbox({ elemId: "t" });
      t.submit(async () => (await gr.readFile("/etc/passwd")).text(), t, t, { apiName: "read" });
    }).launch({ showError: true });`);
    await expect((await m.client).predict("/read", [""])).rejects.toThrow(/is not a file in this app's cache/);
  });
});
