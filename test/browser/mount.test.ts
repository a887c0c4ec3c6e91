import { afterEach, describe, expect, it } from "vitest";
import { GradioLiteElement } from "../../ui/element.ts";
import { mount } from "../../ui/mount.ts";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

afterEach(() => {
  cleanup();
  document.querySelectorAll(".npm-host").forEach((el) => el.remove());
  GradioLiteElement.workerUrl = null;
});

describe("mount (npm mode)", () => {
  it("renders the app that a worker module launches", async () => {
    const host = document.createElement("div");
    host.className = "npm-host";
    document.body.append(host);
    const worker = new Worker(new URL("./fixtures/npm-app.ts", import.meta.url), { type: "module" });
    const app = mount(host, worker);
    const client = await app.client;
    expect((await client.predict("/greet", ["Ada"])).data).toEqual(["Hi Ada"]);
    await waitFor(() => textbox("npm-name", host));
    app.stop();
  });
});

describe("a worker that cannot start", () => {
  it("shows why in the app's box instead of hanging", async () => {
    GradioLiteElement.workerUrl = new URL("/no-such-worker.js", location.href);
    const app = mountApp(`gr.Blocks(() => gr.Textbox()).launch();`);
    const box = await waitFor(() => app.el.querySelector(".gr-load-error"), 10_000);
    expect(box.textContent).toMatch(/could not start/);
    await expect(app.client).rejects.toThrow();
  });
});

describe("mount's failures name their fix", () => {
  const hostFor = () => {
    const host = document.createElement("div");
    host.className = "npm-host";
    document.body.append(host);
    return host;
  };

  it("rejects, and says so in the app's box, when the worker never calls launch()", async () => {
    const host = hostFor();
    const worker = new Worker(new URL("./fixtures/no-launch.ts", import.meta.url), { type: "module" });
    const app = mount(host, worker, { launchTimeoutMs: 1500 });
    await expect(app.client).rejects.toThrow(/did not call demo\.launch\(\) within 1\.5 s.*end that module with demo\.launch\(\)/s);
    const box = await waitFor(() => host.querySelector(".gr-load-error"));
    expect(box.textContent).toMatch(/demo\.launch\(\)/);
  });

  it("client.predict after stop() rejects with a clear error instead of hanging", async () => {
    const host = hostFor();
    const app = mount(host, new Worker(new URL("./fixtures/npm-app.ts", import.meta.url), { type: "module" }));
    const client = await app.client;
    expect((await client.predict("/greet", ["Ada"])).data).toEqual(["Hi Ada"]);
    app.stop();
    await expect(client.predict("/greet", ["Bo"])).rejects.toThrow(/The app was stopped.*mount\(\)/s);
    expect(host.querySelector(".gr-app")).toBeNull();
  });

  it("a client asked for after stop() rejects too", async () => {
    const host = hostFor();
    const app = mount(host, new Worker(new URL("./fixtures/npm-app.ts", import.meta.url), { type: "module" }));
    app.stop();
    await expect(app.client).rejects.toThrow(/stopped/);
  });
});
