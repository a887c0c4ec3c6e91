// What the authoring API's types promise a TypeScript author: handler
// arguments inferred from the inputs, returns checked against the outputs,
// each component's own options and events, ctx.event typed per event.
// Checked by `tsc` (npm test's typecheck) and by Vitest's typecheck project:
// each `@ts-expect-error` line must be an error, each expectTypeOf must hold.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";
import type { Client, MountedApp, MountOptions, PredictResult, SubmitMessage } from "../../ui/mount.ts";

describe("handler arguments come from the inputs", () => {
  test("each component gives its own value type", () => {
    gr.Blocks(() => {
      const text = gr.Textbox();
      const num = gr.Number();
      const slider = gr.Slider(1, 10);
      const check = gr.Checkbox();
      const group = gr.CheckboxGroup(["a", "b"]);
      const out = gr.Textbox();
      gr.Button().click(
        (t, n, s, c, g, ctx) => {
          expectTypeOf(t).toEqualTypeOf<string>();
          expectTypeOf(n).toEqualTypeOf<number>();
          expectTypeOf(s).toEqualTypeOf<number>();
          expectTypeOf(c).toEqualTypeOf<boolean>();
          expectTypeOf(g).toEqualTypeOf<Array<"a" | "b">>();
          expectTypeOf(ctx).toEqualTypeOf<gr.Context<gr.EventData>>();
          return t;
        },
        [text, num, slider, check, group],
        out,
      );
    });
  });

  test("a Dropdown gives one choice, or an array with multiselect; `type: \"index\"` gives numbers", () => {
    gr.Blocks(() => {
      const one = gr.Dropdown(["DFW", "DAL"], { value: "DFW" });
      const many = gr.Dropdown(["x", "y"], { multiselect: true });
      const index = gr.Radio(["p", "q"], { type: "index" });
      const pairs = gr.Radio([["One", 1], ["Two", 2]] as const);
      gr.Button().click(
        (o, m, i, p) => {
          expectTypeOf(o).toEqualTypeOf<"DFW" | "DAL" | null>();
          expectTypeOf(m).toEqualTypeOf<Array<"x" | "y">>();
          expectTypeOf(i).toEqualTypeOf<number | null>();
          expectTypeOf(p).toEqualTypeOf<1 | 2 | null>();
        },
        [one, many, index, pairs],
      );
    });
  });

  test("a Dropdown that allows custom values gives any string too (a custom value's index is null)", () => {
    gr.Blocks(() => {
      const one = gr.Dropdown(["DFW", "DAL"], { allowCustomValue: true });
      const many = gr.Dropdown(["x", "y"], { multiselect: true, allowCustomValue: true, maxChoices: 2 });
      const index = gr.Dropdown(["p", "q"], { multiselect: true, allowCustomValue: true, type: "index" });
      const picked = gr.Dropdown(["a", "b"], { filterable: false });
      gr.Button().click(
        (o, m, i, p) => {
          expectTypeOf(o).toEqualTypeOf<string | null>();
          expectTypeOf(m).toEqualTypeOf<string[]>();
          expectTypeOf(i).toEqualTypeOf<Array<number | null>>();
          expectTypeOf(p).toEqualTypeOf<"a" | "b" | null>();
        },
        [one, many, index, picked],
      );
      // @ts-expect-error -- maxChoices is a number
      gr.Dropdown(["a"], { multiselect: true, maxChoices: "2" });
      // @ts-expect-error -- filterable is a boolean
      gr.Dropdown(["a"], { filterable: "no" });
    });
  });

  test("file components give what their `type` asks for", () => {
    gr.Blocks(() => {
      const file = gr.File();
      const files = gr.File({ fileCount: "multiple", type: "blob" });
      const image = gr.Image({ type: "imagedata" });
      const blob = gr.Image({ type: "blob" });
      const audio = gr.Audio();
      const gallery = gr.Gallery({ type: "blob" });
      gr.Button().click(
        (f, fs, img, b, a, g) => {
          expectTypeOf(f).toEqualTypeOf<gr.FileData | null>();
          expectTypeOf(fs).toEqualTypeOf<Blob[]>();
          expectTypeOf(img).toEqualTypeOf<ImageData | null>();
          expectTypeOf(b).toEqualTypeOf<Blob | null>();
          expectTypeOf(a).toEqualTypeOf<gr.FileData | null>();
          expectTypeOf(g).toEqualTypeOf<Array<gr.GalleryItem<Blob>>>();
        },
        [file, files, image, blob, audio, gallery],
      );
    });
  });

  test("gr.State<T> gives T; a Set of inputs gives a typed Map", () => {
    gr.Blocks(() => {
      const seen = gr.State<string[]>([]);
      const count = gr.State(0);
      const a = gr.Number();
      const b = gr.Textbox();
      gr.Button().click((s, c) => {
        expectTypeOf(s).toEqualTypeOf<string[]>();
        expectTypeOf(c).toEqualTypeOf<number>();
      }, [seen, count]);
      gr.Button().click((data) => {
        expectTypeOf(data.get(a)).toEqualTypeOf<number>();
        expectTypeOf(data.get(b)).toEqualTypeOf<string>();
        return data.get(b).repeat(data.get(a));
      }, new Set([a, b]), b);
    });
  });

  test("a single input gives one argument; no inputs give only ctx", () => {
    gr.Blocks((demo) => {
      const t = gr.Textbox();
      t.submit((v, ctx) => {
        expectTypeOf(v).toEqualTypeOf<string>();
        expectTypeOf(ctx.session.id).toEqualTypeOf<string>();
      }, t);
      demo.load((ctx) => {
        expectTypeOf(ctx.request.query).toEqualTypeOf<Record<string, string>>();
      });
    });
  });

  test("a handler annotated with the wrong type is an error", () => {
    gr.Blocks(() => {
      const n = gr.Number();
      // @ts-expect-error -- a Number gives a number, not a string
      n.change((v: string) => v, n);
    });
  });
});

