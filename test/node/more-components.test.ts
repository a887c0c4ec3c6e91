// Values both ways for issue #12 item 4's components (Gradio's preprocess and
// postprocess), the options checked when an app is built, and the pure
// helpers of their views (colour conversions, category colours).
import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { toHexColor } from "../../components/color-picker/color-picker.ts";
import { toHighlighted } from "../../components/highlighted-text/highlighted-text.ts";
import { formatColor, hexToHsv, hsvToHex, parseColor } from "../../components/color-picker/view/hsv.ts";
import { scoreColor } from "../../components/highlighted-text/view/colors.ts";
import { labelRange, relabel } from "../../components/highlighted-text/view/edit.ts";
import { apiFor } from "../../worker/lazy-api.ts";

const inBlocks = <T>(make: () => T): T => {
  let made: T;
  gr.Blocks(() => {
    made = make();
  });
  return made!;
};

describe("ColorPicker values", () => {
  it("are #rrggbb: short, alpha and rgb() forms are read; anything else is named", () => {
    expect(toHexColor("#FF8800")).toBe("#ff8800");
    expect(toHexColor("#f80")).toBe("#ff8800");
    expect(toHexColor("#ff880080")).toBe("#ff8800");
    expect(toHexColor("rgb(255, 136, 0)")).toBe("#ff8800");
    expect(toHexColor(null)).toBeNull();
    expect(() => toHexColor("orange")).toThrow(/ColorPicker expects a hex colour such as "#ff8800".*got the string "orange"/);
    expect(() => toHexColor("rgb(300, 0, 0)")).toThrow(/hex colour/);
    expect(() => toHexColor(0xff8800)).toThrow(/got number 16746496/);
  });

  it("round-trip through the picker's HSV", () => {
    for (const hex of ["#000000", "#ffffff", "#ff8800", "#2563eb", "#808080"]) expect(hsvToHex(hexToHsv(hex))).toBe(hex);
    expect(hexToHsv("#ff0000")).toEqual({ h: 0, s: 1, v: 1 });
  });

  it("show as Gradio's Hex, RGB and HSL text, and read any of the three back", () => {
    expect(formatColor("#2563eb", "rgb")).toBe("rgb(37, 99, 235)");
    expect(formatColor("#2563eb", "hsl")).toBe("hsl(221, 83%, 53%)");
    expect(formatColor("#2563eb", "hex")).toBe("#2563eb");
    expect(parseColor(" #ABC ")).toBe("#aabbcc");
    expect(parseColor("rgb(37, 99, 235)")).toBe("#2563eb");
    expect(parseColor("hsl(120, 100%, 25%)")).toBe("#008000");
    for (const bad of ["#12", "blue", "rgb(256, 0, 0)", "hsl(10, 120%, 5%)"]) expect(parseColor(bad), bad).toBeNull();
  });
});

