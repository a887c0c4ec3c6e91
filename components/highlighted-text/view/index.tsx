// gr.HighlightedText: spans of text coloured by category (with the category
// beside each, or a legend that highlights one category on hover or focus)
// or by score (numbers: red above 0, blue below). A labelled span is a
// button: clicking it, or Enter / Space on it, sends `select` with Gradio's
// data, `{ index, value: [text, label] }`. Interactive (an input), as
// Gradio's: selecting text in a plain span labels it ("label", or 1 for
// scores) and opens its label for typing; clicking or Enter on a labelled
// span edits its label (empty removes it); its × button removes it.

import { useEffect, useRef, useState } from "preact/hooks";
import { BlockLabel, Frame } from "../../../ui/frame.tsx";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { categoryColors, scoreColor, type ColorPair } from "./colors.ts";
import { labelRange, relabel, type Pair } from "./edit.ts";
import css from "./style.css?inline";

addStyles("highlightedtext", css);

export function HighlightedTextView({ block, session }: ViewProps) {
  const props = block.props.value;
  const pairs = (block.value.value as Pair[] | null) ?? [];
  const [active, setActive] = useState<string | null>(null);
  const scores = pairs.some(([, l]) => typeof l === "number");
  const colors = categoryColors(
    pairs.flatMap(([, l]) => (typeof l === "string" ? [l] : [])),
    (props.colorMap as Record<string, string> | null) ?? {},
  );
  const legend = props.showLegend === true;
  const inline = !legend && props.showInlineCategory !== false;
  const select = (i: number) => session.dispatch(block.config.id, "select", { index: i, value: pairs[i], selected: true });
  const interactive = props.interactive === true;
  const [editing, setEditing] = useState<{ of: Pair[]; index: number } | null>(null);
  const edited = editing && editing.of === pairs ? editing.index : -1;
  const field = useRef<HTMLDivElement>(null);
  const change = (next: Pair[], edit = -1) => {
    session.userInput(block.config.id, next);
    // The edit applies to the value just sent, which the store now holds.
    setEditing(edit >= 0 ? { of: block.value.peek() as Pair[], index: edit } : null);
  };
  // A selection ending inside one plain span labels that part of it.
  const onMouseUp = () => {
    if (!interactive) return;
    const sel = getSelection();
    if (!sel || sel.isCollapsed || sel.anchorNode !== sel.focusNode) return;
    const span = sel.anchorNode?.parentElement?.closest<HTMLElement>("[data-plain]");
    if (!span || !field.current?.contains(span)) return;
    const i = Number(span.dataset.plain);
    const [start, end] = [Math.min(sel.anchorOffset, sel.focusOffset), Math.max(sel.anchorOffset, sel.focusOffset)];
    if (props.showWhitespaces === false && !pairs[i]![0].slice(start, end).trim()) return;
    const made = labelRange(pairs, i, start, end, scores ? 1 : "label");
    sel.removeAllRanges();
    change(made.pairs, made.index);
  };

  return (
    <Frame block={block} kind="highlightedtext">
      <BlockLabel block={block} as="span" />
      {legend && <Legend colors={colors} scores={scores} onActive={setActive} />}
      <div class="gr-ht-text" ref={field} onMouseUp={onMouseUp}>
        {pairs.map(([text, label], i) => {
          if (label === null)
            return (
              <span key={i} class="gr-ht-plain" data-plain={interactive ? i : undefined}>
                {text}
              </span>
            );
          if (i === edited) return <LabelInput key={i} text={text} label={label} scores={scores} onDone={(l) => change(relabel(pairs, i, l))} />;
          const onPick = () => {
            select(i);
            if (interactive) setEditing({ of: pairs, index: i });
          };
          const onRemove = interactive ? () => change(relabel(pairs, i, null)) : undefined;
          return <Token key={i} text={text} label={label} color={colors.get(String(label))} dim={active !== null && active !== label} inline={inline} onPick={onPick} onRemove={onRemove} />;
        })}
      </div>
    </Frame>
  );
}

