import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, typeInto, waitFor } from "./helpers.ts";

afterEach(cleanup);

const cart = `gr.Blocks(() => {
  const cart = gr.State([]);
  const item = gr.Textbox({ label: "Item", elemId: "item" });
  const count = gr.Number({ label: "Items", elemId: "count" });
  const list = gr.JSON({ elemId: "list" });
  item.submit(function add(name, items) { return [...items, name]; }, [item, cart], cart);
  cart.change((items) => [items.length, items], cart, [count, list]);
}).launch();`;

describe("gr.State in the page", () => {
  it("keeps a per-session value in the worker and fires change when it differs", async () => {
    const m = mountApp(cart);
    await m.rendered;
    const input = textbox("item")!;
    for (const name of ["apple", "pear"]) {
      typeInto(input, name);
      input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      await waitFor(() => document.querySelector("#list pre")?.textContent?.includes(name));
    }
    expect(document.querySelector<HTMLInputElement>("#count input")!.value).toBe("2");
  });

  it("is no argument of the endpoint for client.predict", async () => {
    const client = await mountApp(cart).client;
    const api = await client.viewApi();
    expect(api.endpoints.find((e) => e.name === "/add")!.parameters.map((p) => p.name)).toEqual(["name"]);
    expect((await client.predict("/add", ["fig"])).data).toEqual([]);
    await expect(client.predict("/add", ["fig", []])).rejects.toThrow("/add takes 1 argument(s), got 2");
  });

  it("runs demo.unload when the element is removed", async () => {
    const channel = new BroadcastChannel("gradio-lite-test-unload");
    const heard = new Promise<string>((resolve) => (channel.onmessage = (e) => resolve(e.data)));
    const m = mountApp(`const demo = gr.Blocks(() => { gr.Textbox(); });
      demo.unload(() => new BroadcastChannel("gradio-lite-test-unload").postMessage("bye"));
      demo.launch();`);
    await m.rendered;
    m.el.remove();
    expect(await heard).toBe("bye");
    channel.close();
  });
});
