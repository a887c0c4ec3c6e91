// Gradio's flagging callbacks (gr.CSVLogger, gr.SimpleCSVLogger,
// gr.FlaggingCallback): loaded for app code that names one
// (worker/lazy-api.ts). An Interface's own Flag button needs none of this to
// start: its callback loads with the first flag (src/interface-flagging.ts).
export {
  CSVLogger,
  SimpleCSVLogger,
  FlaggingCallback,
  type CSVLoggerOptions,
  type FlaggingCallbackLike,
} from "./flagging.ts";
export type { FlaggedDataset } from "../worker/protocol.ts";
