// gr.Interface's flagging, as gradio/interface.py wires it: "manual" puts a
// Flag button (or one per flagging option) under the outputs, which shows
// "Saving..." while the inputs and outputs go to the callback; "auto" flags
// every successful run. Rows kept in this browser are shown by a "Flagged (n)"
// control beside the buttons (src/flagged-rows.ts). Loaded for app code that
// names gr.Interface (worker/lazy-api.ts).

import { currentRoot } from "./block.ts";
import type { Blocks } from "./blocks.ts";
import type { Component } from "./component.ts";
import * as c from "./components.ts";
import { listen, type Dependency } from "./dependency.ts";
import { GradioError, UsageError } from "./errors.ts";
import { FlaggedRows } from "./flagged-rows.ts";
import { CSVLogger, DEFAULT_FLAGGING_DIR, isStoredLogger, type FlaggingCallbackLike } from "./flagging.ts";
import type { AnyComponent, Context } from "./handler.ts";
import type { FlaggingSetup, InterfaceFlagging } from "./interface.ts";
import { update, type Update } from "./updates.ts";
import { describe } from "./values.ts";

/** How long "Saving..." stays, so the user sees the button change (Gradio's FlagMethod waits 0.8 s). */
const FEEDBACK_MS = 800;

const HIDDEN = { apiName: false, queue: false, showProgress: "hidden" } as const;

/** `flaggingOptions` as Gradio reads them: strings become ("Flag as X", X); none is one plain "Flag". */
export function flagButtons(options: unknown): Array<[label: string, value: string | null]> {
  if (options === null || options === undefined) return [["Flag", null]];
  const bad = () => new UsageError(`gr.Interface: flaggingOptions must be a list of strings or of [label, value] pairs of strings, got ${describe(options)}`);
  if (!Array.isArray(options)) throw bad();
  if (options.every((o) => typeof o === "string")) return options.map((o: string) => [`Flag as ${o}`, o]);
  if (options.every((o) => Array.isArray(o) && o.length === 2 && typeof o[0] === "string")) {
    return options.map(([label, value]: [string, unknown]) => {
      if (typeof value !== "string") throw new UsageError(`gr.Interface: a flagging option's value must be a string, not ${describe(value)}`);
      return [label, value];
    });
  }
  throw bad();
}

function isCallback(value: unknown): value is FlaggingCallbackLike {
  const v = value as Partial<FlaggingCallbackLike> | null;
  return !!v && typeof v === "object" && typeof v.setup === "function" && typeof v.flag === "function";
}

/** The store's own failures (storage full) are the user's to read; anything else is the app's error. */
function readable(error: unknown): unknown {
  const name = error instanceof Error ? error.name : "";
  return name === "FlagStoreError" || name === "FileCacheError" ? new GradioError((error as Error).message, { title: "Not flagged" }) : error;
}

/** Gradio's mode, "manual" unless set (its GRADIO_FLAGGING_MODE has no browser counterpart); `flagging` is this runtime's older name. */
function modeOf({ flaggingMode, flagging }: FlaggingSetup["options"]): "never" | "manual" | "auto" {
  const mode = flaggingMode ?? (flagging === false ? "never" : flagging === true || flagging === undefined ? "manual" : flagging);
  if (mode !== "never" && mode !== "manual" && mode !== "auto") throw new UsageError(`gr.Interface: flaggingMode must be "never", "manual" or "auto", got ${describe(mode)}`);
  return mode;
}

/** An Interface's flagging; null when it has none ("never", or input-only as in Gradio). */
export function makeFlagging({ options, kind, components }: FlaggingSetup): InterfaceFlagging | null {
  const mode = modeOf(options);
  if (mode === "never" || kind === "input-only") return null;
  const choices = flagButtons(options.flaggingOptions);
  const given = options.flaggingCallback;
  if (given !== undefined && given !== null && !isCallback(given)) {
    throw new UsageError(`gr.Interface: flaggingCallback must be a FlaggingCallback (an object with setup(components, dir) and flag(values, option, username)), got ${describe(given)}`);
  }
  const callback: FlaggingCallbackLike = given ?? CSVLogger();
  const dir = options.flaggingDir ?? DEFAULT_FLAGGING_DIR;
  callback.setup(components, dir);
  const withOption = mode === "manual" && choices.some(([, value]) => value !== null);
  const buttons: Array<[Component, string, string | null]> = [];
  let rows: Component | null = null;
  let warnedVolatile = false;

  /** The viewer's new value: the rows kept in this browser, shown once there is one. */
  const shown = async (ctx?: Context): Promise<Update> => {
    if (!isStoredLogger(callback)) return update();
    const { persistent, reason } = await callback.persistence();
    if (!persistent && ctx && !warnedVolatile) {
      warnedVolatile = true;
      ctx.warning(`Flagged rows are kept in memory only (${reason}): they are gone when the page closes.`);
    }
    const data = await callback.dataset({ flagOption: withOption });
    return update({ value: data, visible: !!data?.rows.length });
  };

  const flag = async (values: unknown[], option: string | null, ctx: Context) => {
    try {
      await callback.flag(values, option, null);
    } catch (error) {
      throw readable(error);
    }
    return shown(ctx);
  };

  return {
    manual: mode === "manual",
    buttons() {
      if (mode === "manual") for (const [label, value] of choices) buttons.push([c.Button(label), label, value]);
    },
    viewer() {
      // Only this browser's own store can be shown: a custom callback keeps its rows itself.
      if (isStoredLogger(callback)) rows = FlaggedRows({ visible: false });
    },
    wire(clear: Component | null, runs: Dependency[]) {
      const viewer = rows ? [rows] : [];
      if (rows) listen([[currentRoot() as Blocks, "load"]], [() => shown(), null, rows, HIDDEN]);
      const flagged = components as AnyComponent[];
      if (mode === "auto") {
        for (const run of runs) {
          // No outputs without a viewer: what it returns is then dropped.
          run.success(async function (this: Context, ...values: unknown[]) {
            return flag(values, null, this);
          }, flagged, viewer, { ...HIDDEN, preprocess: false });
        }
        return;
      }
      for (const [button, label, value] of buttons) {
        listen([[button, "click"]], [() => update({ value: "Saving...", interactive: false }), null, button, HIDDEN]);
        const saving = listen([[button, "click"]], [
          async function (this: Context, ...values: unknown[]) {
            const next = await flag(values, value, this);
            await new Promise((resolve) => setTimeout(resolve, FEEDBACK_MS));
            const reset = update({ value: label, interactive: true });
            return rows ? [reset, next] : reset;
          },
          flagged,
          [button, ...viewer],
          { ...HIDDEN, preprocess: false },
        ]);
        // Gradio's button says "Error!" when the callback fails; the toast says why.
        saving.failure(() => update({ value: "Error!", interactive: true }), null, button, HIDDEN);
        if (clear) listen([[clear, "click"]], [() => update({ value: label, interactive: true }), null, button, HIDDEN]);
      }
    },
  };
}
