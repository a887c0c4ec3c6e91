// Parts of `gr.*` that most apps never use load only for an app whose code
// names them, so hello world's worker stays small. A name is looked for in
// the app's own code; a module it imports that uses a group the main code
// never names gets the "not available" hint instead.
import * as core from "../src/api.ts";

const GROUPS: Array<{ names: RegExp; load: () => Promise<object> }> = [
  { names: /\b(?:Chatbot|ChatInterface|ChatMessage|MultimodalTextbox)\b/, load: () => import("../src/chat-api.ts") },
  { names: /\bDataFrame\b|\bDataframe\b/, load: () => import("../src/dataframe-api.ts") },
  { names: /\bDateTime\b/, load: () => import("../src/datetime-api.ts") },
  { names: /\bPlot\b/, load: () => import("../src/vega-plot-api.ts") },
  { names: /\b(?:LinePlot|ScatterPlot|BarPlot)\b/, load: () => import("../src/plots-api.ts") },
  {
    names: /\b(?:AnnotatedImage|ColorPicker|HighlightedText|ImageSlider|SimpleImage|DownloadButton|UploadButton|ClearButton|ParamViewer|DeepLinkButton)\b/,
    load: () => import("../src/more-api.ts"),
  },
  { names: /\b(?:ImageEditor|Sketchpad|Paint|ImageMask|Brush|Eraser|LayerOptions)\b/, load: () => import("../src/image-editor-api.ts") },
  { names: /\bDatabase/, load: () => import("../src/database-api.ts") },
  // Live media: a stream (`.stream`, `streaming`) or audio as samples, maybe in a module the app imports.
  { names: /\bstream|\bsample(?:s|Rate)\b|\bimport\b/, load: () => import("../src/live-api.ts") },
  { names: /\bCode\b/, load: () => import("../src/code-api.ts") },
  { names: /\bTabbedInterface\b/, load: () => import("../src/tabbed-interface.ts") },
  // Flagging callbacks, maybe in a module the app imports.
  { names: /\b(?:CSVLogger|SimpleCSVLogger|FlaggingCallback|import)\b/, load: () => import("../src/flagging-api.ts") },
  { names: /\b(?:Examples|cacheExamples|examplesPerPage|exampleLabels)\b/, load: () => import("../src/examples-api.ts") },
  // Reading a custom component's class (`extends gr.Component`), which may sit in a module the app imports.
  { names: /\bComponent\b|\bimport\b|\bextends\b/, load: () => import("../src/custom-spec.ts").then(() => ({})) },
  // A generator handler (`function*`, `async *name()`), maybe in a module the app imports: its values stream (worker/stream.ts).
  { names: /\*\s*[\w$]*\s*\(|\byield\b|\bimport\b/, load: () => import("./stream.ts").then(() => ({})) },
  // Code that imports runs as a module (./run-code.ts): its loader comes beside the groups, not after them.
  { names: /\b(?:import|export)\b/, load: () => import("./run-module.ts").then(() => ({})) },
];

/**
 * Starts loading the groups this code names, ahead of its `load`: lite.js
 * sends an element's text as it spawns the worker (`HintMessage`), so an
 * Interface's flagging loads while the page loads its UI, not after.
 * `apiFor` then finds them loaded; a wrong guess only costs a fetch.
 */
export function preloadApi(code: string): void {
  for (const g of GROUPS) if (g.names.test(code)) g.load().catch(() => {});
}

/** The `gr` namespace for this code: the core, plus each group the code names. */
export async function apiFor(code: string): Promise<object> {
  const groups = GROUPS.filter((g) => g.names.test(code));
  if (!groups.length) return core;
  const loaded = await Promise.all(groups.map((g) => g.load()));
  return Object.assign({}, core, ...loaded);
}
