// The contract every form component keeps: DOM id and classes, a labelled
// native control, visibility, interactivity, and a pending state.
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { cleanup, mountApp, textbox, typeInto, waitFor } from "./helpers.ts";

afterEach(cleanup);

const FORM = [
  // A <textarea> for any lines, as in Gradio 5; an <input> only for password and email.
  ["Textbox", `gr.Textbox("hi", OPTS)`, "textarea[rows='1']"],
  ["Textbox (lines)", `gr.Textbox("hi", { lines: 3, ...OPTS })`, "textarea[rows='3']"],
  ["Textbox (password)", `gr.Textbox("hi", { type: "password", ...OPTS })`, "input[type=password]"],
  ["Textbox (email)", `gr.Textbox("a@b.c", { type: "email", ...OPTS })`, "input[type=email]"],
  ["Number", `gr.Number(3, OPTS)`, "input[type=number]"],
  ["Slider", `gr.Slider({ value: 5, minimum: 0, maximum: 10, ...OPTS })`, "input[type=range]"],
  ["Checkbox", `gr.Checkbox(true, OPTS)`, "input[type=checkbox]"],
  ["CheckboxGroup", `gr.CheckboxGroup(["a", "b"], { value: ["a"], ...OPTS })`, "input[type=checkbox]"],
  ["Radio", `gr.Radio(["a", "b"], { value: "b", ...OPTS })`, "input[type=radio]"],
  // Gradio 5's searchable combobox: a text field with the combobox role.
  ["Dropdown", `gr.Dropdown(["DFW", "DAL"], { value: "DAL", ...OPTS })`, "input[role=combobox]"],
  // Gradio's swatch button, which opens the picker.
  ["ColorPicker", `gr.ColorPicker("#ff8800", OPTS)`, "button.gr-colorpicker-swatch"],
] as const;

function app(make: string, opts: string): string {
  return `gr.Blocks(() => { ${make.replace("OPTS", opts)}; }).launch();`;
}

describe.each(FORM)("%s", (_name, make, control) => {
  it("has its elemId, elemClasses and an accessible native control", async () => {
    const m = mountApp(app(make, `{ label: "Pick", elemId: "c", elemClasses: ["mine", "more"] }`));
    await m.rendered;
    const root = document.getElementById("c")!;
    expect(root.classList.contains("mine") && root.classList.contains("more")).toBe(true);
    const el = root.querySelector<HTMLElement>(control)!;
    expect(el).not.toBeNull();
    const named = el.getAttribute("aria-label") || (el as HTMLInputElement).labels?.[0]?.textContent || root.querySelector("fieldset")?.getAttribute("aria-labelledby");
    expect(named, "control has an accessible name").toBeTruthy();
    expect(root.textContent).toContain("Pick");
  });

  it("is not rendered when visible is false", async () => {
    const m = mountApp(app(make, `{ label: "Pick", elemId: "c", visible: false }`) + `gr.Blocks(() => {}).launch();`);
    await m.rendered;
    expect(document.getElementById("c")).toBeNull();
  });

  it("is disabled when interactive is false", async () => {
    const m = mountApp(app(make, `{ label: "Pick", elemId: "c", interactive: false }`));
    await m.rendered;
    expect(document.querySelector<HTMLInputElement>(`#c ${control}`)!.disabled).toBe(true);
  });
});

