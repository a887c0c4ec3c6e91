import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { parseSize } from "../../src/sizes.ts";
import { FileCache } from "../../worker/file-cache.ts";
import { errorOf, harness, outputsOf } from "./harness.ts";

const text = (s: string, type = "text/plain") => new Blob([s], { type });

describe("FileCache", () => {
  it("stores one copy per content, named per upload", async () => {
    const cache = new FileCache();
    const a = await cache.put(text("hello"), "a.txt");
    const b = await cache.put(text("hello"), "b.txt");
    expect(a.path.split("/")[0]).toBe(b.path.split("/")[0]);
    expect(a.path).toMatch(/^[0-9a-f]{64}\/a\.txt$/);
    expect([a.size, a.origName, a.mimeType]).toEqual([5, "a.txt", "text/plain"]);
    expect(await (await cache.read(b)).text()).toBe("hello");
  });

  it("refuses paths outside the cache with a clear error", async () => {
    const cache = new FileCache();
    await expect(cache.read("/etc/passwd")).rejects.toThrow(/is not a file in this app's cache/);
    await expect(cache.read(`${"0".repeat(64)}/gone.txt`)).rejects.toThrow(/no longer in the cache/);
  });

  it("reads files given by name before the app starts", async () => {
    const cache = new FileCache();
    await cache.putNamed("data.csv", text("a,b\n1,2", "text/csv"));
    expect(await (await cache.read("data.csv")).text()).toBe("a,b\n1,2");
  });

  it("sweeps files older than the age", async () => {
    const cache = new FileCache();
    const f = await cache.put(text("old"), "old.txt");
    expect(await cache.sweep(3600)).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(await cache.sweep(0.001)).toBe(1);
    await expect(cache.read(f)).rejects.toThrow(/no longer in the cache/);
  });
});

describe("file components in listeners", () => {
  it("give the handler a FileData or a Blob, and store what it returns", async () => {
    const demo = gr.Blocks(() => {
      const doc = gr.File({ type: "blob" });
      const out = gr.File();
      const size = gr.Number();
      doc.upload(async (blob) => [new Blob([(await blob!.text()).toUpperCase()], { type: "text/plain" }), blob!.size], doc, [out, size]);
      size.submit((n: number) => new Uint8Array(n), size, out);
    });
    const h = await harness(demo);
    const result = await h.engine.upload([text("shout")], ["in.txt"]);
    if (!result.ok) throw new Error(result.error.message);
    // Node has no IndexedDB: the files live in memory, and the first upload says so.
    expect(result.value.warning).toMatch(/Files are kept in memory only \(this browser context has no IndexedDB\)/);
    expect((await h.engine.upload([text("again")], ["b.txt"])).ok && (await h.engine.upload([text("x")], ["c.txt"]))).toMatchObject({ value: { warning: null } });
    const [out, size] = outputsOf(await h.submit(0, [result.value.files[0]]).done)[0] as [gr.FileData, number];
    expect(size).toBe(5);
    expect(out.meta._type).toBe("gradio.FileData");
    expect(await (await gr.readFile(out)).text()).toBe("SHOUT");
    const [bytes] = outputsOf(await h.submit(1, [3]).done)[0] as [gr.FileData];
    expect(bytes.size).toBe(3);
    h.close();
  });

  it("reports a wrong value for a file output, naming it", async () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      const f = gr.File({ label: "Report" });
      // @ts-expect-error -- a number is no file: the runtime must say so
      t.submit(() => 42, t, f);
    });
    const h = await harness(demo);
    expect(errorOf(await h.submit(0, ["x"]).done)).toMatchObject({
      error: { code: "bad-output", message: expect.stringMatching(/Output 1 \(Report\): expects a file/) },
    });
    h.close();
  });

  it("refuses a non-file from the page for a file input", async () => {
    const demo = gr.Blocks(() => {
      const f = gr.File({ label: "Doc" });
      f.upload((x: unknown) => String(x), f, gr.Textbox());
    });
    const h = await harness(demo);
    expect(errorOf(await h.submit(0, ["/etc/passwd"]).done)).toMatchObject({ error: { code: "bad-input", message: expect.stringMatching(/Doc.*expects a file/) } });
    h.close();
  });
});

describe("parseSize", () => {
  it("reads Gradio's size strings", () => {
    expect(parseSize("5mb")).toBe(5 * 1024 * 1024);
    expect(parseSize("200 KB")).toBe(200 * 1024);
    expect(parseSize(1000)).toBe(1000);
    expect(parseSize(null)).toBeNull();
    expect(() => parseSize("lots")).toThrow(/like "5mb"/);
  });
});

