// The playground's layout inside the element's container: the editor pane
// (a bar with its title, hint and Run button; the editor; a status line) and
// the app pane. ./style.css places them side by side or stacked.

export interface Panes {
  code: HTMLElement;
  app: HTMLElement;
  status: HTMLElement;
  runButton: HTMLButtonElement;
  /** The id of the title that names the editor. */
  titleId: string;
  setStatus(text: string, error?: boolean): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

export function buildPanes(host: HTMLElement, layout: "horizontal" | "vertical"): Panes {
  host.classList.add("gr-playground");
  host.dataset.layout = layout;
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
  const code = el("div", "gr-playground-code");
  const status = el("div", "gr-playground-status");
  status.setAttribute("role", "status");
  pane.append(bar, code, status);
  const app = el("div", "gr-playground-app");
  host.replaceChildren(pane, app);
  return {
    code,
    app,
    status,
    runButton,
    titleId: title.id,
    setStatus(text, error = false) {
      status.textContent = text;
      if (error) status.dataset.state = "error";
      else delete status.dataset.state;
    },
  };
}
