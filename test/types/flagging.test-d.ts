// Flagging's types: the Interface's options as Gradio names them, the
// callbacks (gr.CSVLogger, gr.SimpleCSVLogger, gr.FlaggingCallback, or any
// object with setup and flag), `preprocess: false` handlers, and the rows as
// app code (logger.dataset()) and page code (client.flagged()) read them.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";
import type { Client, FlaggedDataset } from "../../ui/mount.ts";

describe("gr.Interface's flagging options", () => {
  test("flaggingMode, flaggingOptions (strings or pairs), flaggingDir, flaggingCallback, the older flagging", () => {
    const fn = (x: string) => x;
    gr.Interface({ fn, inputs: "textbox", outputs: "textbox", flaggingMode: "manual" });
    gr.Interface({ fn, inputs: "textbox", outputs: "textbox", flaggingMode: "auto", flaggingDir: "my_flags" });
    gr.Interface({ fn, inputs: "textbox", outputs: "textbox", flaggingMode: "never" });
    gr.Interface({ fn, inputs: "textbox", outputs: "textbox", flaggingOptions: ["wrong", "other"] });
    gr.Interface({ fn, inputs: "textbox", outputs: "textbox", flaggingOptions: [["Bad answer", "bad"]] });
    gr.Interface(fn, "textbox", "textbox", { flaggingCallback: gr.CSVLogger({ datasetFileName: "flags.csv" }) });
    gr.Interface(fn, "textbox", "textbox", { flagging: false });
    // @ts-expect-error -- Gradio's modes are "never", "manual" and "auto"
    gr.Interface({ fn, inputs: "textbox", outputs: "textbox", flaggingMode: "always" });
    // @ts-expect-error -- an option's value is a string
    gr.Interface({ fn, inputs: "textbox", outputs: "textbox", flaggingOptions: [["Bad", 1]] });
    // @ts-expect-error -- a callback needs setup and flag
    gr.Interface({ fn, inputs: "textbox", outputs: "textbox", flaggingCallback: { flag: () => 1 } });
  });

  test("any object with setup and flag is a flaggingCallback, as is a subclass of gr.FlaggingCallback", () => {
    const mine = {
      setup(components: readonly gr.Component[], dir: string) {
        expectTypeOf(dir).toEqualTypeOf<string>();
        return components.length;
      },
      flag: async (data: unknown[], option?: string | null) => data.length + (option ? 1 : 0),
    };
    gr.Interface({ fn: (x: number) => x, inputs: "number", outputs: "number", flaggingCallback: mine });
    class Counter extends gr.FlaggingCallback {
      count = 0;
      setup() {}
      flag() {
        return ++this.count;
      }
    }
    gr.Interface({ fn: (x: number) => x, inputs: "number", outputs: "number", flaggingCallback: new Counter() });
  });

  test("ChatInterface: manual or never, its feedback options, its folder", () => {
    gr.ChatInterface({ fn: (m: string) => m, flaggingMode: "manual", flaggingOptions: ["Like", "Spam"], flaggingDir: "chat_flags" });
    // @ts-expect-error -- a ChatInterface has no auto mode
    gr.ChatInterface({ fn: (m: string) => m, flaggingMode: "auto" });
  });
});

describe("flagging in Blocks (the guide's CSVLogger)", () => {
  test("gr.CSVLogger() and new gr.CSVLogger(); setup, flag, and the rows back", async () => {
    const callback = gr.CSVLogger();
    expectTypeOf(new gr.CSVLogger({ simplifyFileData: false, verbose: false })).toEqualTypeOf<gr.CSVLogger>();
    expectTypeOf(gr.SimpleCSVLogger()).toEqualTypeOf<gr.SimpleCSVLogger>();
    gr.Blocks(() => {
      const img = gr.Image();
      const strength = gr.Slider(0, 1);
      callback.setup([img, strength], "flagged_data_points");
      gr.Button("Flag").click((...args) => callback.flag(args), [img, strength], null, { preprocess: false });
    });
    expectTypeOf(callback.flag([1, "x"], "option")).toEqualTypeOf<Promise<number>>();
    expectTypeOf(await callback.dataset()).toEqualTypeOf<FlaggedDataset | null>();
    const data = (await callback.dataset())!;
    expectTypeOf(data.rows).toEqualTypeOf<string[][]>();
    expectTypeOf(data.files).toEqualTypeOf<Record<string, gr.FileData>>();
    // @ts-expect-error -- flag takes the values as an array
    void callback.flag("one value");
  });

  test("preprocess: false gives each value as unknown (the page's form), and not the component's type", () => {
    gr.Blocks(() => {
      const img = gr.Image({ type: "blob" });
      const n = gr.Number();
      const out = gr.Textbox();
      gr.Button().click(
        (file, num, ctx) => {
          expectTypeOf(file).toEqualTypeOf<unknown>();
          expectTypeOf(num).toEqualTypeOf<unknown>();
          expectTypeOf(ctx).toEqualTypeOf<gr.Context<gr.EventData>>();
          return "ok";
        },
        [img, n],
        out,
        { preprocess: false },
      );
      gr.Button().click({ fn: (file) => String(file), inputs: img, outputs: out, preprocess: false });
      // @ts-expect-error -- without preprocessing, the image is no Blob
      gr.Button().click((file: Blob | null) => file?.type ?? "", img, out, { preprocess: false });
      gr.Button().click((file: Blob | null) => file?.type ?? "", img, out);
    });
  });
});

test("client.flagged() gives every dataset of the app", () => {
  const client = {} as Client;
  expectTypeOf(client.flagged()).toEqualTypeOf<Promise<FlaggedDataset[]>>();
});
