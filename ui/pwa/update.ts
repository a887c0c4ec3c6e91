// Registers the app's service worker with its precache list, and turns a new
// version into a "reload to update" toast. The list rides in the script URL
// (ui/pwa/sw.ts): a list that changed is a new script, which the browser
// installs in the background; workbox-window tells the page when it waits.

import { Workbox } from "workbox-window";
import type { AppSession } from "../session.ts";
import { listOf, type Entry } from "./precache.ts";
import { PRECACHE_PARAM, SW_FILE } from "./names.ts";

export function scriptUrl(folder: URL, list: Entry[]): string {
  const url = new URL(SW_FILE, folder);
  url.searchParams.set(PRECACHE_PARAM, JSON.stringify(list));
  return url.href;
}

/**
 * Did a file this page runs change? Only then does the new service worker
 * wait for a reload; a list that only grew (a view first opened on this
 * visit) takes over at once, unseen.
 */
export function changedFiles(running: Entry[], next: Entry[]): string[] {
  const now = new Map(next);
  return running.filter(([url, revision]) => revision !== null && now.has(url) && now.get(url) !== revision).map(([url]) => url);
}

/** Resolves once registered; rejects with why it could not be (the file missing, a bad MIME type). */
export async function register(url: string, session: AppSession, failed: (problem: string) => void): Promise<void> {
  const controller = navigator.serviceWorker.controller;
  if (controller?.scriptURL === url) return;
  const stale = controller ? changedFiles(listOf(controller.scriptURL, PRECACHE_PARAM), listOf(url, PRECACHE_PARAM)).length > 0 : false;
  const wb = new Workbox(url);
  wb.addEventListener("waiting", () => {
    if (!stale) return wb.messageSkipWaiting();
    offerReload(session, () => {
      wb.addEventListener("controlling", () => location.reload());
      wb.messageSkipWaiting();
    });
  });
  // Installing fails when a file on the list cannot be fetched (gone from the server).
  wb.addEventListener("redundant", () => failed(`its service worker could not cache every file of the app (${url.split("?")[0]} went redundant): check that each file the page loads is still on the server.`));
  await wb.register({ immediate: true });
}

function offerReload(session: AppSession, reload: () => void): void {
  const { store } = session;
  store.toast("info", "A new version of this app is ready. Reload to use it.", "Update available", null);
  const toast = store.toasts.peek().at(-1)!;
  store.toasts.value = store.toasts.peek().map((t) => (t === toast ? { ...t, action: { label: "Reload", run: reload } } : t));
}
