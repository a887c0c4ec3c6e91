// The authoring API as a Gradio user ports an app: bodies that receive their
// block, Python's positional forms, loud unknown options, server-only
// options refused, event data with its target, *args handlers.
import { afterEach, describe, expect, it, vi } from "vitest";
import * as gr from "../../src/index.ts";
import { flushOptionWarnings } from "../../src/options-check.ts";
import { withPortingHints } from "../../src/python-names.ts";
import { buildConfig } from "../../worker/config.ts";
import { errorOf, harness, outputsOf, updatesOf } from "./harness.ts";

afterEach(() => vi.restoreAllMocks());

describe("bodies receive their block", () => {
  it("gives gr.Blocks its demo and every layout its own block", () => {
    const seen: string[] = [];
    let row!: gr.Row, tabs!: gr.Tabs;
    const demo = gr.Blocks((d) => {
      seen.push(d.type);
      gr.Row((r) => {
        row = r;
        seen.push(r.type);
      });
      gr.Column((c) => void seen.push(c.type));
      gr.Group((g) => void seen.push(g.type));
      gr.Tabs((t) => {
        tabs = t;
        gr.Tab("One", (tab) => void seen.push(tab.type));
      });
      gr.Accordion("More", (a) => void seen.push(a.type));
      gr.Sidebar((s) => void seen.push(s.type));
      gr.Walkthrough((w) => {
        gr.Step("First", (s) => void seen.push(w.type, s.type));
      });
      d.route("Settings", (page) => void seen.push(page.type));
    });
    expect(seen).toEqual(["blocks", "row", "column", "group", "tab", "accordion", "sidebar", "walkthrough", "step", "route"]);
    expect(row.parent).toBe(demo);
    expect(tabs.children[0].type).toBe("tab");
  });

  it("takes demo.load as a trigger in gr.on and inside the body", () => {
    let out!: gr.Textbox, name!: gr.Textbox;
    const demo = gr.Blocks((d) => {
      name = gr.Textbox();
      out = gr.Textbox();
      d.load(() => "loaded", null, out);
      gr.on([d.load, name.change], (n) => n.toUpperCase(), name, out);
    });
    const deps = buildConfig(demo).config.dependencies;
    expect(deps[0].targets).toEqual([[demo.id, "load"]]);
    expect(deps[1].targets).toEqual([
      [demo.id, "load"],
      [name.id, "change"],
    ]);
  });

  it("runs gr.render only on its triggers when they are given; demo.load listed runs it on load", () => {
    let text!: gr.Textbox, btn!: gr.Button;
    const demo = gr.Blocks((d) => {
      text = gr.Textbox();
      btn = gr.Button();
      gr.render({ inputs: text, triggers: [btn.click] }, (t) => void gr.Markdown(t));
      gr.render({ inputs: text, triggers: [d.load, text.submit] }, (t) => void gr.Markdown(t));
      gr.render({ inputs: text }, (t) => void gr.Markdown(t));
    });
    const [onClick, onLoad, byDefault] = buildConfig(demo).config.dependencies;
    expect(onClick.targets).toEqual([[btn.id, "click"]]);
    expect(onLoad.targets).toEqual([
      [demo.id, "load"],
      [text.id, "submit"],
    ]);
    expect(byDefault.targets).toEqual([
      [demo.id, "load"],
      [text.id, "change"],
    ]);
  });

  it("refuses inputs or outputs given as undefined (a variable not assigned yet)", () => {
    gr.Blocks(() => {
      const btn = gr.Button();
      let out: gr.Textbox | undefined;
      expect(() => btn.click(() => "x", null, out!)).toThrow(/Listener outputs is undefined \(a variable not assigned yet\?\)/);
      expect(() => btn.click({ fn: () => "x", inputs: out! })).toThrow(/Listener inputs is undefined/);
      expect(() => btn.click(() => "x", [out!])).toThrow(/inputs\[0\] is not a component \(got undefined: a variable not assigned yet\?\)/);
      out = gr.Textbox();
      // Left out entirely is fine: no outputs.
      expect(() => btn.click(() => "x")).not.toThrow();
    });
  });
});

describe("Gradio's positional forms", () => {
  it("reads gr.Slider(minimum, maximum, options)", () => {
    const s = gr.Slider(2, 8, { value: 3, label: "n" });
    expect(s.props).toMatchObject({ minimum: 2, maximum: 8, value: 3, label: "n" });
    expect(gr.Slider(5).props).toMatchObject({ minimum: 0, maximum: 100, value: 5 });
    expect(gr.Slider({ minimum: 1, maximum: 3 }).props.value).toBe(1);
  });

  it("reads gr.Interface(fn, inputs, outputs, options)", async () => {
    const demo = gr.Interface((name: string, n: number) => name.repeat(n), ["textbox", gr.Slider(1, 5, { value: 2 })], "textbox", { title: "Repeat" });
    expect(demo.options.title).toBe("Repeat");
    const h = await harness(demo);
    const predict = buildConfig(demo).config.dependencies.findIndex((d) => d.apiName === "predict");
    expect(outputsOf(await h.submit(predict, ["ab", 3]).done)).toEqual([["ababab"]]);
    h.close();
  });

  it("runs the first endpoint for demo.call(args), as calling a Blocks does", async () => {
    const demo = gr.Interface({ fn: (x: number) => x * 2, inputs: "number", outputs: "number", examples: [[1], [2]] });
    expect(await demo.call([21])).toBe(42);
  });
});

