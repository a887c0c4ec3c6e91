// What gr.DateTime's types promise: the handler gets what `type` names, may
// return seconds, a Date or text, and only change and submit are events.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";

describe("gr.DateTime", () => {
  test("the handler's argument follows `type`", () => {
    gr.Blocks(() => {
      const stamp = gr.DateTime("now - 24h");
      const date = gr.DateTime({ type: "datetime" });
      const text = gr.DateTime({ type: "string", includeTime: false });
      const out = gr.Textbox();
      gr.Button().click(
        (s, d, t) => {
          expectTypeOf(s).toEqualTypeOf<number | null>();
          expectTypeOf(d).toEqualTypeOf<Date | null>();
          expectTypeOf(t).toEqualTypeOf<string | null>();
          return String(s);
        },
        [stamp, date, text],
        out,
      );
    });
  });

  test("a handler may return seconds, a Date or text; events are change and submit", () => {
    gr.Blocks(() => {
      const when = gr.DateTime({ timezone: "Europe/Paris" });
      const b = gr.Button();
      b.click(() => Date.now() / 1000, null, when);
      b.click(() => new Date(), null, when);
      b.click(() => "now - 1h", null, when);
      b.click(() => gr.update({ includeTime: false }), null, when);
      // @ts-expect-error: a DateTime takes no list
      b.click(() => [1, 2], null, when);
      when.submit((t) => t, when, when);
      // @ts-expect-error: DateTime has no click event
      when.click(() => null, null, null);
      // @ts-expect-error: `type` is "timestamp", "datetime" or "string"
      gr.DateTime({ type: "date" });
      // @ts-expect-error: a typo in an option
      gr.DateTime({ includeTme: false });
    });
  });
});
