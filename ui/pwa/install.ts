// launch({ pwa, favicon }) on the page: the favicon, and for a PWA the
// manifest and the service worker that keeps the app working offline.
// Loaded only for an app that sets one of them (ui/after-render.ts).

import type { AppShell } from "../../worker/protocol.ts";
import type { Remote } from "../remote.ts";
import type { AppSession } from "../session.ts";
import { missingFile, serviceWorkerHome, warnOnce } from "./home.ts";
import { withLaterChunks } from "./chunks.ts";
import { addManifest, setFavicon } from "./manifest.ts";
import { pageResources, precacheList } from "./precache.ts";
import { register, scriptUrl } from "./update.ts";

/** The runtime's folder: lite.js's, one above this chunk's (assets/). */
const RUNTIME = new URL("../", import.meta.url);
/** After the first render the app may still load a few views and images: they belong in the list. */
const SETTLE_MS = 500;

let installing = false;

/** Once per page: a second app (or a restarted one) finds it done. */
export async function installShell(shell: AppShell, session: AppSession, remote: Remote): Promise<void> {
  if (shell.favicon) setFavicon(shell.favicon);
  if (!shell.pwa || installing) return;
  installing = true;
  const page = new URL(location.href);
  const home = serviceWorkerHome(page, RUNTIME);
  if (!home.ok) return warnOnce(home.problem);
  const container = document.querySelector(".gradio-container") ?? document.body;
  const style = getComputedStyle(container);
  await addManifest({
    title: session.config.title,
    favicon: shell.favicon,
    color: style.getPropertyValue("--gr-primary").trim() || "#f97316",
    background: style.backgroundColor || "#ffffff",
    page,
  });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  // What the worker loaded since it answered first (a lazy part of gr.*).
  const worker = await remote.call("shell", []).then((s) => (s?.ok ? s.value.resources : shell.resources), () => shell.resources);
  const list = await precacheList(page, await withLaterChunks([...pageResources(), ...worker], RUNTIME), home.folder);
  if (!list) return; // offline: the service worker already there keeps serving
  try {
    await register(scriptUrl(home.folder, list), session, warnOnce);
  } catch (error) {
    warnOnce(missingFile(home.folder, error instanceof Error ? error.message : String(error)));
  }
}
