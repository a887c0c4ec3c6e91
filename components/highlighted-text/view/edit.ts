// Editing a HighlightedText's pairs in interactive mode, as Gradio's: a
// selection inside a plain span becomes a labelled span of its own; a label
// can be renamed, or removed (then equal neighbours merge back).

export type Label = string | number | null;
export type Pair = [string, Label];

/** `pairs` with the characters [start, end) of span `i` labelled `label`; the new span's index. */
export function labelRange(pairs: readonly Pair[], i: number, start: number, end: number, label: Label): { pairs: Pair[]; index: number } {
  const [text] = pairs[i]!;
  const parts: Pair[] = [
    [text.slice(0, start), null],
    [text.slice(start, end), label],
    [text.slice(end), null],
  ];
  const kept = parts.filter(([t]) => t !== "");
  const index = i + kept.findIndex(([, l]) => l !== null);
  return { pairs: [...pairs.slice(0, i), ...kept, ...pairs.slice(i + 1)], index };
}

/** Span `i` relabelled; an empty label removes it, and equal neighbours merge (Gradio's merge_elements "equal"). */
export function relabel(pairs: readonly Pair[], i: number, label: Label): Pair[] {
  const next = pairs.map((p, j): Pair => (j === i ? [p[0], label === "" ? null : label] : [p[0], p[1]]));
  const merged: Pair[] = [];
  for (const [text, l] of next) {
    const last = merged.at(-1);
    if (last && last[1] === l) last[0] += text;
    else merged.push([text, l]);
  }
  return merged;
}
