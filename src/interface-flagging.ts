// gr.Interface's flagging, as gradio/interface.py wires it: "manual" puts a
// Flag button (or one per flagging option) under the outputs, which shows
// "Saving..." while the inputs and outputs go to the callback; "auto" flags
// every successful run. Rows kept in this browser are shown by a "Flagged (n)"
// control beside the buttons (components/flagged-rows/flagged-rows.ts).
//
// Every Interface has this (Gradio's default), so it starts with the worker:
// a group loaded by name (worker/lazy-api.ts) was one more fetch before an
// Interface's code could run. It is only the buttons and their listeners:
// what a flag or a read of the rows runs (the CSVLogger, the cells, the
// store) loads with the first one (src/flag-actions.ts), after the app has
// rendered (issue #14 items 6 and 7).

import { currentRoot } from "./block.ts";
import type { Blocks } from "./blocks.ts";
import type { Component } from "./component.ts";
import * as c from "./components.ts";
import { listen, type Dependency } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import { DEFAULT_FLAGGING_DIR, FlaggedRows, keepsRowsHere } from "../components/flagged-rows/flagged-rows.ts";
import type { FlaggingCallbackLike } from "./flagging.ts";
import type { AnyComponent, Context } from "./handler.ts";
import type { FlaggingSetup, InterfaceFlagging } from "./interface.ts";
import { update } from "./updates.ts";
import { describe } from "./values.ts";

/** How long "Saving..." stays, so the user sees the button change (Gradio's FlagMethod waits 0.8 s). */
const FEEDBACK_MS = 800;

const HIDDEN = { apiName: false, queue: false, showProgress: "hidden" } as const;

const actions = () => import("./flag-actions.ts");

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
  const dir = options.flaggingDir ?? DEFAULT_FLAGGING_DIR;
  // The app's own callback is set up now, as Gradio does; the default CSVLogger with the first flag or read.
  given?.setup(components, dir);
  let callback: Promise<FlaggingCallbackLike> | null = given ? Promise.resolve(given) : null;
  const theCallback = () => (callback ??= actions().then((a) => a.defaultLogger(components, dir)));
  // Only a logger of this browser (the default, a gr.CSVLogger) has rows to show: a custom callback keeps its own.
  const stored = !given || keepsRowsHere in given;
  const withOption = mode === "manual" && choices.some(([, value]) => value !== null);
  const buttons: Array<[Component, string, string | null]> = [];
  let rows: Component | null = null;
  const warned = { volatile: false };

  /** The viewer's new value: the rows kept in this browser, shown once there is one. */
  const shown = async (ctx?: Context) => (stored ? (await actions()).rowsUpdate(await theCallback(), { withOption, ctx, warned }) : update());

  const flag = async (values: unknown[], option: string | null, ctx: Context) => {
    await (await actions()).flagRow(await theCallback(), values, option);
    return shown(ctx);
  };

  return {
    manual: mode === "manual",
    buttons() {
      if (mode === "manual") for (const [label, value] of choices) buttons.push([c.Button(label), label, value]);
    },
    viewer() {
      if (stored) rows = FlaggedRows({ visible: false });
    },
    wire(clear: Component | null, runs: Dependency[]) {
      const viewer = rows ? [rows] : [];
      // Whether there are rows to show is read once the page is idle: not beside the app's first answers (issue #14 item 7).
      if (rows) listen([[currentRoot() as Blocks, "load"]], [() => shown(), null, rows, HIDDEN]).whenIdle = true;
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
