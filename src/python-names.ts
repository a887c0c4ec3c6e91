// Gradio's Python names that have another home in a JS app. Calling one says
// where to go instead of failing with "is not a function"; the parameter
// type `never` makes the call a type error in TypeScript too.

import { UsageError } from "./errors.ts";

function moved(name: string, instead: string): (never: never) => never {
  return () => {
    throw new UsageError(`gr.${name} is Python's form: in a JS app ${instead}`);
  };
}

const viaCtx = (name: string, use: string) => moved(name, `${use}, where ctx is the handler's last argument`);

/** @deprecated Python's form: call `ctx.info(message)` with the handler's last argument, `ctx`. */
export const Info = viaCtx("Info", "call ctx.info(message)");
/** @deprecated Python's form: call `ctx.warning(message)`. */
export const Warning = viaCtx("Warning", "call ctx.warning(message)");
/** @deprecated Python's form: call `ctx.progress(fraction | [i, n], description)`. */
export const Progress = viaCtx("Progress", "call ctx.progress(fraction | [i, n], description)");
/** @deprecated Python's form: read `ctx.request` (the page's URL and query). */
export const Request = viaCtx("Request", "read ctx.request ({ url, query })");
// gr.EventData, gr.SelectData, … are types here (src/event-data.ts): `ctx.event` has them.
/** @deprecated `gr.load` fetches a Space or model from Hugging Face's servers. */
export const load = moved("load", "there is no server to load from: run the model in the worker (docs/porting.md)");
/** @deprecated Mounting needs a Python web server. */
export const mount_gradio_app = moved("mount_gradio_app", "there is no server to mount on: put <gradio-lite> in any page");

/** Byte sizes for `maxFileSize`: `5 * gr.FileSize.MB`. */
export const FileSize = Object.freeze({ B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 });

/**
 * The API as app code in `<gradio-lite>` sees it: reading a component name
 * the runtime lacks (`gr.DataFrame`, or a typo such as `gr.Textbx`) says so,
 * instead of "gr.DataFrame is not a function".
 */
export function withPortingHints<T extends object>(api: T): T {
  return new Proxy(api, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^[A-Z]/.test(key) && !(key in target)) {
        // gr.EventData, gr.SelectData, …: Python's annotations; here the data is ctx.event.
        if (/Data$/.test(key)) throw new UsageError(`gr.${key} is Python's form: in a JS app read ctx.event, where ctx is the handler's last argument`);
        throw new UsageError(`gr.${key} is not available in gradio-lite (yet); see docs/porting.md for what is`);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
