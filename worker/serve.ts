// npm mode: the app's own module is the worker, and launch() serves it here.
import * as Comlink from "comlink";
import type { Blocks } from "../src/blocks.ts";
import type { LaunchOptions } from "../src/launch.ts";
import { createEngine } from "./engine.ts";

export function serveApp(blocks: Blocks, launch: LaunchOptions): void {
  Comlink.expose(createEngine({ app: { blocks, launch }, scope: self }));
}
