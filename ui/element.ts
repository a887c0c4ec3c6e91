// <gradio-lite>: the app code as its text (or `src`), one worker per element.

import type { Client } from "./client.ts";
import { bootApp, type RunningApp } from "./boot.ts";
import { injectStyles } from "./styles.ts";

const FILE_TAG = "GRADIO-FILE";

export class GradioLiteElement extends HTMLElement {
  static workerUrl: URL | null = null;
  private running: RunningApp | null = null;
  private resolveClient!: (client: Promise<Client>) => void;
  /** Resolves once the app runs; rejects if it cannot start. */
  readonly client: Promise<Client> = new Promise((resolve) => (this.resolveClient = resolve));

  constructor() {
    super();
    // The app's box shows a load error; a page that never awaits `client` must not see it as unhandled.
    this.client.catch(() => {});
  }

  connectedCallback(): void {
    if (this.running) return;
    injectStyles();
    // Wait a task so the element's text has been parsed when it is in the page's HTML.
    queueMicrotask(() => setTimeout(() => void this.boot()));
  }

  disconnectedCallback(): void {
    this.running?.stop();
    this.running = null;
  }

  private async boot(): Promise<void> {
    if (this.running || !this.isConnected) return;
    const { code, baseUrl } = await this.readCode();
    const host = document.createElement("div");
    host.className = "gradio-container";
    const theme = this.getAttribute("theme");
    if (theme === "dark" || theme === "light") host.classList.add(theme);
    this.replaceChildren(host);
    const worker = GradioLiteElement.workerUrl
      ? new Worker(GradioLiteElement.workerUrl, { type: "module", name: "gradio-lite" })
      : new Worker(new URL("../worker/entry.ts", import.meta.url), { type: "module", name: "gradio-lite" });
    this.running = bootApp(host, worker, { code, baseUrl }, () => {
      this.dispatchEvent(new CustomEvent("render", { bubbles: true }));
    });
    this.resolveClient(this.running.client);
  }

  private async readCode(): Promise<{ code: string; baseUrl?: string }> {
    const src = this.getAttribute("src");
    if (src) {
      const url = new URL(src, document.baseURI);
      const failed = (why: string) => ({ code: `throw new Error(${JSON.stringify(`Could not load the app's code from ${src}: ${why}`)});` });
      try {
        const response = await fetch(url);
        if (!response.ok) return failed(`HTTP ${response.status}`);
        return { code: await response.text(), baseUrl: url.href };
      } catch (error) {
        return failed(error instanceof Error ? error.message : String(error));
      }
    }
    const codeChild = [...this.children].find((c) => c.tagName === "GRADIO-CODE");
    const text = codeChild
      ? (codeChild.textContent ?? "")
      : [...this.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE || (n as Element).tagName !== FILE_TAG)
          .map((n) => n.textContent ?? "")
          .join("");
    return { code: dedent(text) };
  }
}

/** Strips the indentation shared by every line, as HTML authors indent. */
export function dedent(text: string): string {
  const lines = text.replace(/^\s*\n/, "").replace(/\s+$/, "").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n");
}

export function defineElement(): void {
  if (!customElements.get("gradio-lite")) customElements.define("gradio-lite", GradioLiteElement);
}
