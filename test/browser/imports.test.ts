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
