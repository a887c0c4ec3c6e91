// The `<gradio-lite>` worker: exposes a fresh engine; app code arrives by `load`.
import * as Comlink from "comlink";
import { createEngine } from "./engine.ts";
import { runAppCode } from "./app-code.ts";

Comlink.expose(createEngine({ scope: self, runCode: runAppCode }));
