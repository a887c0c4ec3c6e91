// gradio-lite-sw.js: the one service worker file a PWA page needs beside it
// (docs/deploy.md). It is the same file for every app: what it precaches
// travels in its own URL (`?precache=`), which the page writes from what the
// app loaded (ui/pwa/precache.ts). A new list is a new script URL, so the
// browser installs it as an update, in the background, beside the old one.

import { precacheAndRoute, type PrecacheEntry } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { NetworkFirst, NetworkOnly } from "workbox-strategies";
import { FRESH_HEADER, PRECACHE_PARAM } from "./names.ts";

// This file is built on its own (scripts/build.mjs) and runs as a service
// worker, whose global types the page's tsconfig does not load.
const scope = self as unknown as {
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
};

function entries(): PrecacheEntry[] {
  try {
    const list: unknown = JSON.parse(new URL(scope.location.href).searchParams.get(PRECACHE_PARAM) ?? "[]");
    if (!Array.isArray(list)) return [];
    return list.flatMap((item: unknown) =>
      Array.isArray(item) && typeof item[0] === "string" ? [{ url: new URL(item[0], scope.location.href).href, revision: typeof item[1] === "string" ? item[1] : null }] : [],
    );
  } catch {
    return [];
  }
}

// The page asks the network itself when it checks for a new version: those
// requests must not be answered from the precache. First, as routes match in order.
registerRoute(({ request }) => request.headers.has(FRESH_HEADER), new NetworkOnly());
// Any query on the page (or a file) finds its precached copy offline.
precacheAndRoute(entries(), { ignoreURLParametersMatching: [/.*/] });
// What the app loads later (a view opened for the first time, a lazy part of
// gr.*) is kept as it passes: fresh online, from the cache offline.
registerRoute(
  ({ request, url }) => request.method === "GET" && url.origin === scope.location.origin,
  new NetworkFirst({ cacheName: "gradio-lite-runtime" }),
);

// The page's "reload to update" button (workbox-window's messageSkipWaiting).
scope.addEventListener("message", (event) => {
  if ((event.data as { type?: unknown } | null)?.type === "SKIP_WAITING") void scope.skipWaiting();
});
