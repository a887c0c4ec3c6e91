// <gradio-lite playground>: the app's code in a CodeMirror editor beside the
// running app. An edit re-runs the app after a pause (Ctrl/Cmd+Enter at
// once); an error that stops the code from starting marks its line in the
// editor (./runner.ts keeps the last working app on screen meanwhile).
// Loaded only for elements with `playground`.

import type { AppSource, BootOptions, RunningApp, bootApp } from "../boot.ts";
import type { CodeEditor } from "../codemirror/editor.ts";
import { addStyles } from "../styles.ts";
import type { ErrorInfo } from "../../worker/protocol.ts";
import { describeError } from "./describe-error.ts";
import { buildPanes } from "./panes.ts";
import { createRunner } from "./runner.ts";
import css from "./style.css?inline";

addStyles("playground", css);

/** How long typing pauses before the app re-runs. */
export const RERUN_PAUSE_MS = 600;

/** The element's event, on every edit: `detail.code` is the editor's text (the demo gallery shares it). */
export const CHANGE_EVENT = "playground-change";

/**
 * Same contract as bootApp, which the element hands in (imported here, it
 * would split the element's own chunk and grow hello world).
 */
export const playground =
  (boot: typeof bootApp) =>
  (host: HTMLElement, worker: Worker, source: AppSource, onRendered: () => void, options: BootOptions = {}): RunningApp => {
    const element = host.parentElement ?? host;
    const initial = "code" in source ? source.code : "";
    const panes = buildPanes(host, element.getAttribute("layout") === "vertical" ? "vertical" : "horizontal");
    let editor: CodeEditor | null = null;
    let marks: typeof import("./error-line.ts") | null = null;
    /** The error the editor shows (kept for an editor that loads after it). */
    let shownError: ErrorInfo | null = null;
    let lastRun = initial;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const markLine = () => {
      const error = shownError?.line ? { line: shownError.line, message: shownError.message } : null;
      if (editor && marks) editor.view.dispatch({ effects: marks.markError.of(error) });
    };
    const runner = createRunner(
      { worker, onRendered },
      {
        boot,
        pane: panes.app,
        containerClass: ["gradio-container", ...["dark", "light"].filter((c) => host.classList.contains(c))].join(" "),
        source,
        options,
        onShown: () => {
          shownError = null;
          markLine();
          panes.setStatus("Up to date");
          onRendered();
        },
        onFailed: (error, kept) => {
          shownError = error;
          markLine();
          panes.setStatus(describeError(error, kept), true);
        },
      },
    );
    runner.current.session.then(() => panes.status.textContent || panes.setStatus("Up to date"), () => {});

    const run = (code: string) => {
      clearTimeout(timer);
      lastRun = code;
      panes.setStatus("Running…");
      runner.run(code);
    };
    const edited = (code: string) => {
      element.dispatchEvent(new CustomEvent(CHANGE_EVENT, { bubbles: true, detail: { code } }));
      clearTimeout(timer);
      if (code !== lastRun) timer = setTimeout(() => run(code), RERUN_PAUSE_MS);
    };
    panes.runButton.addEventListener("click", () => run(editor?.view.state.doc.toString() ?? lastRun));

    let stopped = false;
    void Promise.all([import("../codemirror/editor.ts"), import("./error-line.ts")]).then(([{ createEditor }, errorLine]) => {
      if (stopped) return;
      marks = errorLine;
      editor = createEditor({
        parent: panes.code,
        doc: initial,
        language: "javascript",
        labelledBy: panes.titleId,
        // An app's lines run long (a gr.Interface call); wrapped, they stay readable on a phone.
        wrapLines: true,
        keys: [{ key: "Mod-Enter", run: (view) => (run(view.state.doc.toString()), true) }],
        extensions: [errorLine.errorMarks],
        onChange: edited,
      });
      markLine();
    });

    return {
      get client() {
        return runner.current.client;
      },
      get session() {
        return runner.current.session;
      },
      stop() {
        stopped = true;
        clearTimeout(timer);
        runner.stop();
        editor?.destroy();
      },
    };
  };