describe("returns are checked against the outputs", () => {
  test("a value, a tuple, a Map, gr.update, gr.skip, a component, async and generators", () => {
    gr.Blocks(() => {
      const name = gr.Textbox();
      const n = gr.Slider(1, 10, { value: 3 });
      const seen = gr.State<string[]>([]);
      const out = gr.Textbox();
      const btn = gr.Button();
      btn.click((nm, k, s) => [nm.repeat(k), [...s, nm]], [name, n, seen], [out, seen]);
      btn.click(() => new Map([[out, "only out"]]), null, [out, seen]);
      btn.click(() => gr.update({ visible: false }), null, out);
      btn.click(() => gr.skip(), null, [out, seen]);
      btn.click(() => gr.Textbox({ lines: 3 }), null, out);
      btn.click(async () => "later", null, out);
      btn.click(function* () {
        yield "one";
        yield "two";
      }, null, out);
      btn.click(async function* () {
        yield ["a", ["b"]] as [string, string[]];
      }, null, [out, seen]);
    });
  });

  test("a wrong value, a wrong tuple or a wrong yield is an error", () => {
    gr.Blocks(() => {
      const out = gr.Textbox();
      const count = gr.Number();
      const seen = gr.State<string[]>([]);
      const btn = gr.Button();
      // @ts-expect-error -- a Textbox takes text, not an object
      btn.click(() => ({ a: 1 }), null, out);
      // @ts-expect-error -- an object is neither text nor the State's string[]
      btn.click(() => [{ a: 1 }, ["x"]], null, [out, seen]);
      // @ts-expect-error -- a Number takes a number
      btn.click(() => ({ n: 1 }), null, count);
      // @ts-expect-error -- a generator's yields are checked too
      btn.click(function* () {
        yield { not: "text" };
      }, null, out);
    });
  });

  test("with no outputs any return is fine", () => {
    gr.Blocks(() => {
      gr.Button().click(() => ({ anything: true }));
    });
  });

  test("a batch handler gets lists and returns one list per output", () => {
    gr.Blocks(() => {
      const t = gr.Textbox();
      const n = gr.Number();
      t.submit(
        (words) => {
          expectTypeOf(words).toEqualTypeOf<string[]>();
          return [words.map((w) => w.toUpperCase()), words.map((w) => w.length)];
        },
        t,
        [t, n],
        { batch: true, maxBatchSize: 4 },
      );
      t.submit((s) => s, t, t, { scrollToOutput: true });
      // @ts-expect-error -- Gradio's flag is a boolean
      t.submit((s) => s, t, t, { scrollToOutput: "yes" });
    });
  });
});