describe("values from the page reach the handler", () => {
  it("passes each component's value in its own type", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const t = gr.Textbox("a", { elemId: "t" });
      const n = gr.Number(2, { elemId: "n" });
      const s = gr.Slider({ value: 3, elemId: "s" });
      const c = gr.Checkbox(true, { elemId: "c" });
      const g = gr.CheckboxGroup(["x", "y"], { value: ["y"], elemId: "g" });
      const r = gr.Radio(["p", "q"], { value: "q", elemId: "r" });
      const d = gr.Dropdown(["DFW", "DAL"], { value: "DFW", multiselect: true, elemId: "d" });
      const out = gr.JSON({ elemId: "out" });
      gr.Button("Go", { elemId: "go" }).click((...v) => v.slice(0, 7), [t, n, s, c, g, r, d], out);
    }).launch();`);
    await m.rendered;
    typeInto(textbox("t")!, "typed");
    typeInto(document.querySelector<HTMLInputElement>("#n input")!, "7.5");
    const range = document.querySelector<HTMLInputElement>("#s input[type=range]")!;
    typeInto(range, "9");
    document.querySelector<HTMLInputElement>("#c input")!.click();
    document.querySelectorAll<HTMLInputElement>("#g input")[0].click();
    document.querySelectorAll<HTMLInputElement>("#r input")[0].click();
    // The multiselect Dropdown: open its list and pick the one choice not yet chosen.
    await userEvent.click(document.querySelector<HTMLInputElement>("#d input")!);
    await userEvent.click(await waitFor(() => document.querySelector<HTMLElement>('[role=option][aria-selected="false"]')));
    document.querySelector<HTMLButtonElement>("button#go")!.click();
    const pre = await waitFor(() => document.querySelector("#out pre")?.textContent?.includes("typed") && document.querySelector("#out pre"));
    expect(JSON.parse(pre.textContent!)).toEqual(["typed", 7.5, 9, false, ["x", "y"], "p", ["DFW", "DAL"]]);
  });
});

describe("outputs while a handler runs", () => {
  it("show a pending state, then the value", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const o = gr.Textbox({ elemId: "o" });
      gr.Button("Go", { elemId: "go" }).click(async () => { await new Promise((r) => setTimeout(r, 400)); return "ready"; }, null, o);
    }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("button#go")!.click();
    await waitFor(() => document.getElementById("o")!.getAttribute("aria-busy") === "true");
    expect(document.querySelector("#o [role=status]")!.textContent).toMatch(/processing|queue/);
    await waitFor(() => textbox("o")!.value === "ready");
    expect(document.getElementById("o")!.hasAttribute("aria-busy")).toBe(false);
  });

  it("wait their turn: a second click runs after the first (concurrency 1)", async () => {
    const m = mountApp(`let running = 0, peak = 0;
    gr.Blocks(() => {
      const o = gr.Number({ elemId: "o" });
      gr.Button("Go", { elemId: "go" }).click(async () => {
        running++; peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 100));
        running--; return peak;
      }, null, o, { triggerMode: "multiple" });
    }).launch();`);
    await m.rendered;
    const go = document.querySelector<HTMLButtonElement>("button#go")!;
    go.click();
    go.click();
    go.click();
    await waitFor(() => document.querySelector("#o [role=status]")?.textContent?.includes("queue"));
    await waitFor(() => !document.getElementById("o")!.hasAttribute("aria-busy") && document.querySelector<HTMLInputElement>("#o input")!.value === "1", 5000);
  });
});

describe("Button", () => {
  it("carries elemId and elemClasses on the <button> itself, as Gradio; other blocks on their root", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const o = gr.Textbox({ elemId: "o", elemClasses: ["out"] });
      gr.Markdown("hi", { elemId: "md", elemClasses: ["note"] });
      gr.Button("Go", { elemId: "go", elemClasses: ["big", "loud"], scale: 0 }).click(() => "clicked", null, o);
    }).launch();`);
    await m.rendered;
    const go = document.getElementById("go")!;
    expect(go.tagName).toBe("BUTTON");
    expect([...go.classList]).toEqual(expect.arrayContaining(["gr-button", "big", "loud"]));
    expect(document.querySelectorAll(".big")).toHaveLength(1);
    // Its frame still lays it out (scale 0: its natural width).
    expect((go.parentElement as HTMLElement).style.flex).toBe("0 0 auto");
    for (const id of ["o", "md"]) expect(document.getElementById(id)!.classList.contains("gr-block")).toBe(true);
    expect(document.getElementById("o")!.classList.contains("out")).toBe(true);
    expect(document.getElementById("md")!.classList.contains("note")).toBe(true);
    // What a page script does in Gradio.
    go.click();
    await waitFor(() => textbox("o")!.value === "clicked");
  });
});

