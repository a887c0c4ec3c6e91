// npm mode: the app's own module is the worker, and launch() serves it here.
import type { Blocks } from "../src/blocks.ts";
import type { LaunchOptions } from "../src/launch.ts";
import { createEngine, workerScope } from "./engine.ts";
import { expose } from "./expose.ts";

export function serveApp(blocks: Blocks, launch: LaunchOptions): void {
  expose(createEngine({ app: { blocks, launch }, scope: workerScope() }), self);
}
