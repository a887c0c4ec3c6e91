// Flagging in a real worker with real IndexedDB: rows and their files are
// kept across the app closing and opening again (a reload), the rows'
// control shows their count, and page code reads them with client.flagged().
import { afterEach, describe, expect, it } from "vitest";
import { FileCache } from "../../worker/file-cache.ts";
import { FlagStore } from "../../worker/flag-store.ts";
import { openStore } from "../../worker/kv.ts";
import { cleanup, mountApp, waitFor } from "./helpers.ts";

afterEach(cleanup);

const button = (root: Element, text: string | RegExp) =>
  waitFor(() => [...root.querySelectorAll("button")].find((b) => (typeof text === "string" ? b.textContent === text : text.test(b.textContent ?? ""))));

/** Each test's own app (its element id is part of the key its rows are kept under). */
const appId = () => `flag-${Math.random().toString(36).slice(2)}`;

function mount(id: string, code: string) {
  const m = mountApp(code, { id });
  return m;
}

describe("flagging an Interface", () => {
  it("keeps the rows across a reload: the count shows again, client.flagged() reads them", async () => {
    const id = appId();
    const code = `gr.Interface({ fn: (x) => x.toUpperCase(), inputs: gr.Textbox({ elemId: "in", value: "hey" }), outputs: "textbox" }).launch();`;
    let m = mount(id, code);
    await m.rendered;
    expect(m.el.querySelector(".gr-flagged-open")).toBeNull();
    (await button(m.el, "Flag")).click();
    await waitFor(() => m.el.querySelector(".gr-flagged-open")?.textContent === "Flagged (1)");
    (await button(m.el, "Flag")).click();
    await waitFor(() => m.el.querySelector(".gr-flagged-open")?.textContent === "Flagged (2)", 8000);
    cleanup();

    m = mount(id, code);
    await m.rendered;
    await waitFor(() => m.el.querySelector(".gr-flagged-open")?.textContent === "Flagged (2)");
    const datasets = await (await m.client).flagged();
    expect(datasets).toHaveLength(1);
    expect(datasets[0]).toMatchObject({ dir: ".gradio/flagged", file: "dataset1.csv", headers: ["x", "output", "timestamp"] });
    expect(datasets[0].rows.map((r) => r.slice(0, 2))).toEqual([["hey", ""], ["hey", ""]]);
  });

  it("keeps a flagged image in the file cache, readable after a reload at the path its cell names", async () => {
    const id = appId();
    const code = `
      const png = () => { const c = new OffscreenCanvas(4, 4); const g = c.getContext("2d"); g.fillStyle = "#f00"; g.fillRect(0, 0, 4, 4); return c.convertToBlob({ type: "image/png" }); };
      gr.Interface({ fn: png, inputs: null, outputs: gr.Image({ label: "Red square" }), flaggingMode: "auto" }).launch();`;
    let m = mount(id, code);
    await m.rendered;
    (await button(m.el, "Generate")).click();
    await waitFor(() => m.el.querySelector(".gr-flagged-open")?.textContent === "Flagged (1)");
    cleanup();

    m = mount(id, code);
    await m.rendered;
    const [data] = await (await m.client).flagged();
    const path = data.rows[0][0];
    expect(path).toMatch(/^Red square\/[0-9a-f]{20}\/[^/]+\.png$/);
    const blob = await (await fetch(data.files[path].url)).blob();
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).toEqual([4, 4]);
  });

  it("opens the rows in a dialog as a table; closing it gives the focus back", async () => {
    const id = appId();
    const m = mount(id, `gr.Interface({ fn: (a, b) => a + b, inputs: [gr.Number({ value: 2, label: "a" }), gr.Number({ value: 3, label: "b" })], outputs: "number", flaggingOptions: ["wrong"] }).launch();`);
    await m.rendered;
    (await button(m.el, "Submit")).click();
    await waitFor(() => m.el.querySelectorAll<HTMLInputElement>(".gr-number input")[2]?.value === "5");
    (await button(m.el, "Flag as wrong")).click();
    (await button(m.el, "Flagged (1)")).click();
    const dialog = await waitFor(() => {
      const d = m.el.querySelector<HTMLDialogElement>("dialog.gr-flagged-dialog");
      return d?.open && d;
    });
    const cells = await waitFor(() => {
      const found = [...dialog.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent);
      return found.length >= 5 && found;
    });
    expect(cells.slice(0, 4)).toEqual(["2", "3", "5", "wrong"]);
    dialog.querySelector<HTMLButtonElement>(".gr-flagged-close")!.click();
    await waitFor(() => !m.el.querySelector("dialog.gr-flagged-dialog"));
    expect(document.activeElement?.textContent).toBe("Flagged (1)");
  });
});

describe("the flag store in IndexedDB", () => {
  it("reads back what another instance wrote (a reload), files included", async () => {
    const db = `gradio-lite-flag-test-${Math.random()}`;
    const open = () => {
      const cache = new FileCache(() => openStore(`${db}-files`, "files"));
      cache.setNamespace("/test|app");
      return { cache, store: new FlagStore({ kv: openStore(db, "rows"), app: "/test|app", files: async () => cache }) };
    };
    const first = open();
    const file = await first.cache.put(new Blob(["hello"], { type: "text/plain" }), "note.txt");
    const name = await first.store.datasetFor("flags", ["note", "timestamp"]);
    await first.store.append("flags", name, ["note/x/note.txt", "t"], new Map([["note/x/note.txt", file]]));
    expect((await first.store.persistence()).persistent).toBe(true);

    const second = open();
    const [data] = await second.store.all();
    expect(data).toMatchObject({ dir: "flags", file: "dataset1.csv", headers: ["note", "timestamp"], rows: [["note/x/note.txt", "t"]] });
    expect(await (await fetch(data.files["note/x/note.txt"].url)).text()).toBe("hello");
  });
});