describe("Label and JSON", () => {
  it("renders confidences sorted, and JSON as a tree", async () => {
    const m = mountApp(`gr.Blocks(() => {
      gr.Label({ cat: 0.2, dog: 0.7, fox: 0.1 }, { elemId: "l", label: "Animal" });
      gr.JSON({ value: { a: [1, "two", null] }, elemId: "j" });
    }).launch();`);
    await m.rendered;
    expect(document.querySelector("#l output")!.textContent).toBe("dog");
    expect([...document.querySelectorAll("#l .gr-confidence-name")].map((e) => e.textContent)).toEqual(["dog", "cat", "fox"]);
    expect(JSON.parse(document.querySelector("#j pre")!.textContent!)).toEqual({ a: [1, "two", null] });
  });

  it("values JSON cannot show say so, and the component keeps working (issue #13 item 20)", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const out = gr.JSON({ elemId: "j" });
      const deep = () => { let v = { leaf: true }; for (let i = 0; i < 400; i++) v = { down: v }; return v; };
      gr.Button("Deep", { elemId: "deep" }).click(deep, null, out);
      gr.Button("Cyclic", { elemId: "cyclic" }).click(() => { const a = { name: "a" }; a.self = a; return a; }, null, out);
      gr.Button("Map and Date", { elemId: "map" }).click(() => ({ m: new Map([["k", 1], [2, "two"]]), s: new Set([1, 2]), when: new Date(Date.UTC(2024, 0, 2)) }), null, out);
    }).launch();`);
    await m.rendered;
    const pre = () => document.querySelector("#j pre")!;
    document.querySelector<HTMLButtonElement>("#deep")!.click();
    // 400 levels: shown (Gradio's json.dumps shows them too), as a flat list of lines.
    await waitFor(() => pre().textContent!.includes('"leaf": true'));
    let depth = 0;
    for (let v = JSON.parse(pre().textContent!); v.down; v = v.down) depth++;
    expect(depth).toBe(400);
    document.querySelector<HTMLButtonElement>("#cyclic")!.click();
    // The error toast names where.
    await waitFor(() => document.body.textContent!.includes("JSON: the value refers back to itself at value.self"));
    // The component kept its value, and takes the next one.
    expect(pre().textContent).toContain('"leaf": true');
    document.querySelector<HTMLButtonElement>("#map")!.click();
    await waitFor(() => pre().textContent!.includes("2024"));
    expect(JSON.parse(pre().textContent!)).toEqual({ m: { k: 1, "2": "two" }, s: [1, 2], when: "2024-01-02T00:00:00.000Z" });
  });
});

describe("LinePlot, ScatterPlot and BarPlot", () => {
  it("draw a canvas in a block with their elemId, elemClasses and label; hidden when not visible", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const rows = [{ x: 1, y: 2, c: "a" }, { x: 2, y: 3, c: "b" }];
      gr.LinePlot(rows, { x: "x", y: "y", elemId: "lp", elemClasses: ["mine"], label: "Line" });
      gr.ScatterPlot(rows, { x: "x", y: "y", color: "c", elemId: "sp" });
      gr.BarPlot(rows, { x: "c", y: "y", elemId: "bp" });
      gr.BarPlot(rows, { x: "c", y: "y", elemId: "hidden", visible: false });
    }).launch();`);
    await m.rendered;
    await waitFor(() => ["lp", "sp", "bp"].every((id) => document.querySelector(`#${id} canvas`)));
    const lp = document.getElementById("lp")!;
    expect(lp.classList.contains("mine") && lp.classList.contains("gr-block")).toBe(true);
    expect(lp.textContent).toContain("Line");
    expect([...document.querySelectorAll("#sp .gr-plot-legend li")].map((e) => e.textContent)).toEqual(["a", "b"]);
    expect(document.getElementById("hidden")).toBeNull();
  });
});

