// The embed attributes applied (loaded only for an element that has some):
// the app's frame, footer and colour scheme, the space held while it loads,
// and the page's title.

import type { RunningApp } from "./boot.ts";
import css from "./embed.css?inline";
// Types only from ./embed.ts: a value imported from it splits the UI chunk in two (more bytes, one more request).
import type { Embed } from "./embed.ts";
import { readEmbedOptions } from "./embed-options.ts";
import { addStyles } from "./styles.ts";

export function embedOf(el: Element): Embed {
  addStyles("embed", css);
  const options = readEmbedOptions(el);
  return {
    frame(host: HTMLElement) {
      if (options.theme !== "system") host.classList.add(options.theme);
      if (options.container === true) host.classList.add("gr-embed-frame");
      if (options.container === false) host.classList.add("gr-no-container");
      if (!options.info) host.classList.add("gr-no-info");
      host.style.minHeight = options.initialHeight;
    },
    started(host: HTMLElement, app: RunningApp) {
      app.session.then(
        (session) => {
          if (options.controlPageTitle) document.title = session.config.title;
          if (options.autoScroll) void import("./auto-scroll.ts").then((m) => m.autoScroll(session, host));
        },
        () => host.style.removeProperty("min-height"),
      );
    },
  };
}
