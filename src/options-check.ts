// Options the runtime does not know are said out loud: a console warning
// that names the option and the component, with the nearest known name for a
// typo. Options a browser-only app cannot honour, and that an author relies
// on for safety or reach (a login, a public link), stop the app instead.

import { UsageError } from "./errors.ts";

/** Warns once per component and option for each option not in `known`. */
export function checkOptions(where: string, given: object, ...known: Array<ReadonlySet<string> | readonly string[]>): void {
  const all = known.flatMap((k) => [...k]);
  for (const key of Object.keys(given)) {
    if (all.includes(key)) continue;
    const near = nearest(key, all);
    const hint = near ? ` Did you mean "${near}"?` : "";
    warnOnce(`${where}: option "${key}" is not supported by gradio-lite and is ignored.${hint}`);
  }
}

/**
 * Gradio's server options that an author relies on for safety or reach.
 * Ignoring `auth` would run an app unprotected while its author thinks it
 * has a login; ignoring `share` would leave them waiting for a public link.
 */
const SERVER_ONLY: Record<string, string> = {
  auth: "a login needs a server to check it; anyone who opens this page runs the app",
  authMessage: "there is no login page without a server",
  authDependency: "a login needs a server to check it",
  share: "there is no public share link; host the page on any static host instead",
  mcpServer: "an MCP server needs a server process",
  serverName: "there is no server to bind: the app runs in the page",
  serverPort: "there is no server port: the app runs in the page",
  rootPath: "there is no server: the page's own URL is the app's address",
  ssrMode: "there is no server to render on",
  sslKeyfile: "there is no server to serve TLS",
  sslCertfile: "there is no server to serve TLS",
  allowedPaths: "files come from the page's origin and the app's file cache, not a server's disk",
  blockedPaths: "files come from the page's origin and the app's file cache, not a server's disk",
  strictCors: "there is no server to send CORS headers",
  nodeServerName: "there is no Node server",
  nodePort: "there is no Node server",
};

/** Throws for a server-only option that is set (not null/false/undefined). */
export function refuseServerOptions(where: string, given: object): void {
  for (const [key, value] of Object.entries(given)) {
    const why = SERVER_ONLY[key];
    if (why && value !== undefined && value !== null && value !== false) {
      throw new UsageError(`${where}: "${key}" is not available in a browser-only app (${why}). Remove it to run the app.`);
    }
  }
}

/** Server-only option names: known (so not warned about) when unset. */
export const SERVER_ONLY_OPTIONS: readonly string[] = Object.keys(SERVER_ONLY);

const warned = new Set<string>();

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[gradio-lite] ${message}`);
}

/** The known name closest to a typo (edit distance ≤ 2, or same lower-case / snake_case). */
export function nearest(name: string, known: readonly string[]): string | null {
  const plain = (s: string) => s.toLowerCase().replace(/_/g, "");
  const same = known.find((k) => plain(k) === plain(name));
  if (same) return same;
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
