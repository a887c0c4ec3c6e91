import { describe, expect, it, vi } from "vitest";
import * as gr from "../../src/index.ts";
import { buildConfig } from "../../worker/config.ts";

describe("buildConfig", () => {
  it("lays out Blocks children in order and gives each listener its ids", () => {
    let a!: gr.Number, b!: gr.Number, sum!: gr.Number, btn!: gr.Button;
    const demo = gr.Blocks({ title: "Calculator" }, () => {
      gr.Markdown("# Add");
      gr.Row(() => {
        a = gr.Number({ label: "a", elemId: "a" });
        b = gr.Number({ label: "b" });
      });
      sum = gr.Number({ label: "sum" });
      btn = gr.Button("Add");
      btn.click((x: number, y: number) => x + y, [a, b], sum, { apiName: "add" });
    });
    const { config } = buildConfig(demo);
    expect(config.title).toBe("Calculator");
    const types = config.layout.children!.map((n) => config.components.find((c) => c.id === n.id)!.type);
    expect(types).toEqual(["markdown", "row", "number", "button"]);
    expect(config.layout.children![1].children!.map((n) => n.id)).toEqual([a.id, b.id]);
    const [dep] = config.dependencies;
    expect(dep).toMatchObject({
      targets: [[btn.id, "click"]],
      inputs: [a.id, b.id],
      outputs: [sum.id],
      apiName: "add",
      concurrencyLimit: 1,
      triggerMode: "once",
      queue: true,
    });
  });

  it("makes inputs interactive and output-only components static", () => {
    let i!: gr.Textbox, o!: gr.Textbox, free!: gr.Textbox;
    const demo = gr.Blocks(() => {
      i = gr.Textbox();
      o = gr.Textbox();
      free = gr.Textbox();
      i.change((x: string) => x, i, o);
    });
    const byId = new Map(buildConfig(demo).config.components.map((c) => [c.id, c]));
    expect(byId.get(i.id)!.interactive).toBe(true);
    expect(byId.get(o.id)!.interactive).toBe(false);
    expect(byId.get(free.id)!.interactive).toBe(true);
  });

  it("names endpoints after handlers, deduplicating as Gradio does", () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      function echo(x: string) {
        return x;
      }
      t.submit(echo, t, t);
      t.change(echo, t, t);
      t.input((x: string) => x, t, t, { apiName: false });
    });
    expect(buildConfig(demo).config.dependencies.map((d) => d.apiName)).toEqual(["echo", "echo_1", null]);
  });

  it("defaults change/input listeners to always_last and others to once", () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.change(() => 1, t, t);
      t.submit(() => 1, t, t);
    });
    expect(buildConfig(demo).config.dependencies.map((d) => d.triggerMode)).toEqual(["always_last", "once"]);
  });

  it("builds an Interface with /predict, labels from parameter names, and examples", () => {
    function greet(name: string) {
      return `Hello ${name}`;
    }
    const demo = gr.Interface({ fn: greet, inputs: "textbox", outputs: "textbox", examples: [["Ada"], ["Alan"]], title: "Greeter" });
    const { config } = buildConfig(demo);
    const predict = config.dependencies.find((d) => d.apiName === "predict")!;
    expect(predict.inputs).toHaveLength(1);
    const input = config.components.find((c) => c.id === predict.inputs[0])!;
    expect(input.props.label).toBe("name");
    const output = config.components.find((c) => c.id === predict.outputs[0])!;
    expect(output.props.label).toBe("output");
    const dataset = config.components.find((c) => c.type === "dataset")!;
    expect(dataset.props.samples).toEqual([["Ada"], ["Alan"]]);
  });

  it("accepts a Set of inputs and marks the listener as taking a Map", () => {
    const demo = gr.Blocks(() => {
      const a = gr.Number();
      const b = gr.Number();
      gr.Button().click((m: Map<unknown, number>) => m.size, new Set([a, b]), a);
    });
    expect(buildConfig(demo).config.dependencies[0].collectsMap).toBe(true);
  });

  it("drops uncloneable props and normalizes elemClasses", () => {
    const demo = gr.Blocks(() => {
      gr.HTML({ elemClasses: "big wide", custom: () => 1 });
    });
    const [c] = buildConfig(demo).config.components;
    expect(c.props.elemClasses).toEqual(["big", "wide"]);
    expect("custom" in c.props).toBe(false);
    expect(() => structuredClone(buildConfig(demo).config)).not.toThrow();
  });
});

