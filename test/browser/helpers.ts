// Shared helpers for browser-mode tests: mount a real <gradio-lite> element
// (real Worker, real control calls) and wait for what a user would see.
import { defineElement, type GradioLiteElement } from "../../ui/element.ts";
import type { Client } from "../../ui/client.ts";

defineElement();

export interface Mounted {
  el: GradioLiteElement;
  client: Promise<Client>;
  rendered: Promise<void>;
}

export function mountApp(code: string, attrs: Record<string, string> = {}): Mounted {
  const el = document.createElement("gradio-lite") as GradioLiteElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = code;
  const rendered = new Promise<void>((resolve) => el.addEventListener("render", () => resolve(), { once: true }));
  document.body.append(el);
  return { el, client: el.client, rendered };
}

/** Polls `check` until it returns a truthy value (or throws after `timeout`). */
export async function waitFor<T>(check: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`waitFor timed out: ${check.toString()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function cleanup(): void {
  document.querySelectorAll("gradio-lite").forEach((el) => el.remove());
}

/** The text control of the Textbox with this elemId: a <textarea>, as in Gradio 5 (an <input> for password and email). */
export function textbox(elemId: string, root: ParentNode = document): HTMLTextAreaElement | HTMLInputElement | null {
  return root.querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${elemId} :is(textarea, input)`);
}

/** Types into a native control the way a user's input event arrives. */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  control.value = text;
  control.dispatchEvent(new InputEvent("input", { bubbles: true }));
}
