import { BlockLabel, Frame } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";
import labelCss from "./style.css?inline";
import { addStyles } from "../../../ui/styles.ts";
import { Icon } from "../../../ui/parts/icons.tsx";

addStyles("label", labelCss);

interface LabelValue {
  label: string | null;
  confidences?: Array<{ label: string; confidence: number }>;
}

export function Label({ block, session }: ViewProps) {
  const value = block.value.value as LabelValue | null;
  const empty = !value || ((value.label ?? "") === "" && !value.confidences?.length);
  return (
    <Frame block={block} kind="label">
      <BlockLabel block={block} as="span" />
      {empty ? (
        // Gradio's Empty with its label icon: a neutral placeholder, not a blank box.
        <div class="gr-label-empty" role="img" aria-label="Empty value">
          <Icon size={28}>
            <path d="M20.6 13.4 13.4 20.6a2 2 0 0 1-2.8 0L3 13V3h10l7.6 7.6a2 2 0 0 1 0 2.8Z" />
            <circle cx="7.5" cy="7.5" r="1.5" />
          </Icon>
        </div>
      ) : (
        <output class="gr-label-top">{value.label ?? ""}</output>
      )}
      {!empty && value.confidences && (
        <ul class="gr-confidences">
          {value.confidences.map((c, index) => (
            <li key={c.label}>
              {/* Gradio's look: a thin bar above the name and the percentage, so the text never sits on the bar's color. */}
              <button type="button" class="gr-confidence" onClick={() => session.dispatch(block.config.id, "select", { index, value: c.label })}>
                <span class="gr-confidence-bar" style={{ width: `${Math.round(c.confidence * 100)}%` }} />
                <span class="gr-confidence-row">
                  <span class="gr-confidence-name">{c.label}</span>
                  <span class="gr-confidence-line" aria-hidden="true" />
                  <span class="gr-confidence-value">{Math.round(c.confidence * 100)}%</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Frame>
  );
}
