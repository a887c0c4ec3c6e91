// Where an app's service worker must live, or why this page cannot have one.
// A service worker controls only pages and workers at or below its own
// folder, and a static host cannot widen that (`Service-Worker-Allowed` is a
// response header). The app's worker is loaded from the runtime's folder, so
// the file goes in the folder that holds both the page and the runtime:
// beside the page when the runtime sits in the page's folder (what
// `gradio-lite build` writes).

import { SW_FILE } from "./names.ts";

export type Home = { ok: true; folder: URL } | { ok: false; problem: string };

/** `runtime`: the folder the runtime's files (lite.js, assets/) are served from. */
export function serviceWorkerHome(page: URL, runtime: URL, secure = isSecureContext && "serviceWorker" in navigator): Home {
  if (page.protocol === "file:") {
    return { ok: false, problem: "this page was opened from a file (file://), and a service worker needs a web server. Serve the folder over http(s), e.g. the output of `npx gradio-lite build`." };
  }
  if (!secure) {
    return { ok: false, problem: `a service worker needs a secure page (https, or http on localhost), and ${page.origin} is not one. Serve the page over https.` };
  }
  if (runtime.origin !== page.origin) {
    return {
      ok: false,
      problem: `the runtime is loaded from ${runtime.origin}, and a service worker can only cache and start the app's worker from this page's own origin. Copy the runtime (node_modules/gradio-lite/dist/) next to the page, or run \`npx gradio-lite build\`.`,
    };
  }
  return { ok: true, folder: commonFolder(new URL("./", page), runtime) };
}

/** The deepest folder that holds both. */
export function commonFolder(a: URL, b: URL): URL {
  const x = a.pathname.split("/").slice(0, -1);
  const y = b.pathname.split("/").slice(0, -1);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return new URL(`${x.slice(0, i).join("/")}/`, a.origin);
}

/** What to do when the file is not there. */
export function missingFile(folder: URL, why: string): string {
  return `there is no service worker at ${new URL(SW_FILE, folder).href} (${why}). Copy node_modules/gradio-lite/dist/${SW_FILE} into ${folder.pathname} on your site (the folder that holds both the page and the runtime), or run \`npx gradio-lite build\`, which puts it there.`;
}

let warned = false;

/** Says once per page why the app is not available offline. */
export function warnOnce(problem: string): void {
  if (warned) return;
  warned = true;
  console.warn(`gradio-lite: launch({ pwa: true }) is on, but the app will not work offline: ${problem}`);
}
