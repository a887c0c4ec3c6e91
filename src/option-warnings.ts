// The console warnings for unknown options (src/options-check.ts), with the
// nearest known name for a typo. Loaded only when an app has one.

import type { UnknownOption } from "./options-check.ts";

const warned = new Set<string>();

export function warnUnknownOptions(found: readonly UnknownOption[]): void {
  for (const { where, key, known, why } of found) {
    const near = nearest(key, known);
    const message = why
      ? `${where}: option "${key}" is ignored ${why}.`
      : `${where}: option "${key}" is not supported by gradio-lite and is ignored.${near ? ` Did you mean "${near}"?` : ""}`;
    if (warned.has(message)) continue;
    warned.add(message);
    console.warn(`[gradio-lite] ${message}`);
  }
}

/** The known name closest to a typo (edit distance ≤ 2, or the same in lower case / snake_case). */
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
