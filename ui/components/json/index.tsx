import { BlockLabel, Frame } from "../../frame.tsx";
import type { ViewProps } from "../../view-types.ts";
import jsonCss from "./style.css?inline";
import { addStyles } from "../../styles.ts";

addStyles("json", jsonCss);

export function JSONView({ block }: ViewProps) {
  const value = block.value.value;
  return (
    <Frame block={block} kind="json">
      <BlockLabel block={block} as="span" />
      <pre class="gr-json-tree" tabIndex={0}>
        {value === undefined || value === null ? "" : <Node value={value} />}
      </pre>
    </Frame>
  );
}

function Node({ value, indent = 0 }: { value: unknown; indent?: number }) {
  if (value === null) return <span class="gr-json-null">null</span>;
  if (typeof value === "string") return <span class="gr-json-string">{JSON.stringify(value)}</span>;
  if (typeof value === "number" || typeof value === "boolean") return <span class={`gr-json-${typeof value}`}>{String(value)}</span>;
  if (typeof value !== "object") return <span>{String(value)}</span>;
  const pad = "  ".repeat(indent + 1);
  const end = "  ".repeat(indent);
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (!entries.length) return <span>{open + close}</span>;
  return (
    <span>
      {open}
      {"\n"}
      {entries.map(([k, v], i) => (
        <span key={k}>
          {pad}
          {!Array.isArray(value) && <span class="gr-json-key">{JSON.stringify(k)}: </span>}
          <Node value={v} indent={indent + 1} />
          {i < entries.length - 1 ? ",\n" : "\n"}
        </span>
      ))}
      {end}
      {close}
    </span>
  );
}
