// What an Interface's Flag button runs (src/interface-flagging.ts), loaded
// with its first flag or its first read of the rows: Gradio's default
// callback (a CSVLogger), its cells and the store behind it. The loggers come
// by import(): a bundled app's gradio-lite re-exports gr.CSVLogger, and a
// static import here would put them in every Interface's start
// (vite-plugin/worker-start.js leaves what import() loads to the bundler).

import type { AnyComponent, Context } from "./handler.ts";
import { GradioError } from "./errors.ts";
import type { FlaggingCallbackLike } from "./flagging.ts";
import { update, type Update } from "./updates.ts";

const loggers = () => import("./flagging.ts");

/** Gradio's default flagging callback, set up for the Interface's components and folder. */
export async function defaultLogger(components: readonly AnyComponent[], dir: string): Promise<FlaggingCallbackLike> {
  const logger = (await loggers()).CSVLogger();
  logger.setup(components, dir);
  return logger;
}

/** One flag; the store's own failures (storage full) are the user's to read, anything else is the app's error. */
export async function flagRow(callback: FlaggingCallbackLike, values: unknown[], option: string | null): Promise<void> {
  try {
    await callback.flag(values, option, null);
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    throw name === "FlagStoreError" || name === "FileCacheError" ? new GradioError((error as Error).message, { title: "Not flagged" }) : error;
  }
}

/** The rows' control's new value: the rows kept in this browser, shown once there is one; a warning once if they live in memory only. */
export async function rowsUpdate(
  callback: FlaggingCallbackLike,
  { withOption, ctx, warned }: { withOption: boolean; ctx?: Context; warned: { volatile: boolean } },
): Promise<Update> {
  if (!(await loggers()).isStoredLogger(callback)) return update();
  const { persistent, reason } = await callback.persistence();
  if (!persistent && ctx && !warned.volatile) {
    warned.volatile = true;
    ctx.warning(`Flagged rows are kept in memory only (${reason}): they are gone when the page closes.`);
  }
  const data = await callback.dataset({ flagOption: withOption });
  return update({ value: data, visible: !!data?.rows.length });
}