describe("Python names with a JS home", () => {
  it("says where each one went", () => {
    // @ts-expect-error -- Python's form: the type says so too
    expect(() => gr.Info("hi")).toThrow(/gr.Info is Python's form: in a JS app call ctx.info\(message\)/);
    // @ts-expect-error -- Python's form
    expect(() => gr.Progress()).toThrow(/ctx.progress/);
    // @ts-expect-error -- Python's form
    expect(() => gr.Request()).toThrow(/ctx.request/);
    // @ts-expect-error -- Python's form
    expect(() => gr.load("models/x")).toThrow(/no server to load from/);
  });

  it("names what <gradio-lite> code reads that the API lacks", () => {
    const api = withPortingHints(gr) as unknown as Record<string, unknown>;
    expect(() => api.Model3D).toThrow(/gr.Model3D is not available in gradio-lite \(yet\)/);
    expect(() => api.SelectData).toThrow(/gr.SelectData is Python's form: in a JS app read ctx.event/);
    expect(api.Textbox).toBe(gr.Textbox);
    expect(api.update).toBe(gr.update);
  });

  it("has gr.FileSize for maxFileSize", () => {
    expect(5 * gr.FileSize.MB).toBe(5 * 1024 * 1024);
  });
});

describe("options", () => {
  it("warns about an unknown option, naming it, its component and the nearest known one", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // @ts-expect-error -- a typo is a type error too
    gr.Textbox({ lable: "Name" });
    // @ts-expect-error -- Python's snake_case
    gr.Textbox({ max_lines: 3 });
    // @ts-expect-error -- not a Row option
    gr.Blocks(() => gr.Row({ colour: "red" }));
    // Reported once the app is built (the engine flushes them then).
    await flushOptionWarnings();
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages).toContain('[gradio-lite] gr.Textbox: option "lable" is not supported by gradio-lite and is ignored. Did you mean "label"?');
    expect(messages).toContain('[gradio-lite] gr.Textbox: option "max_lines" is not supported by gradio-lite and is ignored. Did you mean "maxLines"?');
    expect(messages.some((m) => m.includes('gr.Row: option "colour"'))).toBe(true);
  });

  it("stops an app that asks for a server-only option it relies on", () => {
    const demo = gr.Blocks(() => void gr.Textbox());
    // @ts-expect-error -- not available in a browser-only app
    expect(() => demo.launch({ auth: ["admin", "pass"] })).toThrow(/launch\(\): "auth" is not available in a browser-only app/);
    // @ts-expect-error -- not available in a browser-only app
    expect(() => demo.launch({ share: true })).toThrow(/"share" is not available in a browser-only app/);
    // @ts-expect-error -- not available in a browser-only app
    expect(() => demo.launch({ mcpServer: true })).toThrow(/"mcpServer"/);
    // Unset or false: nothing to refuse.
    // @ts-expect-error -- still not an option, but false asks for nothing
    expect(() => demo.launch({ share: false })).not.toThrow();
  });

  it("takes js, head, css and theme in gr.Blocks as Gradio 5 does", () => {
    const demo = gr.Blocks({ js: "() => 1", head: "<meta name=x>", css: ".a{}", theme: gr.themes.Soft() }, () => void gr.Textbox());
    const { config } = buildConfig(demo, { head: "<meta name=y>" });
    expect(config).toMatchObject({ js: "() => 1", head: "<meta name=x>\n<meta name=y>", css: ".a{}", theme: { name: "soft" } });
  });
});

describe("layouts as Gradio fills them in", () => {
  it("puts consecutive gr.Tab outside gr.Tabs into one tab set", () => {
    const demo = gr.Blocks(() => {
      gr.Markdown("top");
      gr.Tab("A", () => void gr.Textbox());
      gr.Tab("B", () => void gr.Textbox());
      gr.Markdown("between");
      gr.Tab("C", () => void gr.Textbox());
    });
    expect(demo.children.map((c) => c.type)).toEqual(["markdown", "tabs", "markdown", "tabs"]);
    const [, first, , second] = demo.children as gr.Tabs[];
    expect(first.children.map((t) => t.props.label)).toEqual(["A", "B"]);
    expect(second.children.map((t) => t.props.label)).toEqual(["C"]);
  });
});

