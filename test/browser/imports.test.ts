import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, waitFor } from "./helpers.ts";

afterEach(cleanup);

const doubleUrl = new URL("./fixtures/double.js", import.meta.url).href;
const appUrl = new URL("./fixtures/app.js", import.meta.url).href;

describe("imports in app code", () => {
  it("loads absolute-URL modules", async () => {
    const m = mountApp(`import { double } from "${doubleUrl}";
      gr.Blocks(() => { const n = gr.Number(); n.submit(double, n, n, { apiName: "double" }); }).launch();`);
    expect((await (await m.client).predict("/double", [21])).data).toEqual([42]);
  });

  it("runs code from src, resolving its relative imports against it", async () => {
    const m = mountApp("", { src: appUrl });
    expect((await (await m.client).predict("/double", [4])).data).toEqual([8]);
  });

  it("shows a clear error when src cannot be fetched", async () => {
    // Port 9 (discard) refuses at once: a network failure, as when offline.
    const m = mountApp("", { src: "http://127.0.0.1:9/missing.js" });
    const box = await waitFor(() => m.el.querySelector(".gr-load-error"));
    expect(box.textContent).toMatch(/Could not load the app's code from http:\/\/127\.0\.0\.1:9\/missing\.js: Failed to fetch/);
  });
});

describe("code inside the element", () => {
  function mountHtml(html: string) {
    const el = document.createElement("gradio-lite") as HTMLElement & { client: Promise<import("../../ui/client.ts").Client> };
    el.innerHTML = html;
    document.body.append(el);
    return el;
  }

  it("reads <script type=\"text/gradio\"> raw, so markup in strings stays text", async () => {
    const el = mountHtml(`<script type="text/gradio">
      gr.Blocks(() => { const t = gr.Textbox(); t.submit((x) => "<p>" + x + "</p>", t, t, { apiName: "wrap" }); }).launch();
    </script>`);
    expect((await (await el.client).predict("/wrap", ["hi"])).data).toEqual(["<p>hi</p>"]);
  });

  it("ignores HTML comments and puts parsed (balanced) tags back as markup", async () => {
    const el = mountHtml(`<!-- a note for readers -->
      gr.Blocks(() => { const t = gr.Textbox(); t.submit((x) => "<b>" + x + "</b>", t, t, { apiName: "bold" }); }).launch();`);
    expect((await (await el.client).predict("/bold", ["hi"])).data).toEqual(["<b>hi</b>"]);
  });

  it("suggests <script type=\"text/gradio\"> when parsed markup breaks the code", async () => {
    const el = mountHtml(`gr.Blocks(() => { const t = gr.Textbox(); t.submit((x) => "<b>" + x, t, t); }).launch();`);
    await expect(el.client).rejects.toThrow();
    const box = await waitFor(() => el.querySelector(".gr-load-error"));
    expect(box.textContent).toContain('<script type="text/gradio">');
  });
});
