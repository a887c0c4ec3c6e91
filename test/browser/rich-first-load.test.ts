// A Markdown block rendered before the sanitizer has loaded must render again
// once it has, even when the load finishes between the block's render and
// its effect (issue #13: `**0** open` stayed raw about 1 load in 5). Its own
// file: the race needs a page where nothing has called the loader yet.
import { h, options, render } from "preact";
import { expect, it } from "vitest";
import { loadRenderer, rendererLoaded, useRich } from "../../ui/rich/use-rich.ts";
import { waitFor } from "./helpers.ts";

function Probe({ text }: { text: string }) {
  const html = useRich("markdown", text);
  return h("div", { class: "probe", "data-state": html === null ? "waiting" : "rendered", dangerouslySetInnerHTML: { __html: html ?? text } });
}

it("renders Markdown again when the sanitizer loads between its render and its effect", async () => {
  expect(rendererLoaded()).toBe(false);
  const app = document.createElement("div");
  document.body.append(app);
  // Effects wait for this test's go: the load can then land between the render and its effect, every time.
  const effects: (() => void)[] = [];
  const schedule = options.requestAnimationFrame;
  options.requestAnimationFrame = (run) => void effects.push(run);
  render(h(Probe, { text: "**0** open" }), app);
  // Rendered without the sanitizer: shown as its text for now.
  expect(app.querySelector(".probe")!.getAttribute("data-state")).toBe("waiting");
  // Another block starts the load now; it lands before this block's effect.
  const loading = loadRenderer();
  await loading;
  expect(rendererLoaded()).toBe(true);
  options.requestAnimationFrame = schedule;
  expect(effects.length).toBeGreaterThan(0);
  for (const run of effects.splice(0)) run();
  await waitFor(() => app.querySelector(".probe strong"), 2000);
  expect(app.querySelector(".probe")!.innerHTML).toContain("<strong>0</strong> open");
  render(null, app);
  app.remove();
});
