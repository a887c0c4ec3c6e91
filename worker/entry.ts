// The `<gradio-lite>` worker: exposes a fresh engine; app code arrives by `load`.
import { createEngine } from "./engine.ts";
import { runAppCode } from "./app-code.ts";
import { expose } from "./expose.ts";

expose(createEngine({ scope: self, runCode: runAppCode }), self);