describe("HighlightedText values", () => {
  const props = { combineAdjacent: false, adjacentSeparator: "", showWhitespaces: true };

  it("takes pairs, Gradio's token list, or the dict form with entity or entity_group", () => {
    expect(toHighlighted([["a", null], ["b", "x"], ["c", 0.5]], props)).toEqual([["a", null], ["b", "x"], ["c", 0.5]]);
    expect(toHighlighted([{ token: "a", class_or_confidence: "x" }], props)).toEqual([["a", "x"]]);
    const dict = { text: "Ada was born in London.", entities: [{ entity_group: "LOC", start: 16, end: 22 }, { entity: "PER", start: 0, end: 3 }] };
    expect(toHighlighted(dict, props)).toEqual([["", null], ["Ada", "PER"], [" was born in ", null], ["London", "LOC"], [".", null]]);
    expect(toHighlighted({ text: "plain", entities: [] }, props)).toEqual([["plain", null]]);
  });

  it("combines adjacent spans of one label with the separator, skipping empty ones, as Gradio", () => {
    const value = [["The", "det"], ["quick", "adj"], ["brown", "adj"], ["", null], ["fox", "noun"]];
    expect(toHighlighted(value, { ...props, combineAdjacent: true, adjacentSeparator: " " })).toEqual([["The", "det"], ["quick brown", "adj"], ["fox", "noun"]]);
    expect(toHighlighted([[" a ", null]], { ...props, showWhitespaces: false })).toEqual([["a", null]]);
  });

  it("names a wrong value: not a list, a bad pair, a bad label, an entity out of range", () => {
    expect(() => toHighlighted(42, props)).toThrow(/expects a list of \[text, label\] pairs or \{ text, entities \}, got number 42/);
    expect(() => toHighlighted([["a", "b", "c"]], props)).toThrow(/item 0 must be a \[text, label\] pair/);
    expect(() => toHighlighted([["a", { x: 1 }]], props)).toThrow(/the label of pair 0 must be a category \(text\), a score \(number\) or null/);
    expect(() => toHighlighted({ text: "abc", entities: [{ entity: "X", start: 1, end: 9 }] }, props)).toThrow(/entities\[0\] must be \{ entity, start, end \} with 0 ≤ start ≤ end ≤ the text's length/);
    expect(() => toHighlighted({ text: 3 }, props)).toThrow(/expects a dict with keys "text"/);
  });

  it("are edited as Gradio's interactive mode does: a selection labelled, a label renamed or removed (neighbours merge)", () => {
    const pairs: Array<[string, string | null]> = [["Ada", "PER"], [" was born in ", null], ["London", "LOC"]];
    expect(labelRange(pairs, 1, 5, 9, "label")).toEqual({ pairs: [["Ada", "PER"], [" was ", null], ["born", "label"], [" in ", null], ["London", "LOC"]], index: 2 });
    expect(labelRange(pairs, 1, 0, 13, "X").pairs).toEqual([["Ada", "PER"], [" was born in ", "X"], ["London", "LOC"]]);
    const labelled = labelRange(pairs, 1, 5, 9, "label").pairs;
    expect(relabel(labelled, 2, "EVENT")[2]).toEqual(["born", "EVENT"]);
    expect(relabel(labelled, 2, null)).toEqual(pairs);
    expect(relabel(pairs, 2, "")).toEqual([["Ada", "PER"], [" was born in London", null]]);
  });

  it("colours a score as Gradio: red above zero, blue-purple below", () => {
    expect(scoreColor(0.5)).toBe("rgba(239, 68, 60, 0.5)");
    expect(scoreColor(-0.25)).toBe("rgba(128, 90, 213, 0.25)");
  });
});

describe("options checked when the app is built", () => {
  it("colorMap must map categories to colours; sliderPosition must be 0–100", () => {
    expect(() => inBlocks(() => gr.HighlightedText({ colorMap: "red" as never }))).toThrow(/gr\.HighlightedText: colorMap must map each category to a colour/);
    expect(() => inBlocks(() => gr.ImageSlider({ sliderPosition: 150 }))).toThrow(/gr\.ImageSlider: sliderPosition must be a number from 0 to 100, got number 150/);
    expect(inBlocks(() => gr.HighlightedText({ colorMap: { noun: "blue" } })).props.colorMap).toEqual({ noun: "blue" });
  });

  it("Gradio's defaults", () => {
    const [color, ht, slider, down, up, clear, params] = inBlocks(() => [
      gr.ColorPicker(),
      gr.HighlightedText(),
      gr.ImageSlider(),
      gr.DownloadButton(),
      gr.UploadButton(),
      gr.ClearButton(),
      gr.ParamViewer(),
    ]);
    expect(color.props).toMatchObject({ value: null, minWidth: 160 });
    expect(ht.props).toMatchObject({ showLegend: false, showInlineCategory: true, combineAdjacent: false, adjacentSeparator: "" });
    expect(slider.props).toMatchObject({ sliderPosition: 50, maxHeight: 500, type: "filedata" });
    expect(down.props).toMatchObject({ label: "Download", variant: "secondary", size: "lg", interactive: true });
    expect(up.props).toMatchObject({ label: "Upload a File", fileCount: "single", interactive: true });
    expect(clear.props).toMatchObject({ value: "Clear", variant: "secondary" });
    expect(params.props).toMatchObject({ header: "Parameters", language: "python", anchorLinks: false, value: {} });
  });

  it("a ParamViewer's value is { name: { type, description, default } }; ImageSlider's a pair", () => {
    const p = inBlocks(() => gr.ParamViewer({ value: { x: { type: "int", description: "the *x*" } } }));
    expect(p.props.value).toEqual({ x: { type: "int", description: "the *x*", default: null } });
    expect(() => inBlocks(() => gr.ParamViewer({ value: { x: { type: 3 } } as never }))).toThrow(/ParamViewer: "x"\.type must be text, got number 3/);
    expect(() => p.postprocess(["a"])).toThrow(/ParamViewer expects \{ name: \{ type, description, default \} \}, got an array/);
    const s = inBlocks(() => gr.ImageSlider());
    expect(() => s.postprocess(["one"])).toThrow(/ImageSlider expects a pair of images \[before, after\], got an array/);
  });

  it("a ClearButton's components are not props the page gets; add() registers another click", () => {
    const [clear, box] = inBlocks(() => {
      const box = gr.Textbox("x");
      const clear = gr.ClearButton({ components: [box] });
      return [clear, box] as const;
    });
    expect(clear.props).not.toHaveProperty("components");
    expect(clear.given).not.toHaveProperty("components");
    expect(box.props.value).toBe("x");
    expect(() => inBlocks(() => gr.ClearButton({ components: ["nope" as never] }))).toThrow(/gr\.ClearButton: components must be components, got nope/);
  });
});

describe("a lazily loaded group", () => {
  it("loads for an app that names one of its components, and only then", async () => {
    const names = ["ColorPicker", "HighlightedText", "ImageSlider", "SimpleImage", "DownloadButton", "UploadButton", "ClearButton", "ParamViewer"];
    for (const name of names) {
      const api = await apiFor(`gr.Blocks(() => { gr.${name}(); }).launch();`);
      expect(names.every((n) => n in api), name).toBe(true);
    }
    const hello = await apiFor('gr.Interface((n) => "Hi " + n, "text", "text").launch();');
    expect(names.some((n) => n in hello)).toBe(false);
  });
});
