// Options the runtime does not know are said out loud: a console warning
// that names the option and the component, with the nearest known name for a
// typo. Options a browser-only app cannot honour, and that an author relies
// on for safety or reach (a login, a public link), stop the app instead.
//
// Checking is cheap and runs as components are made; writing the warnings
// (and finding the nearest name) loads with the first unknown option only
// (src/option-warnings.ts): most apps have none (size-limits.json).

import { UsageError } from "./errors.ts";

/** An option given that the runtime does not know: where, which, and what it knows there. */
export interface UnknownOption {
  where: string;
  key: string;
  known: readonly string[];
  /** A known option that has no effect here, and why ("without multiselect"). */
  why?: string;
}

const unknown: UnknownOption[] = [];

/** Records each option of `given` that is not in `known`; `flushOptionWarnings` reports them. */
export function checkOptions(where: string, given: object, ...known: Array<ReadonlySet<string> | readonly string[]>): void {
  for (const key of Object.keys(given)) {
    if (known.some((k) => (k instanceof Set ? k.has(key) : (k as readonly string[]).includes(key)))) continue;
    unknown.push({ where, key, known: known.flatMap((k) => [...k]) });
  }
}

/** Records a known option that has no effect with the others given (Gradio warns likewise). */
export function ignoredOption(where: string, key: string, why: string): void {
  unknown.push({ where, key, known: [], why });
}

/** Writes the warnings for the unknown options recorded so far (the engine calls it once the app is built). */
export async function flushOptionWarnings(): Promise<void> {
  if (!unknown.length) return;
  const found = unknown.splice(0);
  (await import("./option-warnings.ts")).warnUnknownOptions(found);
}

/**
 * Gradio's server options that an author relies on for safety or reach.
 * Ignoring `auth` would run an app unprotected while its author thinks it
 * has a login; ignoring `share` would leave them waiting for a public link.
 * docs/porting.md says why each needs a server.
 */
export const SERVER_ONLY_OPTIONS: readonly string[] = (
  "auth authMessage authDependency share mcpServer serverName serverPort rootPath ssrMode sslKeyfile sslCertfile " +
  "allowedPaths blockedPaths strictCors nodeServerName nodePort"
).split(" ");

/** Throws for a server-only option that is set (not null/false/undefined). */
export function refuseServerOptions(where: string, given: object): void {
  for (const [key, value] of Object.entries(given)) {
    if (SERVER_ONLY_OPTIONS.includes(key) && value !== undefined && value !== null && value !== false) {
      throw new UsageError(`${where}: "${key}" is not available in a browser-only app: it needs a server (see docs/porting.md). Remove it to run the app.`);
    }
  }
}
