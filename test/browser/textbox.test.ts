// Textbox as Gradio 5 renders it: a <textarea> for every `lines`, that grows
// with its text up to maxLines; Enter or Shift+Enter submits.
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

afterEach(cleanup);

/** Rows of text the box shows (its content height in line heights). */
function shownRows(el: HTMLTextAreaElement): number {
  const css = getComputedStyle(el);
  return Math.round((el.clientHeight - parseFloat(css.paddingTop) - parseFloat(css.paddingBottom)) / parseFloat(css.lineHeight));
}

const echo = (opts: string) => `gr.Blocks(() => {
  const t = gr.Textbox({ elemId: "t", label: "Text", ${opts} });
  const said = gr.Textbox({ elemId: "said" });
  let n = 0;
  t.submit((x) => "submitted " + ++n + ": " + JSON.stringify(x), t, said);
}).launch();`;

describe("Textbox", () => {
  it("submits on Enter in a one-line box, without a new line", async () => {
    const m = mountApp(echo(""));
    await m.rendered;
    const box = textbox("t") as HTMLTextAreaElement;
    expect(box.tagName).toBe("TEXTAREA");
    expect(box.rows).toBe(1);
    await userEvent.click(box);
    await userEvent.keyboard("hi{Enter}");
    await waitFor(() => textbox("said")!.value === 'submitted 1: "hi"');
    expect(box.value).toBe("hi");
  });

  it("takes Enter as a new line in a multi-line box, and submits on Shift+Enter", async () => {
    const m = mountApp(echo("lines: 3"));
    await m.rendered;
    const box = textbox("t") as HTMLTextAreaElement;
    expect(box.rows).toBe(3);
    await userEvent.click(box);
    await userEvent.keyboard("a{Enter}b");
    expect(box.value).toBe("a\nb");
    await userEvent.keyboard("{Shift>}{Enter}{/Shift}");
    await waitFor(() => textbox("said")!.value === 'submitted 1: "a\\nb"');
    expect(box.value).toBe("a\nb");
  });

  it("submits on Enter in a password box (an <input>)", async () => {
    const m = mountApp(echo('type: "password"'));
    await m.rendered;
    const box = textbox("t")!;
    expect(box.outerHTML).toMatch(/^<input[^>]+type="password"/);
    await userEvent.click(box);
    await userEvent.keyboard("s3cret{Enter}");
    await waitFor(() => textbox("said")!.value === 'submitted 1: "s3cret"');
  });

  it("shows a returned value's lines, growing up to maxLines", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const one = gr.Textbox({ elemId: "one" });
      const capped = gr.Textbox({ elemId: "capped", lines: 2, maxLines: 3 });
      gr.Button("Go", { elemId: "go" }).click(() => ["a\\nb\\nc", "1\\n2\\n3\\n4\\n5"], null, [one, capped]);
    }).launch();`);
    await m.rendered;
    const one = textbox("one") as HTMLTextAreaElement;
    const capped = textbox("capped") as HTMLTextAreaElement;
    expect([shownRows(one), shownRows(capped)]).toEqual([1, 2]);
    document.getElementById("go")!.click();
    await waitFor(() => one.value === "a\nb\nc");
    expect(shownRows(one)).toBe(3);
    expect(capped.value).toBe("1\n2\n3\n4\n5");
    expect(shownRows(capped)).toBe(3);
    expect(capped.scrollHeight).toBeGreaterThan(capped.clientHeight);
  });

  it("a 50 MB value shows its start read-only without holding the page, and the whole on request (issue #13 item 20)", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const big = gr.Textbox({ elemId: "big", label: "Big" });
      const size = gr.Number({ elemId: "size" });
      gr.Button("Big", { elemId: "make" }).click(() => "abcdefghij".repeat(5_242_880), null, big);
      gr.Button("Small", { elemId: "small" }).click(() => "x".repeat(300_000), null, big);
      big.change((v) => v.length, big, size);
    }).launch();`);
    await m.rendered;
    const box = textbox("big") as HTMLTextAreaElement;
    // The page's longest stall while the value arrives and shows: a 20 ms timer's worst lateness.
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last - 20);
      last = now;
    }, 20);
    document.getElementById("make")!.click();
    await waitFor(() => box.value.length > 0, 15_000);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    clearInterval(timer);
    console.log(`50 MB Textbox value: the page's longest stall ${worst.toFixed(0)} ms`);
    expect(box.value.length).toBe(200_000);
    expect(box.readOnly).toBe(true);
    const more = document.querySelector<HTMLButtonElement>("#big .gr-textbox-more")!;
    expect(more.textContent).toContain("52,428,800");
    // Copying 50 MB to the page takes its time; drawing it in the box (seconds before) no longer adds to it.
    expect(worst).toBeLessThan(1500);
    // A handler still gets the whole value.
    await waitFor(() => (document.querySelector("#size input") as HTMLInputElement).value === "52428800", 15_000);
    // A smaller long value: "show all" puts all of it in the box, editable.
    document.getElementById("small")!.click();
    await waitFor(() => box.value === "x".repeat(200_000));
    document.querySelector<HTMLButtonElement>("#big .gr-textbox-more")!.click();
    await waitFor(() => box.value.length === 300_000);
    expect(box.readOnly).toBe(false);
    expect(document.querySelector("#big .gr-textbox-more")).toBeNull();
  });
});