describe("each component has its own options and events", () => {
  test("a typo in an option is an error", () => {
    // @ts-expect-error -- lable is not an option
    gr.Textbox({ lable: "x" });
    // @ts-expect-error -- a Slider has no `lines`
    gr.Slider({ lines: 3 });
    // @ts-expect-error -- variant is a Button's: "primary" | "secondary" | "stop" | "huggingface"
    gr.Button("Go", { variant: "danger" });
    // @ts-expect-error -- not a Row option
    gr.Row({ colour: "red" }, () => {});
    gr.Textbox({ label: "Name", lines: 2, placeholder: "Your name", elemId: "name", elemClasses: ["big"] });
    gr.Number(3, { minimum: 0, maximum: 10, precision: 0 });
  });

  test("only a component's own events exist", () => {
    gr.Blocks(() => {
      // @ts-expect-error -- a Slider has no click event
      gr.Slider().click(() => 1);
      // @ts-expect-error -- a Button has no change event
      gr.Button().change(() => 1);
      // @ts-expect-error -- a Markdown has no submit event
      gr.Markdown().submit(() => 1);
      gr.Slider().release(() => 1);
      gr.Dropdown(["a"]).keyUp(() => 1);
      gr.Accordion("More").expand(() => 1);
      gr.Tabs().select(() => 1);
    });
  });

  test("ctx.event is typed per event", () => {
    gr.Blocks(() => {
      const radio = gr.Radio(["a", "b"]);
      radio.select((v, ctx) => {
        expectTypeOf(ctx.event).toEqualTypeOf<gr.SelectData>();
        expectTypeOf(ctx.event.index).toEqualTypeOf<number | [number, number]>();
        expectTypeOf(ctx.event.target).toEqualTypeOf<gr.Block | null>();
      }, radio);
      gr.Dropdown(["a"]).keyUp((ctx) => {
        expectTypeOf(ctx.event).toEqualTypeOf<gr.KeyUpData>();
      });
      gr.Button().click((ctx) => {
        expectTypeOf(ctx.event).toEqualTypeOf<gr.EventData>();
        // @ts-expect-error -- a click carries no index
        void ctx.event.index;
      });
    });
  });

  test("gr.on takes event methods and gives the union of their data", () => {
    gr.Blocks((demo) => {
      const t = gr.Textbox();
      const r = gr.Radio(["a"]);
      gr.on([demo.load, t.submit], (v) => v.toUpperCase(), t, t);
      gr.on([r.select], (ctx) => {
        expectTypeOf(ctx.event).toEqualTypeOf<gr.SelectData>();
      });
      // @ts-expect-error -- a called event method is no trigger
      gr.on([t.submit(() => 1)], () => 1);
    });
  });
});

describe("layouts and bodies", () => {
  test("a body receives its block", () => {
    gr.Blocks((demo) => {
      expectTypeOf(demo).toEqualTypeOf<gr.Blocks>();
      gr.Row((row) => expectTypeOf(row).toEqualTypeOf<gr.Row>());
      gr.Walkthrough((w) => {
        gr.Step("One", (step) => expectTypeOf(step).toEqualTypeOf<gr.Step>());
        gr.Button("Next").click(() => gr.Walkthrough({ selected: 1 }), null, w);
      });
      gr.Tab("Label first", { id: "t" }, (tab) => expectTypeOf(tab).toEqualTypeOf<gr.Tab>());
    });
  });

  test("gr.render's body gets its inputs' values", () => {
    gr.Blocks((demo) => {
      const t = gr.Textbox();
      const n = gr.Number();
      gr.render({ inputs: [t, n], triggers: [demo.load, t.submit] }, (text, count) => {
        expectTypeOf(text).toEqualTypeOf<string>();
        expectTypeOf(count).toEqualTypeOf<number>();
      });
    });
  });

  test("a function as value gets its inputs' values", () => {
    gr.Blocks(() => {
      const a = gr.Number();
      const b = gr.Number();
      gr.Number({ value: (x, y) => x * y, inputs: [a, b] });
      // @ts-expect-error -- a Number's value function returns a number
      gr.Number({ value: (x: number) => ({ x }), inputs: [a] });
    });
  });
});

