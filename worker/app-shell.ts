// launch({ pwa, favicon }) checked and resolved for the page (ui/pwa/).
// Loaded only for an app that sets one of them.

import type { LaunchOptions } from "../src/launch.ts";
import type { AppShell, Result } from "./protocol.ts";

export function appShell(launch: LaunchOptions, baseUrl: string): Result<AppShell> {
  const bad = (message: string): Result<AppShell> => ({ ok: false, error: { code: "bad-input", message } });
  if (launch.pwa !== undefined && typeof launch.pwa !== "boolean") return bad(`launch({ pwa }) takes true or false, not ${JSON.stringify(launch.pwa)}`);
  if (launch.favicon != null && launch.faviconPath != null) return bad("launch() takes favicon or faviconPath (Gradio's name), not both");
  const given = launch.favicon ?? launch.faviconPath ?? null;
  let favicon: string | null = null;
  if (given !== null) {
    if (typeof given !== "string") return bad(`launch({ favicon }) takes a URL of an image, not ${typeof given}`);
    const url = URL.parse(given, baseUrl || undefined);
    // The page puts it in a <link>: only an image's address, never a script's.
    if (!url || !(/^https?:$/.test(url.protocol) || /^data:image\//.test(url.href))) {
      return bad(`launch({ favicon: ${JSON.stringify(given)} }) is not an image URL (http(s) or data:image/)`);
    }
    favicon = url.href;
  }
  const resources = performance.getEntriesByType("resource").map((e) => e.name);
  return { ok: true, value: { pwa: launch.pwa === true, favicon, resources } };
}