/** Categories as buttons (hovering or focusing one highlights its spans), or the score scale. */
function Legend({ colors, scores, onActive }: { colors: Map<string, ColorPair>; scores: boolean; onActive: (name: string | null) => void }) {
  if (scores) {
    return (
      <div class="gr-ht-score-legend" aria-label="Score scale from -1 (blue) to +1 (red)" role="img">
        <span>-1</span>
        <span>0</span>
        <span>+1</span>
      </div>
    );
  }
  return (
    <div class="gr-ht-legend" aria-label="Categories" role="group">
      {[...colors].map(([name, c]) => (
        <button
          type="button"
          key={name}
          class="gr-ht-legend-item"
          style={{ background: c.secondary }}
          onMouseEnter={() => onActive(name)}
          onMouseLeave={() => onActive(null)}
          onFocus={() => onActive(name)}
          onBlur={() => onActive(null)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

interface TokenProps {
  text: string;
  label: string | number;
  color: ColorPair | undefined;
  dim: boolean;
  inline: boolean;
  onPick: () => void;
  /** Interactive: the span's × button. */
  onRemove: (() => void) | undefined;
}

/** A labelled span: a button (click, Enter or Space picks it), with its category chip. */
function Token({ text, label, color: c, dim, inline, onPick, onRemove }: TokenProps) {
  const isScore = typeof label === "number";
  // The remove button sits beside the span, not in it: a button inside a button is not allowed.
  return (
    <span class="gr-ht-wrap">
      <span
        class={`gr-ht-token${dim ? " gr-ht-dim" : ""}${isScore ? " gr-ht-score" : ""}`}
        style={{ background: dim ? undefined : isScore ? scoreColor(label) : c?.secondary }}
        role="button"
        tabIndex={0}
        // With its category shown, the span's name is what it shows ("fox noun"); else the label joins it.
        aria-label={inline && !isScore ? undefined : `${text} (${String(label)})`}
        onClick={onPick}
        onKeyDown={(e) => {
          if (e.key !== "Enter" && e.key !== " ") return;
          e.preventDefault();
          onPick();
        }}
      >
        <span class="gr-ht-span">{text}</span>
        {inline && !isScore && (
          <>
            {" "}
            <span class="gr-ht-category" style={dim ? undefined : { background: c?.primary, color: c?.chipText }}>
              {label}
            </span>
          </>
        )}
      </span>
      {onRemove && (
        <button type="button" class="gr-ht-remove" aria-label={`Remove the label of ${text}`} onClick={onRemove}>
          ×
        </button>
      )}
    </span>
  );
}

/** The label of a span being edited: Enter or leaving commits; an empty label removes it; Escape keeps the old one. */
function LabelInput({ text, label, scores, onDone }: { text: string; label: string | number; scores: boolean; onDone: (label: string | number | null) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => input.current?.focus(), []);
  const commit = (raw: string) => {
    if (done.current) return;
    done.current = true;
    const t = raw.trim();
    const n = Number(t);
    onDone(t === "" ? null : scores ? (Number.isFinite(n) ? n : label) : t);
  };
  return (
    <span class="gr-ht-token gr-ht-editing">
      <span class="gr-ht-span">{text}</span>{" "}
      <input
        ref={input}
        class="gr-ht-label-input"
        // One input for both kinds (Preact's types want the type literal).
        type={(scores ? "number" : "text") as "text"}
        step={scores ? 0.1 : undefined}
        placeholder={scores ? undefined : "label"}
        aria-label={`Label of ${text}`}
        defaultValue={String(label)}
        size={Math.max(4, String(label).length + 2)}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit(e.currentTarget.value);
          if (e.key === "Escape") commit(String(label));
        }}
        onBlur={(e) => commit(e.currentTarget.value)}
      />
    </span>
  );
}
