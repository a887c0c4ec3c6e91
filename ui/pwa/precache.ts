// The precache list of an app's page: every file of this origin that the
// page and the app's worker loaded (the page itself, the runtime's chunks,
// the app's `src`, its <gradio-file>s, its images), each with a revision so
// that a changed file is fetched again. Build outputs named by their hash
// (`ui-core-0DouxxZ7.js`) never change under their name and need none; the
// others get a hash of their current bytes, fetched from the network.

import { FRESH_HEADER, SW_FILE } from "./names.ts";

/** `[url relative to the service worker's folder, revision or null]`, as the service worker reads them. */
export type Entry = [url: string, revision: string | null];

/** A build output's name: `name-[8 characters of hash].ext`. */
const HASHED = /-[\w-]{8}\.(?:js|css|wasm|mjs)$/;

/** The URLs the page loaded that it got (a 404 precached would stop the service worker installing). */
export function pageResources(): string[] {
  return (performance.getEntriesByType("resource") as Array<PerformanceResourceTiming & { responseStatus?: number }>)
    .filter((e) => !e.responseStatus || e.responseStatus < 400)
    .map((e) => e.name);
}

/**
 * The list for `urls` (null when the network is not there: no list is
 * better than one that forgets a file).
 */
export async function precacheList(page: URL, urls: string[], folder: URL): Promise<Entry[] | null> {
  const own = new Set<string>([page.origin + page.pathname]);
  for (const raw of urls) {
    const url = URL.parse(raw);
    if (!url || url.origin !== page.origin || url.pathname.endsWith(`/${SW_FILE}`)) continue;
    url.hash = "";
    own.add(url.href);
  }
  if (!navigator.onLine) return null;
  try {
    const entries = await Promise.all(
      [...own].map(async (href): Promise<Entry | null> => {
        if (HASHED.test(new URL(href).pathname)) return [relative(href, folder), null];
        const revision = await revisionOf(href);
        return revision === null ? null : [relative(href, folder), revision];
      }),
    );
    return entries.filter((e) => e !== null).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  } catch {
    return null;
  }
}

/** A short hash of the file's bytes on the server now; null if it is not there. Throws offline. */
async function revisionOf(href: string): Promise<string | null> {
  const response = await fetch(href, { headers: { [FRESH_HEADER]: "1" }, cache: "no-cache" });
  if (!response.ok) return null;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await response.arrayBuffer()));
  return [...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function relative(href: string, folder: URL): string {
    // "" would resolve to the service worker's own URL.
  return href.startsWith(folder.href) ? href.slice(folder.href.length) || "./" : new URL(href).pathname + new URL(href).search;
}

/** The list a service worker's script URL carries. */
export function listOf(scriptUrl: string, param: string): Entry[] {
  try {
    const list: unknown = JSON.parse(new URL(scriptUrl).searchParams.get(param) ?? "[]");
    return Array.isArray(list) ? (list as Entry[]) : [];
  } catch {
    return [];
  }
}
