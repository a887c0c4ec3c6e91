// gr.Interface for a bundled npm app: with Gradio's Flag button. A
// `<gradio-lite>` worker loads the buttons for code that names Interface
// (worker/lazy-api.ts); a bundler cannot read names, so this module imports
// them. Its own binding, not a re-export: a bundler keeps the module of a
// binding the app uses, and with it the import below (package.json's
// sideEffects lists interface-flagging-api). What a flag runs (the CSVLogger,
// the store) stays a chunk of its own that loads with the first flag.
import "./interface-flagging-api.ts";
import { Interface as BaseInterface } from "./interface.ts";

export const Interface: typeof BaseInterface = BaseInterface;
