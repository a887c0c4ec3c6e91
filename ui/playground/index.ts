// <gradio-lite playground>: the app's code in a CodeMirror editor beside the
// running app. An edit re-runs the app after a pause (Ctrl/Cmd+Enter at
// once) in a fresh worker; the new app replaces the old only once it has
// started, so a syntax error leaves the last working app usable and marks its
// line in the editor instead. Loaded only for elements with `playground`.

import type { AppSource, BootOptions, RunningApp, bootApp } from "../boot.ts";
import type { CodeEditor } from "../codemirror/editor.ts";
import { addStyles } from "../styles.ts";
import type { ErrorInfo } from "../../worker/protocol.ts";
import { describeError } from "./describe-error.ts";
import css from "./style.css?inline";

addStyles("playground", css);

/** How long typing pauses before the app re-runs. */
export const RERUN_PAUSE_MS = 600;

/** The element's event, on every edit: `detail.code` is the editor's text (the demo gallery shares it). */
export const CHANGE_EVENT = "playground-change";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

/**
 * Same contract as bootApp, which the element hands in (imported here, it
 * would split the element's own chunk and grow hello world).
 */
export const playground = (boot: typeof bootApp) => (host: HTMLElement, worker: Worker, source: AppSource, onRendered: () => void, options: BootOptions = {}): RunningApp => {
  const element = host.parentElement ?? host;
  const initial = "code" in source ? source.code : "";
  const layout = element.getAttribute("layout") === "vertical" ? "vertical" : "horizontal";
  host.classList.add("gr-playground");
  host.dataset.layout = layout;
  const theme = ["dark", "light"].filter((c) => host.classList.contains(c));

  const pane = el("section", "gr-playground-editor");
  pane.setAttribute("aria-label", "Code editor");
  const bar = el("div", "gr-playground-bar");
  const title = el("span", "gr-block-label gr-playground-title", "App code");
  title.id = `gr-playground-${Math.random().toString(36).slice(2)}`;
  const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? "Cmd" : "Ctrl";
  const hint = el("span", "gr-playground-hint", `Runs as you pause · ${mod}+Enter runs now`);
  const runButton = el("button", "gr-playground-run", "Run");
  runButton.type = "button";
  runButton.title = `Run now (${mod}+Enter)`;
  bar.append(title, hint, runButton);
  const codeBox = el("div", "gr-playground-code");
  const status = el("div", "gr-playground-status");
  status.setAttribute("role", "status");
  pane.append(bar, codeBox, status);
  const appPane = el("div", "gr-playground-app");
  host.replaceChildren(pane, appPane);

  const newHost = () => {
    const h = el("div", ["gradio-container", ...theme].join(" "));
    appPane.append(h);
    return h;
  };

  let current: RunningApp = boot(newHost(), worker, source, onRendered, options);
  /** Whether the app shown started (else it shows its load error, and a failing run replaces it). */
  let currentOk = true;
  let pending: (RunningApp & { host: HTMLElement }) | null = null;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let editor: CodeEditor | null = null;
  let stopped = false;
  let lastRun = initial;
  let marks: typeof import("./error-line.ts") | null = null;

  const showError = (info: ErrorInfo | undefined, fallback: string) => {
    const error: ErrorInfo = info ?? { code: "load", message: fallback };
    status.textContent = describeError(error, currentOk);
    status.dataset.state = "error";
    if (editor && marks && error.line) editor.view.dispatch({ effects: marks.markError.of({ line: error.line, message: error.message }) });
  };
  const clearError = () => {
    delete status.dataset.state;
    if (editor && marks) editor.view.dispatch({ effects: marks.markError.of(null) });
  };
  current.session.then(
    () => void (status.textContent ||= "Up to date"),
    () => {},
  );
  current.session.catch((e: { info?: ErrorInfo; message?: string }) => {
    currentOk = false;
    showError(e.info, String(e.message));
  });

  // Each run gets a fresh worker, as the element makes them (its respawn).
  const spawn = options.respawn;
  const run = (code: string) => {
    clearTimeout(timer);
    if (stopped || !spawn) return;
    lastRun = code;
    const mine = ++generation;
    pending?.stop();
    pending?.host.remove();
    const nextHost = newHost();
    nextHost.hidden = true;
    status.textContent = "Running…";
    delete status.dataset.state;
    const next = boot(
      nextHost,
      spawn(),
      { code, baseUrl: "baseUrl" in source ? source.baseUrl : undefined, files: "files" in source ? source.files : undefined },
      () => {},
      options,
    );
    pending = Object.assign(next, { host: nextHost });
    next.session.then(
      () => {
        if (mine !== generation || stopped) return;
        // The new app has rendered: it takes the old one's place.
        const old = current;
        const oldHost = appPane.firstElementChild;
        current = next;
        currentOk = true;
        pending = null;
        nextHost.hidden = false;
        old.stop();
        if (oldHost && oldHost !== nextHost) oldHost.remove();
        clearError();
        status.textContent = "Up to date";
        onRendered();
      },
      (e: { info?: ErrorInfo; message?: string }) => {
        if (mine !== generation || stopped) return;
        pending = null;
        clearError();
        if (currentOk) {
          next.stop();
          nextHost.remove();
        } else {
          // No working app to keep: this run's error box replaces the last one.
          const oldHost = appPane.firstElementChild;
          current.stop();
          if (oldHost && oldHost !== nextHost) oldHost.remove();
          current = next;
          nextHost.hidden = false;
        }
        showError(e.info, String(e.message));
      },
    );
  };

  const edited = (code: string) => {
    element.dispatchEvent(new CustomEvent(CHANGE_EVENT, { bubbles: true, detail: { code } }));
    clearTimeout(timer);
    if (code !== lastRun) timer = setTimeout(() => run(code), RERUN_PAUSE_MS);
  };
  runButton.addEventListener("click", () => run(editor?.view.state.doc.toString() ?? lastRun));

  void Promise.all([import("../codemirror/editor.ts"), import("./error-line.ts")]).then(([{ createEditor }, errorLine]) => {
    if (stopped) return;
    marks = errorLine;
    editor = createEditor({
      parent: codeBox,
      doc: initial,
      language: "javascript",
      labelledBy: title.id,
      // An app's lines run long (a gr.Interface call); wrapped, they stay readable on a phone.
      wrapLines: true,
      keys: [{ key: "Mod-Enter", run: (view) => (run(view.state.doc.toString()), true) }],
      extensions: [errorLine.errorMarks],
      onChange: (text) => edited(text),
    });
    // A load error that came before the editor did.
    current.session.catch((e: { info?: ErrorInfo }) => {
      if (e.info?.line && lastRun === initial) editor!.view.dispatch({ effects: errorLine.markError.of({ line: e.info.line, message: e.info.message }) });
    });
  });

  return {
    get client() {
      return current.client;
    },
    get session() {
      return current.session;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      pending?.stop();
      current.stop();
      editor?.destroy();
    },
  };
};
