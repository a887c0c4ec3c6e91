// Gradio's Python names that have another home in a JS app. Calling one says
// where to go instead of failing with "is not a function"; the parameter
// type `never` makes the call a type error in TypeScript too.

import { UsageError } from "./errors.ts";

function moved(name: string, instead: string): (never: never) => never {
  return () => {
    throw new UsageError(`gr.${name} is Python's form: in a JS app ${instead}`);
  };
}

/** @deprecated Python's form: call `ctx.info(message)` with the handler's last argument, `ctx`. */
export const Info = moved("Info", "call ctx.info(message), where ctx is the handler's last argument");
/** @deprecated Python's form: call `ctx.warning(message)`. */
export const Warning = moved("Warning", "call ctx.warning(message), where ctx is the handler's last argument");
/** @deprecated Python's form: call `ctx.progress(fraction | [i, n], description)`. */
export const Progress = moved("Progress", "call ctx.progress(fraction | [i, n], description), where ctx is the handler's last argument");
/** @deprecated Python's form: read `ctx.request` (the page's URL and query). */
export const Request = moved("Request", "read ctx.request ({ url, query }), where ctx is the handler's last argument");
// gr.EventData, gr.SelectData, … are types here (src/event-data.ts): `ctx.event` has them.
/** @deprecated `gr.load` fetches a Space or model from Hugging Face's servers. */
export const load = moved("load", "there is no server to load a Space or a hosted model from; run the model in the worker (e.g. with a WebAssembly or WebGPU runtime from npm) and call it from a handler");
/** @deprecated Mounting needs a Python web server. */
export const mount_gradio_app = moved("mount_gradio_app", "there is no server to mount on: put <gradio-lite> (or mount()) in any page");

/** Byte sizes for `maxFileSize`: `5 * gr.FileSize.MB`. */
export const FileSize = Object.freeze({ B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 });

/** Gradio components and helpers this runtime does not have yet. */
const NOT_YET = [
  "Chatbot", "ChatInterface", "MultimodalTextbox", "ChatMessage", "DataFrame", "Dataframe", "LinePlot", "ScatterPlot",
  "BarPlot", "Plot", "DateTime", "Code", "ColorPicker", "ImageEditor", "Sketchpad", "Paint", "Model3D", "AnnotatedImage",
  "HighlightedText", "ImageSlider", "Examples", "DownloadButton", "UploadButton", "LoginButton", "DuplicateButton",
  "DeepLinkButton", "ParamViewer", "FileExplorer", "TabbedInterface", "Brush", "Eraser", "WaveformOptions",
];

/**
 * The API as app code in `<gradio-lite>` sees it: reading a Gradio name the
 * runtime lacks says so, instead of "gr.Chatbot is not a function".
 */
export function withPortingHints<T extends object>(api: T): T {
  const missing = new Set(NOT_YET);
  return new Proxy(api, {
    get(target, key, receiver) {
      if (typeof key === "string" && !(key in target) && missing.has(key)) {
        throw new UsageError(`gr.${key} is not available in gradio-lite yet; see docs/porting.md for what is`);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
