// The embed attributes of <gradio-lite> (ui/embed-options.ts, ui/embed.ts),
// in Gradio's spelling and @gradio/lite's, on real elements running real apps.
import { afterEach, describe, expect, it } from "vitest";
import type { GradioLiteElement } from "../../ui/element.ts";
import { readEmbedOptions } from "../../ui/embed-options.ts";
import { startsAtOnce } from "../../ui/start-when-near.ts";
import { startsAtOnce as liteStartsAtOnce } from "../../ui/worker-pool.ts";
import { cleanup, mountApp, waitFor } from "./helpers.ts";

const app = `gr.Blocks({ title: "Greeter" }, () => {
  const name = gr.Textbox({ label: "Name", elemId: "name" });
  gr.Button("Greet").click((n) => n, name, name, { apiName: "greet" });
}).launch();`;

const titleBefore = document.title;
afterEach(() => {
  cleanup();
  document.title = titleBefore;
  document.querySelectorAll(".spacer").forEach((el) => el.remove());
});

function element(attrs: Record<string, string>): Element {
  const el = document.createElement("div");
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

function read(attrs: Record<string, string>) {
  const warnings: string[] = [];
  const options = readEmbedOptions(element(attrs), (m) => warnings.push(m));
  return { options, warnings };
}

describe("readEmbedOptions", () => {
  it("has Gradio's defaults", () => {
    expect(read({})).toEqual({
      options: { initialHeight: "300px", eager: false, container: null, info: true, autoScroll: false, controlPageTitle: false, theme: "system" },
      warnings: [],
    });
  });

  it("reads Gradio's spelling and values", () => {
    const { options, warnings } = read({
      initial_height: "420px",
      eager: "true",
      container: "false",
      info: "false",
      autoscroll: "true",
      control_page_title: "true",
      theme_mode: "dark",
    });
    expect(options).toEqual({ initialHeight: "420px", eager: true, container: false, info: false, autoScroll: true, controlPageTitle: true, theme: "dark" });
    expect(warnings).toEqual([]);
  });

  it("reads @gradio/lite's spelling and bare attributes", () => {
    const { options, warnings } = read({ "initial-height": "50vh", eager: "", container: "", info: "", "auto-scroll": "", "control-page-title": "", theme: "light" });
    expect(options).toEqual({ initialHeight: "50vh", eager: true, container: true, info: true, autoScroll: true, controlPageTitle: true, theme: "light" });
    expect(warnings).toEqual([]);
  });

  it("warns once per bad value and keeps the default", () => {
    const { options, warnings } = read({ "initial-height": "tall", eager: "yes", theme: "blue", "auto-scroll": "0" });
    expect(options).toMatchObject({ initialHeight: "300px", eager: false, theme: "system", autoScroll: false });
    expect(warnings).toHaveLength(4);
    expect(warnings).toContain('<gradio-lite eager="yes">: expected "true" or "false" (or the bare attribute); using false.');
    expect(warnings.join("\n")).toContain('<gradio-lite initial-height="tall">: expected a CSS length such as "400px" or "50vh"; using 300px.');
    expect(warnings.join("\n")).toContain('<gradio-lite theme="blue">: expected "light", "dark" or "system"');
    expect(read({ initial_height: "auto" }).warnings).toHaveLength(1);
    expect(read({ initial_height: "300" }).warnings).toHaveLength(1);
  });

  it("says which spelling wins when both disagree", () => {
    const { options, warnings } = read({ "auto-scroll": "false", autoscroll: "true" });
    expect(options.autoScroll).toBe(false);
    expect(warnings).toEqual(['<gradio-lite> has both auto-scroll and autoscroll, with different values: using auto-scroll="false".']);
    expect(read({ theme: "dark", theme_mode: "dark" }).warnings).toEqual([]);
  });
});

describe("<gradio-lite> embed attributes", () => {
  it("holds initial-height while loading, then takes the app's own height", async () => {
    const mounted = mountApp(app, { "initial-height": "480px", eager: "" });
    const host = await waitFor(() => mounted.el.querySelector<HTMLElement>(".gradio-container"));
    expect(host.getBoundingClientRect().height).toBe(480);
    await mounted.rendered;
    expect(host.style.minHeight).toBe("");
    expect(host.getBoundingClientRect().height).toBeLessThan(480);
  });

  it("container=false drops the padding; container draws Gradio's embed frame", async () => {
    const bare = mountApp(app, { container: "false" });
    const framed = mountApp(app, { container: "" });
    const plain = mountApp(app);
    await Promise.all([bare.rendered, framed.rendered, plain.rendered]);
    const style = (m: typeof bare) => getComputedStyle(m.el.querySelector(".gradio-container")!);
    expect(style(bare).paddingTop).toBe("0px");
    expect(style(plain).paddingTop).toBe("16px");
    expect(style(plain).borderTopWidth).toBe("0px");
    expect(style(framed).borderTopWidth).toBe("1px");
    expect(style(framed).borderTopLeftRadius).toBe("8px");
  });

  it("info=false hides the footer line; it shows by default, as in Gradio", async () => {
    const hidden = mountApp(app, { info: "false" });
    const shown = mountApp(app);
    await Promise.all([hidden.rendered, shown.rendered]);
    expect(getComputedStyle(hidden.el.querySelector(".gr-footer")!).display).toBe("none");
    expect(getComputedStyle(shown.el.querySelector(".gr-footer")!).display).not.toBe("none");
  });

  it("theme_mode=dark and theme=light set the scheme", async () => {
    const dark = mountApp(app, { theme_mode: "dark" });
    const light = mountApp(app, { theme: "light" });
    await Promise.all([dark.rendered, light.rendered]);
    expect(getComputedStyle(dark.el.querySelector(".gradio-container")!).backgroundColor).toBe("rgb(11, 15, 25)");
    expect(getComputedStyle(light.el.querySelector(".gradio-container")!).backgroundColor).toBe("rgb(255, 255, 255)");
  });

  it("control-page-title makes the app's title, translated, the page's title; without it the title stays", async () => {
    const untouched = mountApp(app);
    await untouched.rendered;
    expect(document.title).toBe(titleBefore);
    const translated = `const i18n = gr.I18n({ en: { title: "Greeter (en)" }, es: { title: "Saludos" } });
      gr.Blocks({ title: i18n("title") }, () => gr.Textbox()).launch({ i18n });`;
    const controlling = mountApp(translated, { control_page_title: "true" });
    await controlling.rendered;
    await waitFor(() => document.title !== titleBefore);
    expect(document.title).toBe(navigator.language.startsWith("es") ? "Saludos" : "Greeter (en)");
  });

  it("an app far below the fold waits until it nears the viewport; asking for its client starts it at once", async () => {
    const spacer = document.createElement("div");
    spacer.className = "spacer";
    spacer.style.height = `${innerHeight * 4}px`;
    document.body.append(spacer);
    // Not mountApp: it asks for the client, which starts an app.
    const place = () => {
      const el = document.createElement("gradio-lite") as GradioLiteElement;
      el.textContent = app;
      const rendered = new Promise<void>((resolve) => el.addEventListener("render", () => resolve(), { once: true }));
      document.body.append(el);
      return { el, rendered };
    };
    const far = place();
    let rendered = false;
    void far.rendered.then(() => (rendered = true));
    // Its place is held, with the loading box, but nothing runs.
    await waitFor(() => far.el.querySelector(".gr-loading"));
    await new Promise((r) => setTimeout(r, 1500));
    expect(rendered).toBe(false);
    far.el.scrollIntoView();
    await far.rendered;
    scrollTo(0, 0);

    const asked = place();
    await new Promise((r) => setTimeout(r, 300));
    expect(asked.el.querySelector(".gr-loading")).not.toBeNull();
    const client = await asked.el.client;
    expect((await client.predict("/greet", ["x"])).data).toEqual(["x"]);
  });
});

describe("which apps start at once", () => {
  it("lite.js's early spawn and the element agree: eager, near the viewport, or not laid out", () => {
    const probe = (style: string, attrs: Record<string, string> = {}) => {
      const el = element(attrs) as HTMLElement;
      el.className = "spacer";
      el.style.cssText = `position:absolute;left:0;width:100px;height:100px;${style}`;
      document.body.append(el);
      return el;
    };
    const cases: Array<[HTMLElement, boolean]> = [
      [probe("top:0"), true],
      [probe(`top:${innerHeight * 1.5}px`), true],
      [probe(`top:${innerHeight * 3}px`), false],
      [probe(`top:${innerHeight * 3}px`, { eager: "" }), true],
      [probe(`top:${innerHeight * 3}px`, { eager: "true" }), true],
      [probe(`top:${innerHeight * 3}px`, { eager: "false" }), false],
      [probe("display:none"), true],
    ];
    for (const [el, expected] of cases) {
      expect(startsAtOnce(el), el.style.cssText).toBe(expected);
      expect(liteStartsAtOnce(el), el.style.cssText).toBe(expected);
    }
  });
});

describe("auto-scroll", () => {
  // The output sits far below its button; only the listener with scrollToOutput (as gr.Interface's Submit) scrolls.
  const tall = `gr.Blocks(() => {
    const name = gr.Textbox({ label: "Name" });
    const scrolls = gr.Button("Scrolls", { elemId: "scrolls" });
    const stays = gr.Button("Stays", { elemId: "stays" });
    gr.HTML("<div style='height:3000px'>tall</div>");
    const out = gr.Textbox({ label: "Out", elemId: "out" });
    scrolls.click((s) => s + "!", name, out, { scrollToOutput: true });
    stays.click((s) => s + "?", name, out);
  }).launch();`;

  async function clickAndSettle(mounted: ReturnType<typeof mountApp>, button: string, expected: string): Promise<number> {
    scrollTo(0, 0);
    mounted.el.querySelector<HTMLButtonElement>(`button#${button}`)!.click();
    await waitFor(() => document.querySelector<HTMLTextAreaElement>("#out textarea")?.value === expected);
    // Smooth scrolling takes a few frames.
    await new Promise((r) => setTimeout(r, 800));
    return scrollY;
  }

  it("with auto-scroll, a run of a scrollToOutput listener scrolls to its output; others, and apps without it, stay", async () => {
    const plain = mountApp(tall);
    await plain.rendered;
    expect(await clickAndSettle(plain, "scrolls", "!")).toBe(0);
    cleanup();
    const scrolling = mountApp(tall, { "auto-scroll": "" });
    await scrolling.rendered;
    expect(await clickAndSettle(scrolling, "stays", "?")).toBe(0);
    expect(await clickAndSettle(scrolling, "scrolls", "!")).toBeGreaterThan(1000);
    const out = document.querySelector("#out")!.getBoundingClientRect();
    expect(out.top).toBeGreaterThanOrEqual(0);
    expect(out.top).toBeLessThan(innerHeight);
    scrollTo(0, 0);
  });
});