describe("images from other sites in Markdown (launch's remoteImages)", () => {
  const app = (launch: string) => `gr.Blocks(() => {
      gr.Markdown("![a cat](https://images.example.test/cat.png) and ![ours](/favicon.ico)", { elemId: "md" });
      gr.HTML('<img src="https://images.example.test/dog.png" alt="a dog"><span style="background: url(https://images.example.test/bg.png); color: red">x</span>', { elemId: "html" });
    }).launch(${launch});`;

  it("load by default, as in Gradio", async () => {
    const m = mountApp(app(""));
    await m.rendered;
    const cat = await waitFor(() => document.querySelector<HTMLImageElement>("#md img[alt='a cat']"));
    expect(cat.getAttribute("src")).toBe("https://images.example.test/cat.png");
    expect(document.querySelector("#html img")!.getAttribute("src")).toBe("https://images.example.test/dog.png");
  });

  it("with remoteImages: false, have no src (so they are never requested) and show their alt text; the page's own images still load", async () => {
    const m = mountApp(app("{ remoteImages: false }"));
    await m.rendered;
    const cat = await waitFor(() => document.querySelector<HTMLImageElement>("#md img[alt='a cat']"));
    expect(cat.hasAttribute("src")).toBe(false);
    expect(cat.dataset.remoteSrc).toBe("https://images.example.test/cat.png");
    expect(document.querySelector("#md img[alt='ours']")!.getAttribute("src")).toBe("/favicon.ico");
    const dog = document.querySelector<HTMLImageElement>("#html img")!;
    expect(dog.hasAttribute("src")).toBe(false);
    expect(document.querySelector<HTMLElement>("#html span")!.style.color).toBe("red");
    expect(document.querySelector<HTMLElement>("#html span")!.getAttribute("style")).not.toContain("url(");
  });
});

