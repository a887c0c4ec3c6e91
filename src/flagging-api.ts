// Flagging (Gradio's gr.CSVLogger and the Interface's Flag button): loaded
// for app code that names gr.Interface or a flagging callback
// (worker/lazy-api.ts), so other apps never fetch it.
import { flaggingImpl } from "./interface.ts";
import { makeFlagging } from "./interface-flagging.ts";

flaggingImpl.make = makeFlagging;

export {
  CSVLogger,
  SimpleCSVLogger,
  FlaggingCallback,
  type CSVLoggerOptions,
  type FlaggingCallbackLike,
} from "./flagging.ts";
export type { FlaggedDataset } from "../worker/protocol.ts";
