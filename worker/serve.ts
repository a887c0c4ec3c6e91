// npm mode: the app's own module is the worker, and launch() serves it here.
import * as Comlink from "comlink";
import type { Blocks } from "../src/blocks.ts";
import type { LaunchOptions } from "../src/launch.ts";
import { createEngine } from "./engine.ts";

export function serveApp(blocks: Blocks, launch: LaunchOptions): void {
  const engine = createEngine({ app: { blocks, launch } });
  Comlink.expose(engine);
  // As in entry.ts: app code that throws outside any run is a warning, not a dead worker.
  addEventListener("error", (e) => (e.preventDefault(), engine.stray(e.error ?? e.message)));
}