describe("event data", () => {
  it("gives every event its target, usable as a Map key", async () => {
    let a!: gr.Button, b!: gr.Button, out!: gr.Textbox, other!: gr.Textbox;
    const demo = gr.Blocks(() => {
      a = gr.Button("A");
      b = gr.Button("B");
      out = gr.Textbox();
      other = gr.Textbox();
      gr.on([a.click, b.click], (ctx) => new Map([[ctx.event.target === a ? out : other, String((ctx.event.target as gr.Button).props.value)]]), null, [out, other]);
    });
    const h = await harness(demo);
    const ms = await h.submit(0, [], { target: b.id, type: "click", data: null }).done;
    expect(updatesOf(ms)).toEqual([[{ id: other.id, hasValue: true, value: "B" }]]);
    h.close();
  });

  it("spreads select data on the event, as gr.SelectData reads", async () => {
    let seen: gr.SelectData | null = null;
    let radio!: gr.Radio<string | null>;
    const demo = gr.Blocks(() => {
      radio = gr.Radio(["x", "y"]);
      radio.select((v, ctx) => {
        seen = ctx.event;
        return v;
      }, radio, radio);
    });
    const h = await harness(demo);
    await h.submit(0, ["y"], { target: radio.id, type: "select", data: { index: 1, value: "y", selected: true } }).done;
    expect(seen).toMatchObject({ target: radio, type: "select", index: 1, value: "y", selected: true });
    h.close();
  });

  it("gives an API call an event with a null target, never null itself", async () => {
    let target: unknown = "unset";
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit((v, ctx) => ((target = ctx.event.target), v), t, t);
    });
    const h = await harness(demo);
    await h.submit(0, ["x"]).done;
    expect(target).toBeNull();
    h.close();
  });
});

describe("handlers written as Python's *args", () => {
  it("receive the input values only; ctx is their `this`", async () => {
    let progressed = false;
    const demo = gr.Blocks(() => {
      const a = gr.Textbox();
      const b = gr.Textbox();
      const out = gr.Textbox();
      const join = (...args: unknown[]) => args.join(" ");
      gr.Button().click(join, [a, b], out);
      gr.Button().click(
        function (this: gr.Context, ...args: unknown[]) {
          this.progress(0.5);
          progressed = true;
          return String(args.length);
        },
        [a, b],
        out,
      );
    });
    const h = await harness(demo);
    expect(outputsOf(await h.submit(0, ["hello", "world"]).done)).toEqual([["hello world"]]);
    expect(outputsOf(await h.submit(1, ["p", "q"]).done)).toEqual([["2"]]);
    expect(progressed).toBe(true);
    h.close();
  });
});

describe("gr.State", () => {
  it("changes when a handler changes its value in place and returns it", async () => {
    let items!: gr.State<string[]>;
    const demo = gr.Blocks(() => {
      items = gr.State<string[]>([]);
      const name = gr.Textbox();
      name.submit(
        (n, list) => {
          list.push(n);
          return list;
        },
        [name, items],
        items,
      );
    });
    const h = await harness(demo);
    const first = await h.submit(0, ["a", null]).done;
    expect(updatesOf(first)).toEqual([[{ id: items.id, hasValue: false, changed: true }]]);
    const second = await h.submit(0, ["b", null]).done;
    expect(updatesOf(second)).toEqual([[{ id: items.id, hasValue: false, changed: true }]]);
    h.close();
  });
});

describe("js: true", () => {
  it("sends the handler itself to the page, marked to run there", () => {
    let row!: gr.Row;
    const demo = gr.Blocks(() => {
      gr.Row((r) => {
        row = r;
        gr.Button("Hide this row").click(() => gr.Row({ visible: false }), null, row, { js: true });
      });
    });
    const [dep] = buildConfig(demo).config.dependencies;
    expect(dep.clientSide).toBe(true);
    // (Vitest rewrites `gr.` to its own import name; app code in <gradio-lite> keeps it.)
    expect(dep.js).toMatch(/\.Row\(\{ visible: false \}\)/);
  });

  it("needs a handler", () => {
    const demo = gr.Blocks(() => void gr.Button().click(null, null, null, { js: true }));
    expect(() => buildConfig(demo)).toThrow(/js: true runs the listener's fn on the page, but fn is null/);
  });
});

describe("errors stay readable", () => {
  it("reports a wrong value for a returned Map key", async () => {
    const demo = gr.Blocks(() => {
      const a = gr.Textbox();
      const b = gr.Textbox();
      // Both are Textboxes, so only the runtime can tell b is not an output.
      a.submit(() => new Map([[b, "x"]]), a, a);
    });
    const h = await harness(demo);
    expect(errorOf(await h.submit(0, ["x"]).done)).toMatchObject({ error: { code: "bad-output" } });
    h.close();
  });
});
