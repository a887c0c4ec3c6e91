// The Dropdown's pure decisions, as Gradio's js/dropdown/shared/utils.ts
// makes them: which choices a typed text shows, and where the arrow keys
// move the active option. Indices are into the choices array throughout.

import type { Choice } from "../../../ui/parts/choices.ts";

/** The choices whose label contains `text`, ignoring case; every choice for no text. */
export function filterChoices(choices: readonly Choice[], text: string): number[] {
  const needle = text.toLowerCase();
  const shown: number[] = [];
  choices.forEach(([label], i) => {
    if (!needle || label.toLowerCase().includes(needle)) shown.push(i);
  });
  return shown;
}

/** The option ArrowDown (`step` 1) or ArrowUp (-1) makes active: from none to the first or last, wrapping around. */
export function moveActive(active: number | null, shown: readonly number[], step: 1 | -1): number | null {
  if (!shown.length) return null;
  const at = active === null ? -1 : shown.indexOf(active);
  if (at < 0) return step === 1 ? shown[0] : shown[shown.length - 1];
  return shown[(at + step + shown.length) % shown.length];
}

/** Where `value` is among the choices (-1: not one of them). Strict, as the worker checks it. */
export function indexOfValue(choices: readonly Choice[], value: unknown): number {
  return choices.findIndex(([, v]) => v === value);
}