describe("authoring API errors", () => {
  it("rejects a listener outside any Blocks on an unplaced component", () => {
    const t = gr.Textbox();
    expect(() => t.change((x: string) => x, t, t)).toThrow(/inside a gr.Blocks body/);
  });

  it("names the events a component has when one is missing", () => {
    gr.Blocks(() => {
      const b = gr.Button("Go");
      // @ts-expect-error -- a Button has no submit event: for JS authors the runtime says so
      expect(() => b.submit(() => 1)).toThrow(/button has no 'submit' event; its events are: click/);
    });
  });

  it("rejects unknown shortcuts and non-components as inputs", () => {
    // @ts-expect-error -- "nope" is no shortcut: the runtime names it
    expect(() => gr.Interface({ fn: (x: unknown) => x, inputs: "nope", outputs: "textbox" })).toThrow(/unknown component shortcut "nope"/);
    expect(() =>
      gr.Blocks(() => {
        const t = gr.Textbox();
        t.change((x: unknown) => x as string, ["t" as unknown as gr.Textbox], t);
      }),
    ).toThrow(/inputs\[0\] is not a component/);
  });

  it("rejects an async Blocks body", () => {
    expect(() => gr.Blocks((async () => {}) as unknown as () => void)).toThrow(/must be synchronous/);
  });
});

describe("chaining", () => {
  it("records .then / .success / .failure on the listener they are called on", () => {
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      t.submit((x: string) => x, t, t).success((x: string) => x, t, t).failure((x: string) => x, t, t);
      t.change((x: string) => x, t, t).then((x: string) => x, t, t);
    });
    const deps = buildConfig(demo).config.dependencies;
    expect(deps.map((d) => d.after)).toEqual([null, { fnId: 0, on: "success" }, { fnId: 1, on: "failure" }, null, { fnId: 3, on: "any" }]);
    expect(deps[1].targets).toEqual([]);
  });

  it("awaiting a dependency, or returning one from an async function, registers nothing", async () => {
    let count = () => 0;
    const demo = gr.Blocks(() => {
      const t = gr.Textbox();
      const dep = t.submit((x: string) => x, t, t);
      count = () => demo.dependencies.length;
      // TypeScript refuses `await dep` (TS1320); plain JS app code can still do it.
      const loose: unknown = dep;
      void (async () => {
        await loose;
        return loose;
      })();
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(count()).toBe(1);
  });
});

describe("gr.on", () => {
  it("binds one listener to several event methods", () => {
    let name!: gr.Textbox, btn!: gr.Button;
    const demo = gr.Blocks(() => {
      name = gr.Textbox();
      btn = gr.Button();
      gr.on([name.submit, btn.click], (n: string) => n, name, name);
    });
    expect(buildConfig(demo).config.dependencies[0].targets).toEqual([
      [name.id, "submit"],
      [btn.id, "click"],
    ]);
  });

  it("with no triggers binds to load and to the change of every input", () => {
    let a!: gr.Number, b!: gr.Slider;
    const demo = gr.Blocks(() => {
      a = gr.Number();
      b = gr.Slider();
      gr.on({ fn: (x: number, y: number) => x + y, inputs: [a, b], outputs: a });
    });
    expect(buildConfig(demo).config.dependencies[0].targets).toEqual([
      [demo.id, "load"],
      [a.id, "change"],
      [b.id, "change"],
    ]);
  });

  it("rejects a called event method as a trigger", () => {
    gr.Blocks(() => {
      const t = gr.Textbox();
      expect(() => gr.on([t.submit(() => 1) as never], () => 1)).toThrow(/event method such as btn.click/);
    });
  });
});

describe("render() and unrender()", () => {
  it("place a component made outside a body, and take it out again", () => {
    const outside = gr.Textbox({ label: "later" });
    let row!: { id: number };
    const demo = gr.Blocks(() => {
      gr.Markdown("first");
      row = gr.Row(() => outside.render()) as unknown as { id: number };
    });
    const ids = (d: typeof demo) => buildConfig(d).config.layout.children!.map((n) => [n.id, (n.children ?? []).map((c) => c.id)]);
    expect(ids(demo)[1]).toEqual([row.id, [outside.id]]);
    outside.unrender();
    expect(ids(demo)[1]).toEqual([row.id, []]);
    expect(() => outside.render()).toThrow(/must be called inside a Blocks body/);
  });
});

