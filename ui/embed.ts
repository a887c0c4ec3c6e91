// What the embed attributes (ui/embed-options.ts) do to an app's box and to
// the page. An element with none of them gets Gradio's defaults here; the
// attributes' reader, its warnings and its CSS load only for an element that
// has some (ui/embed-apply.ts), so hello world does not carry them.

import { h, render } from "preact";
import { Loading } from "./app.tsx";
import type { RunningApp } from "./boot.ts";

export interface Embed {
  /** Sets up the app's box before anything renders in it. */
  frame(host: HTMLElement): void;
  /** The app runs, or failed to start. */
  started(host: HTMLElement, app: RunningApp): void;
}

/** As Gradio's Embed: the space is held while the app loads (300px unless `initial-height` says otherwise). */
export function holdHeight(host: HTMLElement, height = "300px"): void {
  host.style.minHeight = height;
}

/** The app has rendered, or cannot: it now takes its own height. */
export function releaseHeight(host: HTMLElement): void {
  host.style.removeProperty("min-height");
}

const DEFAULTS: Embed = {
  frame: (host) => holdHeight(host),
  started: (host, app) => void app.session.catch(() => releaseHeight(host)),
};

const EMBED_ATTRIBUTE = /^(initial[-_]height|eager|container|info|auto-?scroll|control[-_]page[-_]title|theme(_mode)?)$/;

export async function embedFor(el: Element): Promise<Embed> {
  if (!el.getAttributeNames().some((n) => EMBED_ATTRIBUTE.test(n))) return DEFAULTS;
  return (await import("./embed-apply.ts")).embedOf(el);
}

/** What an app that waits to near the viewport shows meanwhile: the loading box, in its held space. */
export function holdPlace(host: HTMLElement): void {
  render(h(Loading, {}), host);
}