describe("Code", () => {
  it("is a labelled CodeMirror editor with its elemId; typing sends input and change; focus and blur fire; a read-only one cannot be typed in", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const code = gr.Code("x = 1", { language: "python", label: "Source", elemId: "c", elemClasses: ["mine"] });
      const shown = gr.Code("print('hi')", { language: "python", interactive: false, elemId: "ro", lines: 2 });
      const log = gr.JSON({ elemId: "log" });
      const seen = [];
      code.input((v) => (seen.push(["input", v]), [...seen]), code, log);
      code.focus(() => (seen.push(["focus"]), [...seen]), null, log);
      code.blur(() => (seen.push(["blur"]), [...seen]), null, log);
    }).launch();`);
    await m.rendered;
    const root = document.getElementById("c")!;
    expect(root.classList.contains("mine") && root.classList.contains("gr-code")).toBe(true);
    const content = await waitFor(() => root.querySelector<HTMLElement>(".cm-content"), 15_000);
    const labelId = content.getAttribute("aria-labelledby")!;
    expect(document.getElementById(labelId)!.textContent).toBe("Source");
    expect(content.getAttribute("contenteditable")).toBe("true");
    // Highlighted once python's package has loaded.
    await waitFor(() => root.querySelector(".cm-line span"), 15_000);
    await userEvent.click(content);
    await userEvent.keyboard("{End}2");
    await waitFor(() => document.querySelector("#log pre")?.textContent?.includes("x = 12"));
    (document.activeElement as HTMLElement).blur();
    const log = await waitFor(() => document.querySelector("#log pre")?.textContent?.includes("blur") && document.querySelector("#log pre")!.textContent!);
    expect(JSON.parse(log)).toEqual([["focus"], ["input", "x = 12"], ["blur"]]);

    const ro = document.querySelector<HTMLElement>("#ro .cm-content")!;
    expect(ro.getAttribute("contenteditable")).toBe("false");
    expect(ro.getAttribute("aria-readonly")).toBe("true");
    expect(ro.tabIndex).toBe(0);
    await userEvent.click(ro);
    await userEvent.keyboard("zzz");
    expect(ro.textContent).toBe("print('hi')");
  }, 40_000);

  it("options change in place: wrapLines, showLineNumbers, autocomplete's suggestions", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const code = gr.Code("x = 1", { language: "python", autocomplete: true, showLineNumbers: false, interactive: true, elemId: "c" });
      gr.Button("Wrap", { elemId: "wrap" }).click(() => gr.update({ wrapLines: true, showLineNumbers: true, autocomplete: false }), null, code);
    }).launch();`);
    await m.rendered;
    const content = await waitFor(() => document.querySelector<HTMLElement>("#c .cm-content"), 15_000);
    expect(document.querySelector("#c .cm-lineNumbers")).toBeNull();
    // Python's package (its highlighting, its completions) has loaded.
    await waitFor(() => document.querySelector("#c .cm-line span"), 15_000);
    await userEvent.click(content);
    await userEvent.keyboard("{End}{Enter}pri");
    const option = await waitFor(() => [...document.querySelectorAll("#c .cm-tooltip-autocomplete li")].find((li) => li.textContent?.startsWith("print")), 15_000);
    expect(option).toBeTruthy();
    await userEvent.keyboard("{Escape}");
    document.querySelector<HTMLButtonElement>("#wrap")!.click();
    await waitFor(() => document.querySelector("#c .cm-lineNumbers"));
    expect(document.querySelector("#c .cm-content")!.classList.contains("cm-lineWrapping")).toBe(true);
    await userEvent.click(content);
    await userEvent.keyboard("n");
    await new Promise((r) => setTimeout(r, 300));
    expect(document.querySelector("#c .cm-tooltip-autocomplete")).toBeNull();
  }, 40_000);

  it("is at least `lines` tall and scrolls past `maxLines`", async () => {
    const m = mountApp(`gr.Blocks(() => {
      gr.Code("one", { lines: 4, elemId: "short", interactive: true });
      gr.Code(Array.from({ length: 40 }, (_, i) => "line " + i).join("\\n"), { lines: 2, maxLines: 6, elemId: "long", interactive: true });
    }).launch();`);
    await m.rendered;
    const short = await waitFor(() => document.querySelector<HTMLElement>("#short .cm-scroller"), 15_000);
    const long = await waitFor(() => document.querySelector<HTMLElement>("#long .cm-scroller"));
    const lineHeight = document.querySelector<HTMLElement>("#long .cm-line")!.getBoundingClientRect().height;
    expect(short.clientHeight).toBeGreaterThanOrEqual(4 * lineHeight);
    expect(short.clientHeight).toBeLessThan(6 * lineHeight);
    expect(long.clientHeight).toBeGreaterThanOrEqual(6 * lineHeight);
    expect(long.clientHeight).toBeLessThan(8 * lineHeight);
    expect(long.scrollHeight).toBeGreaterThan(30 * lineHeight);
  }, 40_000);

  it("a bad value from a handler or an unknown language says why, and the app keeps working", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const code = gr.Code("a", { elemId: "c" });
      gr.Button("Tuple", { elemId: "tuple" }).click(() => ["app.py"], null, code);
      gr.Button("Lang", { elemId: "lang" }).click(() => gr.update({ language: "cobol" }), null, code);
      gr.Button("Good", { elemId: "good" }).click(() => "  b = 2\\n", null, code);
    }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("#tuple")!.click();
    await waitFor(() => document.body.textContent?.includes("file path tuple"));
    document.querySelector<HTMLButtonElement>("#lang")!.click();
    await waitFor(() => document.body.textContent?.includes('language "cobol" is not supported'));
    document.querySelector<HTMLButtonElement>("#good")!.click();
    // Stripped, as Gradio's postprocess.
    await waitFor(() => document.querySelector("#c .cm-content")?.textContent === "b = 2");
  }, 40_000);
});

