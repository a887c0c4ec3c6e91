// gr.Interface for a bundled npm app: with Gradio's Flag button. A
// `<gradio-lite>` worker loads flagging for code that names Interface
// (worker/lazy-api.ts); a bundler cannot read names, so this module imports
// it. Its own binding, not a re-export: a bundler keeps the module of a
// binding the app uses, and with it the import below (package.json's
// sideEffects lists flagging-api).
import "./flagging-api.ts";
import { Interface as BaseInterface } from "./interface.ts";

export const Interface: typeof BaseInterface = BaseInterface;
