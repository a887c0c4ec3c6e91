// Values a component cannot show say what is wrong and where (issue #13
// item 20): gr.JSON's conversion and gr.Label's value form.
import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { MAX_DEPTH, toJsonValue } from "../../src/json-value.ts";

describe("gr.JSON's value", () => {
  it("shows Maps, Sets, Dates, typed arrays and bigints as JSON carries them", () => {
    const value = { m: new Map<unknown, unknown>([["a", 1], [2, [new Date(Date.UTC(2024, 0, 2))]]]), s: new Set(["x"]), t: new Uint8Array([1, 2]), big: 2n ** 70n, small: 5n, gone: undefined, list: [undefined, 1] };
    expect(toJsonValue(value)).toEqual({ m: { a: 1, "2": ["2024-01-02T00:00:00.000Z"] }, s: ["x"], t: [1, 2], big: "1180591620717411303424", small: 5, list: [null, 1] });
    expect(toJsonValue(undefined)).toBeNull();
    expect(toJsonValue(new Date(NaN))).toBeNull();
  });

  it("names where a value refers back to itself; a value seen twice is fine", () => {
    const shared = { n: 1 };
    expect(toJsonValue({ a: shared, b: shared })).toEqual({ a: { n: 1 }, b: { n: 1 } });
    const loop: Record<string, unknown> = { items: [{ name: "x" }] };
    (loop.items as Record<string, unknown>[])[0]!.parent = loop;
    expect(() => toJsonValue(loop)).toThrow("JSON: the value refers back to itself at value.items[0].parent, which JSON cannot show");
    const m = new Map<string, unknown>();
    m.set("me", m);
    expect(() => toJsonValue(m)).toThrow("at value.me");
  });

  it("names a function, and a value nested deeper than json.dumps goes", () => {
    expect(() => toJsonValue({ "odd key": { f: () => 1 } })).toThrow('JSON: value["odd key"].f is a function, which JSON cannot show');
    let deep: unknown = 1;
    for (let i = 0; i < 400; i++) deep = [deep];
    expect(toJsonValue(deep)).toEqual(deep);
    for (let i = 0; i < MAX_DEPTH; i++) deep = [deep];
    expect(() => toJsonValue(deep)).toThrow(`nested more than ${MAX_DEPTH} levels deep`);
  });
});

describe("gr.Label's value", () => {
  const label = (v: unknown) => gr.Label().postprocess(v);

  it("takes Gradio's forms", () => {
    expect(label("cat")).toEqual({ label: "cat" });
    expect(label({ cat: 0.2, dog: 0.8 })).toEqual({ label: "dog", confidences: [{ label: "dog", confidence: 0.8 }, { label: "cat", confidence: 0.2 }] });
    expect(label({ label: "cat", confidences: [{ label: "cat", confidence: 0.9 }] })).toEqual({ label: "cat", confidences: [{ label: "cat", confidence: 0.9 }] });
    expect(label({ label: "cat" })).toEqual({ label: "cat" });
    // A dict of numbers is confidences, even with a class called "label" (Gradio's rule).
    expect(label({ label: 0.7 })).toEqual({ label: "label", confidences: [{ label: "label", confidence: 0.7 }] });
  });

  it("names the field of a wrong value form", () => {
    expect(() => label({ label: { name: "cat" } })).toThrow('Label: "label" must be a class name (text), got');
    expect(() => label({ label: "cat", confidences: "high" })).toThrow('Label: "confidences" must be a list of { label, confidence }, got the string "high"');
    expect(() => label({ label: "cat", confidences: [{ label: "cat", confidence: 0.9 }, { label: "dog", confidence: "high" }] })).toThrow('Label: confidences[1].confidence must be a number, got the string "high"');
    expect(() => label({ confidences: [{ confidence: 0.5 }] })).toThrow("Label: confidences[0].label must be a class name (text), got undefined");
    expect(() => label({ confidences: [null] })).toThrow("Label: confidences[0] must be { label, confidence }, got null");
  });
});
