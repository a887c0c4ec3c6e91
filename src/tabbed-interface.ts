// gr.TabbedInterface, loaded only for app code that names it (worker/lazy-api.ts).
import { Blocks, BlocksClass } from "./blocks.ts";
import * as c from "./components.ts";
import { UsageError } from "./errors.ts";
import { Tab, Tabs } from "./layouts.ts";
import { checkOptions } from "./options-check.ts";

/** `gr.TabbedInterface(interfaces, tabNames?, options?)`: each Interface or Blocks in its own tab. */
export function TabbedInterface(interfaces: readonly Blocks[], tabNames?: readonly string[] | null, options: { title?: string | null; analyticsEnabled?: boolean | null } = {}): Blocks {
  checkOptions("gr.TabbedInterface", options, ["title", "analyticsEnabled"]);
  if (!Array.isArray(interfaces) || !interfaces.every((x) => x instanceof BlocksClass)) {
    throw new UsageError("gr.TabbedInterface needs a list of gr.Interface or gr.Blocks apps");
  }
  // Gradio names them "Tab 0", "Tab 1", … when no names are given.
  const names = tabNames ?? interfaces.map((_, i) => `Tab ${i}`);
  return Blocks({ title: options.title ?? "Gradio", fillHeight: true }, () => {
    if (options.title) c.Markdown(`# ${options.title}`, { elemClasses: ["gr-interface-title"] });
    Tabs(() => {
      interfaces.forEach((app, i) => Tab(names[i] ?? `Tab ${i}`, () => void app.render()));
    });
  });
}
