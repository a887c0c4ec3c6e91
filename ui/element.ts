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
    const { code, baseUrl, hint } = await this.readCode();
    const host = document.createElement("div");
    host.className = "gradio-container";
    const theme = this.getAttribute("theme");
    if (theme === "dark" || theme === "light") host.classList.add(theme);
    this.replaceChildren(host);
    const worker = GradioLiteElement.workerUrl
      ? new Worker(GradioLiteElement.workerUrl, { type: "module", name: "gradio-lite" })
      : new Worker(new URL("../worker/entry.ts", import.meta.url), { type: "module", name: "gradio-lite" });
    this.running = bootApp(host, worker, { code, baseUrl, hint }, () => {
      this.dispatchEvent(new CustomEvent("render", { bubbles: true }));
    });
    this.resolveClient(this.running.client);
  }

  private async readCode(): Promise<{ code: string; baseUrl?: string; hint?: string }> {
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
    // `<script type="text/gradio">` keeps the code raw: the HTML parser never
    // reads "<p>" inside it as a tag. Bare text is the short form.
    const raw = [...this.children].find(
      (c) => c.tagName === "GRADIO-CODE" || (c.tagName === "SCRIPT" && /^(text\/)?gradio$/.test(c.getAttribute("type") ?? "")),
    );
    if (raw) return { code: dedent(raw.textContent ?? "") };
    const parsedMarkup = [...this.children].some((c) => c.tagName !== FILE_TAG);
    return {
      code: dedent(codeFromNodes(this.childNodes)),
      hint: parsedMarkup
        ? 'The browser read part of this code as HTML tags (a "<" in a string?). Put the code in <script type="text/gradio"> … </script> inside <gradio-lite> to keep it as written.'
        : undefined,
    };
  }
}

/**
 * The code written as the element's text. Comments are notes, not code; an
 * element the parser made from a string such as "<b>" is put back as markup.
 */
function codeFromNodes(nodes: NodeListOf<ChildNode>): string {
  let code = "";
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) code += node.textContent ?? "";
    else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName !== FILE_TAG) code += (node as Element).outerHTML;
  }
  return code;
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
