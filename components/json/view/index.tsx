import { useMemo } from "preact/hooks";
import { BlockLabel, Frame } from "../../../ui/frame.tsx";
import { jsonLines } from "./lines.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import jsonCss from "./style.css?inline";
import { addStyles } from "../../../ui/styles.ts";

addStyles("json", jsonCss);

export function JSONView({ block }: ViewProps) {
  const value = block.value.value;
  const lines = useMemo(() => (value === undefined || value === null ? [] : jsonLines(value)), [value]);
  return (
    <Frame block={block} kind="json">
      <BlockLabel block={block} as="span" />
      <pre class="gr-json-tree" tabIndex={0}>
        {lines.map((line, i) => (
          <span key={i}>
            {"  ".repeat(line.depth)}
            {line.tokens.map((t, j) => (t.kind ? <span key={j} class={`gr-json-${t.kind}`}>{t.text}</span> : t.text))}
            {i < lines.length - 1 ? "\n" : ""}
          </span>
        ))}
      </pre>
    </Frame>
  );
}
