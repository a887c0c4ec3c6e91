import { createStore, set } from "idb-keyval";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, typeInto, waitFor } from "./helpers.ts";

afterEach(cleanup);

const app = (options = "") => `gr.Blocks(() => {
  const saved = gr.BrowserState("nobody"${options ? `, ${options}` : ""});
  const name = gr.Textbox({ label: "Name", elemId: "name" });
  const hello = gr.Textbox({ label: "Hello", elemId: "hello" });
  name.submit((n) => n, name, saved);
  saved.change((s) => "Hello " + s, saved, hello);
  gr.Button("Show", { elemId: "show" }).click((s) => "Hello " + s, saved, hello);
}).launch();`;

async function setName(value: string) {
  const input = await waitFor(() => textbox("name"));
  typeInto(input, value);
  input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  await waitFor(() => textbox("hello")!.value === `Hello ${value}`);
}

async function shown(): Promise<string> {
  const button = await waitFor(() => document.querySelector<HTMLButtonElement>("button#show"));
  button.click();
  return waitFor(() => {
    const v = textbox("hello")!.value;
    return v.startsWith("Hello ") && v;
  });
}

describe("gr.BrowserState", () => {
  it("survives the app being closed and opened again", async () => {
    const key = `test-${Math.random()}`;
    let m = mountApp(app(`{ storageKey: "${key}" }`));
    await m.rendered;
    await setName("Ada");
    cleanup();
    m = mountApp(app(`{ storageKey: "${key}" }`));
    await m.rendered;
    expect(await shown()).toBe("Hello Ada");
  });

  it("with a secret, stores ciphertext and reads it back", async () => {
    const key = `secret-${Math.random()}`;
    let m = mountApp(app(`{ storageKey: "${key}", secret: "hunter2" }`));
    await m.rendered;
    await setName("Grace");
    const { get } = await import("idb-keyval");
    let stored: unknown;
    for (let i = 0; i < 100 && stored === undefined; i++) {
      stored = await get(key, createStore("gradio-lite", "browser-state"));
      if (stored === undefined) await new Promise((r) => setTimeout(r, 20));
    }
    expect(stored).toMatchObject({ sealed: 1 });
    expect(JSON.stringify(stored)).not.toContain("Grace");
    cleanup();
    m = mountApp(app(`{ storageKey: "${key}", secret: "hunter2" }`));
    await m.rendered;
    expect(await shown()).toBe("Hello Grace");
  });

  it("gives the default and a warning for tampered or foreign data, without crashing", async () => {
    const key = `tampered-${Math.random()}`;
    await set(key, { sealed: 1, iv: new Uint8Array(12), data: new ArrayBuffer(40) }, createStore("gradio-lite", "browser-state"));
    const m = mountApp(app(`{ storageKey: "${key}", secret: "hunter2" }`));
    await m.rendered;
    expect(await shown()).toBe("Hello nobody");
    const toast = await waitFor(() => m.el.querySelector(".gr-toast-warning"));
    expect(toast.textContent).toMatch(/could not be read/);
  });

  it("keeps two apps on one page apart by default", async () => {
    const one = mountApp(app());
    const two = mountApp(app());
    await Promise.all([one.rendered, two.rendered]);
    const input = textbox("name", one.el)!;
    typeInto(input, "Linus");
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await waitFor(() => textbox("hello", one.el)!.value === "Hello Linus");
    two.el.querySelector<HTMLButtonElement>("button#show")!.click();
    await waitFor(() => textbox("hello", two.el)!.value.startsWith("Hello "));
    expect(textbox("hello", two.el)!.value).not.toBe("Hello Linus");
  });

  it("carries a write to another app (or tab) sharing the key: last write wins", async () => {
    const key = `shared-${Math.random()}`;
    const one = mountApp(app(`{ storageKey: "${key}" }`));
    const two = mountApp(app(`{ storageKey: "${key}" }`));
    await Promise.all([one.rendered, two.rendered]);
    // The second app reads the state once, so it holds it and listens.
    two.el.querySelector<HTMLButtonElement>("button#show")!.click();
    await waitFor(() => textbox("hello", two.el)!.value === "Hello nobody");
    const input = textbox("name", one.el)!;
    typeInto(input, "Margaret");
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await waitFor(() => textbox("hello", two.el)!.value === "Hello Margaret");
  });
});