describe("Interface and Gradio's positional forms", () => {
  test("gr.Interface types its fn from shortcuts and components", () => {
    gr.Interface((name, n) => {
      expectTypeOf(name).toEqualTypeOf<string>();
      expectTypeOf(n).toEqualTypeOf<number>();
      return name.repeat(n);
    }, ["textbox", gr.Slider(1, 5)], "textbox");
    gr.Interface({ fn: (x: number) => x * 2, inputs: "number", outputs: "number" });
    // @ts-expect-error -- a textbox input gives a string
    gr.Interface({ fn: (x: number) => x, inputs: "textbox", outputs: "number" });
    // @ts-expect-error -- "nope" is no shortcut
    gr.Interface({ fn: () => 1, inputs: "nope", outputs: "number" });
  });

  test("Python-only names are errors with a pointer", () => {
    // @ts-expect-error -- use ctx.info
    gr.Info("hello");
    // @ts-expect-error -- use ctx.progress
    gr.Progress();
    expectTypeOf(gr.FileSize.MB).toEqualTypeOf<number>();
  });

  test("server-only launch options are errors", () => {
    const demo = gr.Blocks(() => {});
    // @ts-expect-error -- no login without a server
    demo.launch({ auth: ["u", "p"] });
    // @ts-expect-error -- no share link without a server
    demo.launch({ share: true });
    demo.launch({ title: "ok", showError: true, maxFileSize: 5 * gr.FileSize.MB });
  });

  test("pwa and favicon (and Gradio's faviconPath) are launch options", () => {
    const demo = gr.Blocks(() => {});
    demo.launch({ pwa: true, favicon: "icon.png" });
    demo.launch({ pwa: false, faviconPath: "icon.png" });
    expectTypeOf<gr.LaunchOptions["pwa"]>().toEqualTypeOf<boolean | undefined>();
    // @ts-expect-error -- pwa is true or false
    demo.launch({ pwa: "yes" });
    // @ts-expect-error -- a favicon is a URL
    demo.launch({ favicon: new Blob() });
  });
});

describe("chaining", () => {
  test(".then/.success/.failure type their handlers like any listener; a dependency is no promise", () => {
    gr.Blocks(() => {
      const t = gr.Textbox();
      const n = gr.Number();
      const dep = t.submit((v) => v, t, t);
      dep.then((v) => v.length, t, n).success((k) => k * 2, n, n).failure(() => "failed", null, t);
      // @ts-expect-error -- a Number takes a number, not an object
      dep.then((v) => ({ v }), t, n);
      void (async () => {
        // @ts-expect-error -- awaiting a listener registers nothing: the compiler refuses it
        await dep;
      })();
    });
  });
});

describe("listeners' options", () => {
  test("an option typo is an error; js is typed from the inputs", () => {
    gr.Blocks(() => {
      const t = gr.Textbox();
      // @ts-expect-error -- apiNam is not an option
      t.submit((v) => v, t, t, { apiNam: "x" });
      t.submit(null, t, t, { js: (v) => v.toUpperCase() });
      t.submit((v) => v, t, t, { js: true, queue: false, triggerMode: "always_last", concurrencyLimit: null });
      // @ts-expect-error -- triggerMode is one of three
      t.submit((v) => v, t, t, { triggerMode: "sometimes" });
    });
  });
});

// An app module that hands its endpoints to the compiler by returning them.
const calculator = gr.Blocks(() => {
  const a = gr.Number();
  const b = gr.Number();
  const sum = gr.Number();
  const history = gr.State<number[]>([]);
  const note = gr.Textbox();
  const add = gr.Button().click((x, y, h) => [x + y, [...h, x + y]], [a, b, history], [sum, history], { apiName: "add" });
  const describe = note.submit((t) => t.toUpperCase(), note, note, { apiName: "shout" });
  return { add, describe };
});

describe("the page's client types", () => {
  test("are exported", () => {
    expectTypeOf<PredictResult["data"]>().toEqualTypeOf<unknown[]>();
    expectTypeOf<MountedApp["client"]>().toEqualTypeOf<Promise<Client>>();
    expectTypeOf<SubmitMessage["type"]>().toEqualTypeOf<"status" | "data" | "log">();
  });

  test("mount takes a launch timeout in ms; stop takes no arguments an author must give", () => {
    expectTypeOf<MountOptions["launchTimeoutMs"]>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error -- milliseconds, not a duration string
    const bad: MountOptions = { launchTimeoutMs: "5s" };
    expectTypeOf<MountedApp["stop"]>().toBeCallableWith();
    void bad;
  });

  test("an untyped client takes any endpoint", async () => {
    const client = {} as Client;
    const result = await client.predict("/anything", [1, "x"]);
    expectTypeOf(result.data).toEqualTypeOf<unknown[]>();
  });

  test("Client<typeof demo> types each endpoint's arguments and data (States left out)", async () => {
    const client = {} as Client<typeof calculator>;
    const added = await client.predict("/add", [1, 2]);
    expectTypeOf(added.data).toEqualTypeOf<[number]>();
    const shouted = await client.predict("/shout", ["hi"]);
    expectTypeOf(shouted.data).toEqualTypeOf<[string]>();
    // @ts-expect-error -- no such endpoint
    await client.predict("/sub", [1, 2]);
    // @ts-expect-error -- /add takes two numbers
    await client.predict("/add", ["1", 2]);
    for await (const message of client.submit("/add", [1, 2])) {
      if (message.type === "data") expectTypeOf(message.data).toEqualTypeOf<[number]>();
    }
  });
});