describe("HighlightedText, ImageSlider, SimpleImage, the file buttons, ParamViewer (issue #12 item 4)", () => {
  it("carry elemId, elemClasses and label (a button's on the <button>, as Button's); hidden when not visible", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const o = { elemClasses: ["mine"], label: "Thing" };
      gr.HighlightedText([["a", "x"]], { ...o, elemId: "ht" });
      gr.ImageSlider({ ...o, elemId: "is" });
      gr.SimpleImage({ ...o, elemId: "si" });
      gr.ParamViewer({ value: { x: { type: "int" } }, ...o, elemId: "pv" });
      gr.DownloadButton({ ...o, elemId: "db" });
      gr.UploadButton({ ...o, elemId: "ub" });
      gr.ClearButton({ elemClasses: ["mine"], elemId: "cb" });
      gr.ParamViewer({ elemId: "hidden", visible: false });
    }).launch();`);
    await m.rendered;
    await waitFor(() => ["ht", "is", "si", "pv", "db", "ub", "cb"].every((id) => document.getElementById(id)));
    for (const id of ["ht", "is", "si", "pv"]) {
      const root = document.getElementById(id)!;
      expect(root.classList.contains("gr-block") && root.classList.contains("mine"), id).toBe(true);
      expect(root.textContent, id).toContain("Thing");
    }
    for (const id of ["db", "ub", "cb"]) {
      const button = document.getElementById(id)!;
      expect(button.tagName, id).toBe("BUTTON");
      expect(button.classList.contains("mine"), id).toBe(true);
    }
    // A file button's label is its text; enabled even as an output, as Gradio's interactive=True.
    expect(document.getElementById("db")!.textContent).toBe("Thing");
    expect((document.getElementById("db") as HTMLButtonElement).disabled).toBe(false);
    expect(document.getElementById("cb")!.textContent).toBe("Clear");
    expect(document.getElementById("hidden")).toBeNull();
  });

  it("pass their values to a handler in their own types, and show what it returns", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const c = gr.ColorPicker("#F80", { elemId: "c" });
      const h = gr.HighlightedText({ text: "Ada in Paris", entities: [{ entity: "LOC", start: 7, end: 12 }] }, { elemId: "h" });
      const p = gr.ParamViewer({ value: { n: { type: "int", description: "a **count**", default: "1" } }, elemId: "p" });
      const out = gr.JSON({ elemId: "out" });
      gr.Button("Go", { elemId: "go" }).click((...v) => v.slice(0, 3), [c, h, p], out);
      gr.Button("Set", { elemId: "set" }).click(() => ["rgb(0, 0, 255)", [["x", -0.5], ["y", null]]], null, [c, h]);
    }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("#go")!.click();
    const pre = await waitFor(() => document.querySelector("#out pre")?.textContent?.includes("ff8800") && document.querySelector("#out pre"));
    expect(JSON.parse(pre.textContent!)).toEqual([
      "#ff8800",
      [["Ada in ", null], ["Paris", "LOC"], ["", null]],
      { n: { type: "int", description: "a **count**", default: "1" } },
    ]);
    // The description is Markdown, rendered once its row opens.
    document.querySelector<HTMLElement>("#p summary")!.click();
    await waitFor(() => document.querySelector("#p .gr-param-desc strong")?.textContent === "count");
    document.querySelector<HTMLButtonElement>("#set")!.click();
    await waitFor(() => document.querySelector("#c button")!.getAttribute("aria-label")?.endsWith("#0000ff"));
    const score = await waitFor(() => document.querySelector<HTMLElement>("#h .gr-ht-score"));
    expect(score.style.background).toBe("rgba(128, 90, 213, 0.5)");
  });

  it("ImageSlider: a pair shows both under a divider at sliderPosition; one image alone shows as it is", async () => {
    const m = mountApp(`const png = () => new Blob([Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="), (c) => c.charCodeAt(0))], { type: "image/png" });
    gr.Blocks(() => {
      gr.ImageSlider([png(), png()], { elemId: "two", label: "Pair", sliderPosition: 30 });
      gr.ImageSlider([png(), null], { elemId: "one", label: "Alone", interactive: false });
      gr.ImageSlider([null, png()], { elemId: "half", label: "Half" });
    }).launch();`);
    await m.rendered;
    const divider = await waitFor(() => document.querySelector("#two [role=slider]"));
    expect(divider.getAttribute("aria-valuenow")).toBe("30");
    expect(document.querySelector<HTMLElement>("#two .gr-slider-top")!.style.clipPath).toBe("inset(0px 70% 0px 0px)");
    const alone = await waitFor(() => document.querySelector<HTMLImageElement>("#one img"));
    expect(alone.alt).toBe("Alone: first image");
    expect(document.querySelector("#one [role=slider]")).toBeNull();
    // Interactive with one image, it asks for the other.
    expect(document.querySelector("#half")!.textContent).toContain("Drop the other image here");
  });

  it("ClearButton empties its components (add() too), and a State goes back to its first value, as Gradio", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const t = gr.Textbox("typed", { elemId: "t" });
      const n = gr.Number(3, { elemId: "n" });
      const s = gr.State(10);
      const shown = gr.Number({ elemId: "shown" });
      gr.Button("Bump", { elemId: "bump" }).click((v) => [v + 1, v + 1], s, [s, shown]);
      gr.Button("Show", { elemId: "show" }).click((v) => v, s, shown);
      gr.ClearButton({ components: [t, s], elemId: "clear" }).add(n);
    }).launch();`);
    await m.rendered;
    document.querySelector<HTMLButtonElement>("#bump")!.click();
    await waitFor(() => document.querySelector<HTMLInputElement>("#shown input")!.value === "11");
    document.querySelector<HTMLButtonElement>("#clear")!.click();
    await waitFor(() => textbox("t")!.value === "" && document.querySelector<HTMLInputElement>("#n input")!.value === "");
    document.querySelector<HTMLButtonElement>("#show")!.click();
    await waitFor(() => document.querySelector<HTMLInputElement>("#shown input")!.value === "10");
  });

  it("a wrong value for each is named in a toast, and the component keeps its value", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const c = gr.ColorPicker("#112233", { elemId: "c" });
      const h = gr.HighlightedText([["kept", "x"]], { elemId: "h" });
      const p = gr.ParamViewer({ value: { kept: {} }, elemId: "p" });
      const i = gr.ImageSlider({ elemId: "i" });
      const d = gr.DownloadButton({ elemId: "d" });
      gr.Button("Bad", { elemId: "bad" }).click(() => "orange", null, c);
      gr.Button("Bad", { elemId: "bad2" }).click(() => ({ text: "abc", entities: [{ start: 2, end: 1 }] }), null, h);
      gr.Button("Bad", { elemId: "bad3" }).click(() => ({ kept: { description: 5 } }), null, p);
      gr.Button("Bad", { elemId: "bad4" }).click(() => "just one", null, i);
      gr.Button("Bad", { elemId: "bad5" }).click(() => 42, null, d);
    }).launch();`);
    await m.rendered;
    const expected = [
      /ColorPicker expects a hex colour/,
      /HighlightedText: entities\[0\] must be \{ entity, start, end \}/,
      /ParamViewer: "kept"\.description must be text, got number 5/,
      /ImageSlider expects a pair of images/,
      /expects a file \(Blob, File, Uint8Array, ImageData, FileData or URL\), got number 42/,
    ];
    for (const [i, id] of ["bad", "bad2", "bad3", "bad4", "bad5"].entries()) {
      document.querySelector<HTMLButtonElement>(`#${id}`)!.click();
      await waitFor(() => expected[i]!.test(m.el.querySelector(".gr-toasts")?.textContent ?? ""));
    }
    expect(document.querySelector("#c button")!.getAttribute("aria-label")).toMatch(/#112233$/);
    expect(document.querySelector("#h .gr-ht-span")!.textContent).toBe("kept");
    expect(document.querySelector("#p .gr-param-name")!.textContent).toBe("kept");
  });
});
