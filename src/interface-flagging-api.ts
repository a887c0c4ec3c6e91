// An Interface's Flag buttons (src/interface-flagging.ts): loaded for app
// code that names gr.Interface (worker/lazy-api.ts), and imported by a
// bundled app's gr.Interface (src/bundled-interface.ts). What a flag runs
// loads with the first flag.
import { flaggingImpl } from "./interface.ts";
import { makeFlagging } from "./interface-flagging.ts";

flaggingImpl.make = makeFlagging;
