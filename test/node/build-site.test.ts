// `gradio-lite build` (bin/): what goes into a site, the errors that say
// what to fix, and --watch. The built site running in Chromium, under a
// sub-path and offline, is test/e2e/build.spec.ts.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildSite, BuildError, OPTIONAL_PARTS, runtimeFiles } from "../../bin/build-site.mjs";

const runtime = resolve(process.env.DIST_DIR ?? "dist");
const graph = JSON.parse(readFileSync(join(runtime, "gradio-lite-chunks.json"), "utf8")) as Record<string, [number, string[]]>;
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((t) => rmSync(t, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gradio-lite-build-"));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const PAGE = (app: string) => `<!doctype html><html><head><script type="module" src="../node_modules/gradio-lite/dist/lite.js"></script><link rel="stylesheet" href="style.css"></head><body>${app}</body></html>`;

describe("gradio-lite build", () => {
  it("writes the page pointing at its runtime, the app's modules, files and assets, and no PWA files without pwa", async () => {
    const dir = project({
      "index.html": PAGE('<gradio-lite src="app.js"><gradio-file name="d.csv" src="data/d.csv"></gradio-file></gradio-lite>'),
      "style.css": "body{}",
      "app.js": 'import { greet } from "./lib/greet.js";\ngr.Interface({ fn: greet, inputs: "text", outputs: gr.Image("img/logo.png") }).launch();',
      "lib/greet.js": "export const greet = (n) => `Hi ${n}`;",
      "data/d.csv": "a,b\n1,2",
      "img/logo.png": "png",
      "unused.txt": "not named anywhere",
    });
    const site = await buildSite(join(dir, "index.html"), join(dir, "site"), { runtime });
    const paths = site.written.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["index.html", "app.js", "lib/greet.js", "data/d.csv", "img/logo.png", "style.css", "gradio-lite/lite.js"]));
    expect(paths).not.toContain("unused.txt");
    expect(paths).not.toContain("gradio-lite-sw.js");
    expect(site.pwa).toBe(false);
    expect(readFileSync(join(dir, "site/index.html"), "utf8")).toContain('<script type="module" src="gradio-lite/lite.js">');
  });

  it("ships an optional part's chunks only to a page whose app names it", () => {
    for (const part of OPTIONAL_PARTS) expect(Object.keys(graph).some((f) => part.chunks.test(f)), String(part.chunks)).toBe(true);
    const plain = runtimeFiles(graph, "gr.Textbox()");
    const chat = runtimeFiles(graph, "gr.ChatInterface({ fn })");
    expect(plain.some((f) => /chatbot-|chat-api-/.test(f))).toBe(false);
    expect(chat.some((f) => /chatbot-/.test(f)) && chat.some((f) => /chat-api-/.test(f))).toBe(true);
    expect(plain).toContain(Object.keys(graph).find((f) => /^assets\/entry-/.test(f)));
    // An Interface flags (Gradio's default): its flagging, and the table and zip its rows' dialog shows, ship with it.
    // Its buttons start with the worker; what a flag runs (flag-actions, flagging, the store) loads with the first flag.
    const flagging = /^assets\/(?:flag-actions|flagging|flag-store|flagged-rows|flagged-zip|dataframe)-/;
    const iface = runtimeFiles(graph, "gr.Interface({ fn, inputs: 'text', outputs: 'text' })");
    const needed = ["flag-actions", "flagging", "flag-store", "flagged-rows", "flagged-zip", "dataframe"];
    expect(needed.filter((name) => !iface.some((f) => f.startsWith(`assets/${name}-`)))).toEqual([]);
    expect(iface.some((f) => /^assets\/dataframe-api-/.test(f))).toBe(false);
    expect(plain.some((f) => flagging.test(f))).toBe(false);
    expect(chat.filter((f) => /^assets\/flagged-rows-/.test(f))).toHaveLength(Object.keys(graph).filter((f) => /^assets\/flagged-rows-/.test(f)).length);
    const live = runtimeFiles(graph, "cam.stream((f) => f, cam, out)");
    expect(plain.some((f) => /live-api-|webcam-|microphone-view-/.test(f))).toBe(false);
    expect(["live-api-", "frames-", "webcam-", "microphone-view-", "frame-canvas-"].every((name) => live.some((f) => f.startsWith(`assets/${name}`)))).toBe(true);
  });

  it("puts the service worker beside the page for a pwa app, with the site's own chunk graph", async () => {
    const dir = project({ "p.html": PAGE("<gradio-lite>\ngr.Markdown('x');\ngr.Blocks(() => {}).launch({ pwa: true });\n</gradio-lite>"), "style.css": "" });
    const site = await buildSite(join(dir, "p.html"), join(dir, "out"), { runtime, prerender: false });
    expect(site.pwa).toBe(true);
    expect(readdirSync(join(dir, "out"))).toContain("gradio-lite-sw.js");
    const own = JSON.parse(readFileSync(join(dir, "out/gradio-lite/gradio-lite-chunks.json"), "utf8")) as Record<string, [number, string[]]>;
    const shipped = new Set(Object.keys(own));
    for (const [, refs] of Object.values(own)) for (const ref of refs) expect(shipped.has(ref)).toBe(true);
  });

  it("says what to fix", async () => {
    const dir = project({ "no-lite.html": "<gradio-lite>x</gradio-lite>", "missing.html": PAGE('<gradio-lite src="nope.js"></gradio-lite>'), "out.html": PAGE('<gradio-lite src="../elsewhere.js"></gradio-lite>') });
    const fails = (page: string) => expect(buildSite(join(dir, page), join(dir, "site"), { runtime })).rejects;
    await fails("no-lite.html").toThrow(/loads no lite\.js/);
    await fails("missing.html").toThrow(/nope\.js does not exist/);
    await fails("out.html").toThrow(/outside the page's folder/);
    await fails("absent.html").toThrow(BuildError);
  });

  it("prerenders each app's first view into the page, and says which app it could not and why", async () => {
    const dir = project({
      "index.html": PAGE(
        '<gradio-lite src="app.js"></gradio-lite>' +
          "<gradio-lite>\n  gr.Blocks(() => gr.Markdown(\"a &lt; b &amp;&amp; </script> stays code\")).launch();\n</gradio-lite>" +
          "<gradio-lite>throw new Error('no config at build time');</gradio-lite>",
      ),
      "style.css": "",
      "app.js": 'import { title } from "./title.js";\ngr.Blocks(() => gr.Textbox({ label: title, value: "hi" })).launch();',
      "title.js": 'export const title = "Your name";',
    });
    const site = await buildSite(join(dir, "index.html"), join(dir, "site"), { runtime });
    expect(site.prerendered).toBe(2);
    expect(site.notes).toEqual([expect.stringMatching(/^app 3 is not prerendered .*no config at build time/)]);
    const html = readFileSync(join(dir, "site/index.html"), "utf8");
    // A `src` app's own imports resolve beside it; its view follows its (empty) element's files.
    expect(html).toMatch(/<gradio-lite src="app\.js"><div class="gradio-container" data-prerendered="">.*>Your name<\/label>.*>hi<\/textarea>/);
    // Bare code moves into a script, decoded as the HTML parser would have read it, with "</script" unable to end it.
    expect(html).toContain('<script type="text/gradio">\n  gr.Blocks(() => gr.Markdown("a < b && <\\/script> stays code")).launch();\n</script>');
    expect(html).toContain("<p>a &lt; b &amp;&amp;  stays code</p>");
    // The views' CSS comes first in the head, once, and shows the prerendered boxes that pages hide until the runtime runs.
    expect(html.match(/<style data-gradio-lite-prerender>/g)).toHaveLength(1);
    expect(html).toMatch(/<head><style data-gradio-lite-prerender>[^<]*\.gr-block/);
    expect(html).toContain("gradio-lite:has(>[data-prerendered]){display:block;visibility:visible");
    // Without prerendering the page is as written.
    const plain = await buildSite(join(dir, "index.html"), join(dir, "plain"), { runtime, prerender: false });
    expect(plain.prerendered).toBe(0);
    expect(readFileSync(join(dir, "plain/index.html"), "utf8")).not.toContain("data-prerendered");
  }, 90_000);

  it("--watch rebuilds when a file changes", async () => {
    const dir = project({ "index.html": PAGE('<gradio-lite src="app.js"></gradio-lite>'), "style.css": "", "app.js": "gr.Blocks(() => gr.Markdown('one')).launch();" });
    const child = spawn("node", [resolve("bin/gradio-lite.mjs"), "build", join(dir, "index.html"), "--out", join(dir, "site"), "--watch"], {
      env: { ...process.env, GRADIO_LITE_DIST: runtime },
    });
    let output = "";
    const seen = (pattern: RegExp) =>
      new Promise<void>((ok) => {
        const check = () => pattern.test(output) && ok();
        child.stdout.on("data", (d: Buffer) => ((output += d), check()));
        child.stderr.on("data", (d: Buffer) => ((output += d), check()));
        check();
      });
    try {
      await seen(/watching/);
      writeFileSync(join(dir, "app.js"), "gr.Blocks(() => gr.Markdown('two')).launch();");
      await seen(/built[\s\S]*built/);
      expect(readFileSync(join(dir, "site/app.js"), "utf8")).toContain("two");
      // The first view is rebuilt too.
      expect(output).not.toContain("not prerendered");
      expect(readFileSync(join(dir, "site/index.html"), "utf8")).toContain("<p>two</p>");
    } finally {
      child.kill();
    }
  }, 60_000);
});
