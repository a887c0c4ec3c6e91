// The PWA's pure parts: where its service worker must live (or why it
// cannot), which new version asks for a reload, and launch()'s checks.
import { describe, expect, it } from "vitest";
import { commonFolder, missingFile, serviceWorkerHome } from "../../ui/pwa/home.ts";
import { changedFiles, scriptUrl } from "../../ui/pwa/update.ts";
import { listOf, type Entry } from "../../ui/pwa/precache.ts";
import { appShell } from "../../worker/app-shell.ts";

const url = (s: string) => new URL(s);

describe("serviceWorkerHome", () => {
  it("is the page's folder when the runtime sits in it (what gradio-lite build writes)", () => {
    const home = serviceWorkerHome(url("https://a.io/app/index.html"), url("https://a.io/app/gradio-lite/"), true);
    expect(home).toEqual({ ok: true, folder: url("https://a.io/app/") });
  });

  it("is the folder holding both page and runtime when they are side by side", () => {
    expect(serviceWorkerHome(url("http://localhost:4173/demos/pwa.html"), url("http://localhost:4173/dist/"), true)).toEqual({ ok: true, folder: url("http://localhost:4173/") });
    expect(commonFolder(url("https://a.io/x/y/p.html"), url("https://a.io/x/z/"))).toEqual(url("https://a.io/x/"));
  });

  it("refuses file://, an insecure page and a runtime from another origin, each with its fix", () => {
    const file = serviceWorkerHome(url("file:///home/me/app.html"), url("file:///home/me/dist/"), false);
    expect(file).toMatchObject({ ok: false, problem: expect.stringContaining("file://") });
    expect(file.ok || file.problem).toContain("npx gradio-lite build");
    const insecure = serviceWorkerHome(url("http://192.168.1.5/app.html"), url("http://192.168.1.5/dist/"), false);
    expect(insecure.ok || insecure.problem).toContain("https");
    const cdn = serviceWorkerHome(url("https://a.io/app.html"), url("https://cdn.example/gradio-lite/"), true);
    expect(cdn.ok || cdn.problem).toContain("https://cdn.example");
    expect(cdn.ok || cdn.problem).toContain("Copy the runtime");
  });

  it("names the file and the folder it belongs in when it is missing", () => {
    const message = missingFile(url("https://a.io/site/"), "HTTP 404");
    expect(message).toContain("https://a.io/site/gradio-lite-sw.js");
    expect(message).toContain("dist/gradio-lite-sw.js into /site/");
  });
});

describe("updates", () => {
  const running: Entry[] = [["app.js", "aaaa"], ["assets/ui-core-0DouxxZ7.js", null], ["index.html", "1111"]];

  it("a changed file the page runs asks for a reload; a list that only grew does not", () => {
    expect(changedFiles(running, [["app.js", "bbbb"], ["assets/ui-core-0DouxxZ7.js", null], ["index.html", "1111"]])).toEqual(["app.js"]);
    expect(changedFiles(running, [...running, ["assets/toasts-Awo3ohrX.js", null]])).toEqual([]);
  });

  it("carries the list in the service worker's URL, and reads it back", () => {
    const script = scriptUrl(url("https://a.io/site/"), running);
    expect(script.startsWith("https://a.io/site/gradio-lite-sw.js?precache=")).toBe(true);
    expect(listOf(script, "precache")).toEqual(running);
    expect(listOf("https://a.io/site/gradio-lite-sw.js?precache=%7Bbroken", "precache")).toEqual([]);
  });
});

describe("launch({ pwa, favicon }) in the worker", () => {
  const base = "https://a.io/app/app.js";

  it("resolves the favicon against the app's code", () => {
    const shell = appShell({ pwa: true, favicon: "icons/star.png" }, base);
    expect(shell).toMatchObject({ ok: true, value: { pwa: true, favicon: "https://a.io/app/icons/star.png" } });
    expect(appShell({ faviconPath: "data:image/png;base64,iVBO" }, base)).toMatchObject({ ok: true, value: { pwa: false, favicon: "data:image/png;base64,iVBO" } });
  });

  it("refuses what is not a boolean or an image URL, saying which", () => {
    expect(appShell({ pwa: "yes" as unknown as boolean }, base)).toMatchObject({ ok: false, error: { message: 'launch({ pwa }) takes true or false, not "yes"' } });
    for (const favicon of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd"]) {
      expect(appShell({ pwa: true, favicon }, base)).toMatchObject({ ok: false, error: { message: expect.stringContaining("is not an image URL") } });
    }
    expect(appShell({ favicon: "a.png", faviconPath: "b.png" }, base)).toMatchObject({ ok: false, error: { message: expect.stringContaining("not both") } });
  });
});
