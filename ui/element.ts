// <gradio-lite>: the app code as its text (or `src`), one worker per element.

import type { NamedFile } from "../worker/protocol.ts";
import type { Client } from "./client.ts";
import { bootApp, type AppSource, type RunningApp } from "./boot.ts";
import { embedFor, holdPlace, releaseHeight, type Embed } from "./embed.ts";
import { startsAtOnce, whenNear } from "./start-when-near.ts";
import { injectStyles } from "./styles.ts";

const FILE_TAG = "GRADIO-FILE";

export class GradioLiteElement extends HTMLElement {
  /** Loads workers from this URL instead (tests; custom builds). */
  static workerUrl: URL | null = null;
  /** Where a started worker may come from first (lite.js's early spawn). */
  static prespawned: (el: Element) => Worker | null = () => null;

  private static spawn(el?: Element): Worker {
    if (GradioLiteElement.workerUrl) return new Worker(GradioLiteElement.workerUrl, { type: "module", name: "gradio-lite" });
    return (
      (el && GradioLiteElement.prespawned(el)) ??
      new Worker(new URL("../worker/entry.ts", import.meta.url), { type: "module", name: "gradio-lite" })
    );
  }
  private running: RunningApp | null = null;
  private resolveRunning!: (app: RunningApp) => void;
  private readonly started: Promise<RunningApp> = new Promise((resolve) => (this.resolveRunning = resolve));
  private clientPromise: Promise<Client> | null = null;

  /** Resolves once the app runs; rejects if it cannot start. */
  get client(): Promise<Client> {
    // A page that asks for the client wants the app running, in view or not.
    if (this.wake) this.wake();
    else if (!this.worker && !this.running && this.isConnected) this.worker = GradioLiteElement.spawn(this);
    if (!this.clientPromise) {
      this.clientPromise = this.started.then((app) => app.client);
      // The app's box shows a load error; a page that never awaits `client` must not see it as unhandled.
      this.clientPromise.catch(() => {});
    }
    return this.clientPromise;
  }

  /** Started when the element is connected (if it starts at once): the worker loads while the code is read. */
  private worker: Worker | null = null;
  /** Counts connections: a boot for an earlier one (removed while its code was read) stops. */
  private connections = 0;
  /** Starts an app that waits to near the viewport, at once. */
  private wake: (() => void) | null = null;
  private unobserve = () => {};
  /** `:state(reading)` while its text is still code (ui/styles.css keeps it hidden, in its space). */
  private readonly internals = this.attachInternals();

  connectedCallback(): void {
    if (this.running || this.worker || this.wake) return;
    injectStyles();
    // A built page's app already shows (prerendered by the build command): it stays in view while the code is read.
    if (!this.prerendered()) this.internals.states.add("reading");
    const early = GradioLiteElement.prespawned(this);
    // Without `eager`, an app far below the fold starts no worker until it nears the viewport (ui/start-when-near.ts).
    if (early || startsAtOnce(this)) this.worker = early ?? GradioLiteElement.spawn(this);
    const connection = ++this.connections;
    // While the page is still parsing, the element's text may be incomplete.
    // Otherwise a microtask lets a script that just appended it set its text.
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void this.boot(connection), { once: true });
    else queueMicrotask(() => void this.boot(connection));
  }

  disconnectedCallback(): void {
    this.connections++;
    this.unobserve();
    this.wake = null;
    this.running?.stop("The app was removed from the page");
    if (!this.running) this.worker?.terminate();
    this.running = null;
    this.worker = null;
  }

  private async boot(connection: number): Promise<void> {
    if (this.running || !this.isConnected) return;
    // The playground (an editor beside the app) loads only for the elements that ask for it, while the code is read.
    const [{ code, baseUrl, hint }, files, embed, start] = await Promise.all([
      this.readCode(),
      this.readFiles(),
      embedFor(this),
      this.hasAttribute("playground") ? import("./playground/index.ts").then((m) => m.playground(bootApp)) : bootApp,
    ]);
    if (connection !== this.connections) return; // removed while the code was read
    const prerendered = this.prerendered();
    const host = prerendered ?? document.createElement("div");
    host.className = "gradio-container";
    embed.frame(host);
    // Prerendered content has its own height: none is held for it.
    if (prerendered) releaseHeight(host);
    this.replaceChildren(host);
    this.internals.states.delete("reading");
    const source: AppSource = { code, baseUrl, hint, files };
    if (this.worker) return this.run(host, this.worker, source, embed, start);
    if (!prerendered) holdPlace(host);
    this.wake = () => {
      this.unobserve();
      this.wake = null;
      this.worker = GradioLiteElement.spawn(this);
      this.run(host, this.worker, source, embed, start);
    };
    this.unobserve = whenNear(this, () => this.wake?.());
  }

  private run(host: HTMLElement, worker: Worker, source: AppSource, embed: Embed, start: typeof bootApp): void {
    const rendered = () => {
      releaseHeight(host);
      this.dispatchEvent(new CustomEvent("render", { bubbles: true }));
    };
    this.running = start(host, worker, source, rendered, { respawn: () => GradioLiteElement.spawn() });
    embed.started(host, this.running);
    this.resolveRunning(this.running);
  }

  /** The app's first view as the build command wrote it into the page (prerender/), until the app renders over it. */
  private prerendered(): HTMLElement | null {
    return this.querySelector<HTMLElement>(":scope > div[data-prerendered]");
  }

  /**
   * `<gradio-file name="data.csv" src="data.csv">` (or inline text) children:
   * in the app's file cache before its code runs. One that cannot be
   * fetched goes with why: the app's box shows it, and reading it says so.
   */
  private async readFiles(): Promise<NamedFile[]> {
    const tags = [...this.children].filter((c) => c.tagName === FILE_TAG);
    const files = await Promise.all(
      tags.map(async (tag): Promise<NamedFile> => {
        const name = tag.getAttribute("name") ?? tag.getAttribute("src")?.split("/").pop() ?? "file";
        const src = tag.getAttribute("src");
        if (!src) return { name, blob: new Blob([dedent(tag.textContent ?? "")], { type: "text/plain" }) };
        try {
          const response = await fetch(new URL(src, document.baseURI));
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return { name, blob: await response.blob() };
        } catch (error) {
          return { name, blob: new Blob(), error: `${error instanceof Error ? error.message : String(error)} from <gradio-file src="${src}">` };
        }
      }),
    );
    return files;
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
    else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName !== FILE_TAG && !(node as Element).hasAttribute("data-prerendered")) code += (node as Element).outerHTML;
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