describe("a live Interface (Gradio's attach_submit_events)", () => {
  it("is one listener on every input's change, always_last", () => {
    const demo = gr.Interface({ fn: (a: string, b: number) => a + b, inputs: ["textbox", "number"], outputs: "textbox", live: true });
    const [dep, ...rest] = buildConfig(demo).config.dependencies;
    expect(rest.filter((d) => d.apiName !== null)).toEqual([]);
    expect(dep.targets.map(([, event]) => event)).toEqual(["change", "change"]);
    expect(dep.triggerMode).toBe("always_last");
    expect(dep.apiName).toBe("predict");
  });

  it("listens to a streaming input's stream, with the Interface's timeLimit (30 s) and streamEvery (0.5 s), progress hidden", () => {
    const cam = gr.Image({ sources: ["webcam"], streaming: true });
    const strength = gr.Slider(0, 1);
    const demo = gr.Interface({ fn: (f: ImageData | null) => f, inputs: [cam, strength], outputs: "image", live: true });
    const { config } = buildConfig(demo);
    const dep = config.dependencies.find((d) => d.apiName === "predict")!;
    expect(dep.targets).toEqual([[cam.id, "stream"], [strength.id, "change"]]);
    expect(dep.showProgress).toBe("hidden");
    const camConfig = config.components.find((c) => c.id === cam.id)!;
    expect(camConfig.props).toMatchObject({ streaming: true, streamEvery: 0.5, timeLimit: 30 });

    const other = gr.Image({ sources: ["webcam"], streaming: true });
    gr.Interface({ fn: (f: ImageData | null) => f, inputs: other, outputs: "image", live: true, streamEvery: 0.1, timeLimit: null });
    expect(other.props).toMatchObject({ streamEvery: 0.1, timeLimit: null });
  });

  it("a bad streamEvery or timeLimit is an error that says what it takes", () => {
    const cam = () => gr.Image({ sources: ["webcam"], streaming: true });
    expect(() => gr.Interface({ fn: (f: ImageData | null) => f, inputs: cam(), outputs: "image", live: true, streamEvery: 0 })).toThrow(
      "streamEvery is seconds between frames, above 0: got 0",
    );
    expect(() => gr.Interface({ fn: (f: ImageData | null) => f, inputs: cam(), outputs: "image", live: true, timeLimit: -1 })).toThrow(
      "timeLimit is seconds, above 0 (or null): got -1",
    );
  });

  it("says in the console that a streaming input needs live, as Gradio warns", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      gr.Interface({ fn: (f: ImageData | null) => f, inputs: gr.Image({ sources: ["webcam"], streaming: true }), outputs: "image" });
      expect(warn).toHaveBeenCalledWith("[gradio-lite] gr.Interface: Streaming components are only supported in live interfaces.");
    } finally {
      warn.mockRestore();
    }
  });
});

describe("Audio and Video events are Gradio's", () => {
  it("Audio streams and records; Video plays and ends but has no stream event", () => {
    let audio!: gr.Audio, video!: gr.Video;
    const demo = gr.Blocks(() => {
      audio = gr.Audio();
      video = gr.Video();
      for (const e of ["play", "pause", "stop", "startRecording", "stopRecording", "input", "stream"] as const) audio[e](() => null, null, null);
      for (const e of ["play", "pause", "stop", "end", "startRecording", "stopRecording", "input"] as const) video[e](() => null, null, null);
    });
    expect(buildConfig(demo).config.dependencies).toHaveLength(14);
    type Loose = Record<string, (...args: unknown[]) => unknown>;
    expect(() => (video as unknown as Loose).stream(() => null, null, null)).toThrow("video has no 'stream' event; its events are: change, input, upload, clear, play, pause, stop, end, startRecording, stopRecording");
    expect(() => (audio as unknown as Loose).end(() => null, null, null)).toThrow(/audio has no 'end' event/);
  });
});
