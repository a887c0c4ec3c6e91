// gr.HighlightedText: spans of text coloured by category (with the category
// beside each, or a legend that highlights one category on hover or focus)
// or by score (numbers: red above 0, blue below). A labelled span is a
// button: clicking it, or Enter / Space on it, sends `select` with Gradio's
// data, `{ index, value: [text, label] }`.

import { useState } from "preact/hooks";
import { BlockLabel, Frame } from "../../frame.tsx";
import { addStyles } from "../../styles.ts";
import type { ViewProps } from "../../view-types.ts";
import { categoryColors, scoreColor } from "./colors.ts";
import css from "./style.css?inline";

addStyles("highlightedtext", css);

type Pair = [string, string | number | null];

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

  return (
    <Frame block={block} kind="highlightedtext">
      <BlockLabel block={block} as="span" />
      {legend && !scores && (
        <div class="gr-ht-legend" aria-label="Categories" role="group">
          {[...colors].map(([name, c]) => (
            <button
              type="button"
              key={name}
              class="gr-ht-legend-item"
              style={{ background: c.secondary }}
              onMouseEnter={() => setActive(name)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(name)}
              onBlur={() => setActive(null)}
            >
              {name}
            </button>
          ))}
        </div>
      )}
      {legend && scores && (
        <div class="gr-ht-score-legend" aria-label="Score scale from -1 (blue) to +1 (red)" role="img">
          <span>-1</span>
          <span>0</span>
          <span>+1</span>
        </div>
      )}
      <div class="gr-ht-text">
        {pairs.map(([text, label], i) => {
          if (label === null) return <span key={i} class="gr-ht-plain">{text}</span>;
          const isScore = typeof label === "number";
          const c = isScore ? null : colors.get(label);
          const dim = active !== null && active !== label;
          return (
            <span
              key={i}
              class={`gr-ht-token${dim ? " gr-ht-dim" : ""}${isScore ? " gr-ht-score" : ""}`}
              style={{ background: dim ? undefined : isScore ? scoreColor(label) : c?.secondary }}
              role="button"
              tabIndex={0}
              // With its category shown, the span's name is what it shows ("fox noun"); else the label joins it.
              aria-label={inline && !isScore ? undefined : `${text} (${String(label)})`}
              onClick={() => select(i)}
              onKeyDown={(e) => {
                if (e.key !== "Enter" && e.key !== " ") return;
                e.preventDefault();
                select(i);
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
          );
        })}
      </div>
    </Frame>
  );
}
