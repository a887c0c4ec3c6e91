import { BlockLabel, Frame } from "../../frame.tsx";
import type { ViewProps } from "../../view-types.ts";
import labelCss from "./style.css?inline";
import { addStyles } from "../../styles.ts";

addStyles("label", labelCss);

interface LabelValue {
  label: string | null;
  confidences?: Array<{ label: string; confidence: number }>;
}

export function Label({ block, session }: ViewProps) {
  const value = block.value.value as LabelValue | null;
  return (
    <Frame block={block} kind="label">
      <BlockLabel block={block} as="span" />
      <output class="gr-label-top">{value?.label ?? ""}</output>
      {value?.confidences && (
        <ul class="gr-confidences">
          {value.confidences.map((c, index) => (
            <li key={c.label}>
              <button type="button" class="gr-confidence" onClick={() => session.dispatch(block.config.id, "select", { index, value: c.label })}>
                <span class="gr-confidence-bar" style={{ width: `${Math.round(c.confidence * 100)}%` }} />
                <span class="gr-confidence-name">{c.label}</span>
                <span class="gr-confidence-value">{Math.round(c.confidence * 100)}%</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Frame>
  );
}