describe("storage faults", () => {
  it("a full quota is a clear error, and what was stored stays readable", async () => {
    const stored = new Map<string, unknown>();
    let full = false;
    const store = {
      persistent: true,
      reason: null,
      get: async <T>(k: string) => stored.get(k) as T | undefined,
      set: async (k: string, v: unknown) => {
        if (full) throw new DOMException("quota", "QuotaExceededError");
        stored.set(k, v);
      },
      del: async (k: string) => void stored.delete(k),
      keys: async () => [...stored.keys()],
    };
    const cache = new FileCache(async () => store);
    const kept = await cache.put(text("kept"), "kept.txt");
    full = true;
    await expect(cache.put(text("more"), "more.txt")).rejects.toThrow(/storage for this site is full/);
    expect(await (await cache.read(kept)).text()).toBe("kept");
  });
});

describe("one database, many apps", () => {
  it("keeps apps' files apart: a sweep removes only its own app's, never pinned ones", async () => {
    const shared = new Map<string, unknown>();
    const store = {
      persistent: true,
      reason: null,
      get: async <T>(k: string) => shared.get(k) as T | undefined,
      set: async (k: string, v: unknown) => void shared.set(k, v),
      del: async (k: string) => void shared.delete(k),
      keys: async () => [...shared.keys()],
    };
    const a = new FileCache(async () => store);
    a.setNamespace("/a|gradio-lite:0");
    const b = new FileCache(async () => store);
    b.setNamespace("/b|gradio-lite:0");
    const fromA = await a.put(text("same bytes"), "a.txt");
    const pinned = await b.putNamed("data.csv", text("x,y"));
    const fromB = await b.put(text("same bytes"), "b.txt");
    await new Promise((r) => setTimeout(r, 10));
    expect(await b.sweep(0.001)).toBe(1);
    expect(await (await a.read(fromA)).text()).toBe("same bytes");
    expect(await (await b.read(pinned)).text()).toBe("x,y");
    await expect(b.read(fromB)).rejects.toThrow(/no longer in the cache/);
  });

  it("a file stored again is as new as its latest upload", async () => {
    const cache = new FileCache();
    await cache.put(text("again"), "1.txt");
    // The first upload is older than the sweep's window, the second well inside it, even on a loaded machine.
    await new Promise((r) => setTimeout(r, 500));
    const second = await cache.put(text("again"), "2.txt");
    expect(await cache.sweep(0.4)).toBe(0);
    expect(await (await cache.read(second)).text()).toBe("again");
  });
});

describe("initial values of file components", () => {
  it("stores a Blob or a URL given as the value before the app starts", async () => {
    let doc!: gr.File, pic!: gr.Image;
    const demo = gr.Blocks(() => {
      doc = gr.File(text("notes"), { label: "Notes" });
      pic = gr.Image("data:image/png;base64,iVBORw0KGgo=");
    });
    const h = await harness(demo);
    expect(doc.props.value).toMatchObject({ size: 5, meta: { _type: "gradio.FileData" } });
    expect(pic.props.value).toMatchObject({ size: 8, mimeType: "image/png" });
    h.close();
  });

  it("stores them for components a gr.render body makes", async () => {
    const demo = gr.Blocks(() => {
      const names = gr.Textbox();
      gr.render({ inputs: names }, (n) => {
        for (const name of n.split(",").filter(Boolean)) gr.File(text(`file ${name}`), { label: name });
      });
    });
    const h = await harness(demo);
    const ms = await h.submit(0, ["a,b"]).done;
    const render = ms.find((m) => m.type === "job:render");
    const files = render && render.type === "job:render" ? render.patch.components.map((c) => c.props.value) : [];
    expect(files).toEqual([expect.objectContaining({ size: 6 }), expect.objectContaining({ size: 6 })]);
    h.close();
  });

  it("names the component when its initial file cannot be had", async () => {
    const demo = gr.Blocks(() => void gr.Image("http://127.0.0.1:9/missing.png", { label: "Cat" }));
    await expect(harness(demo)).rejects.toThrow(/The initial value of gr.Image "Cat": could not fetch http:\/\/127.0.0.1:9\/missing.png/);
  });
});

describe("a FileData a handler makes itself", () => {
  it("crosses without a url a page must never follow (javascript:, file:); http, blob, data and relative ones stay", async () => {
    const { toFileData } = await import("../../src/file-convert.ts");
    const fd = (url: string) => ({ path: "x/y.html", url, size: 1, origName: "y.html", mimeType: "text/html", meta: { _type: "gradio.FileData" as const } });
    for (const bad of ["javascript:alert(1)", "JavaScript:alert(1)", "vbscript:x", "file:///etc/passwd"]) {
      expect((await toFileData(fd(bad), "f"))!.url, bad).toBe("");
    }
    // A data: URL stays: the page offers it only as an octet-stream download (ui/safe-url.ts).
    for (const good of ["blob:http://example.test/abc", "https://example.test/cat.png", "data:image/png;base64,iVBOR", "data:text/html,<b>x</b>", "assets/cat.png", "/files/cat.png"]) {
      expect((await toFileData(fd(good), "f"))!.url, good).toBe(good);
    }
  });
});
