import { BlockLabel, Frame } from "../../frame.tsx";
import type { ViewProps } from "../../view-types.ts";
import datasetCss from "./style.css?inline";
import { addStyles } from "../../styles.ts";

addStyles("dataset", datasetCss);

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function Dataset({ block, session }: ViewProps) {
  const props = block.props.value;
  const samples = (props.samples as unknown[][] | undefined) ?? [];
  const headers = (props.headers as string[] | undefined) ?? [];
  const pick = (index: number) => {
    block.value.value = index;
    session.dispatch(block.config.id, "click", { index, value: samples[index] });
    session.dispatch(block.config.id, "select", { index, value: samples[index], selected: true });
  };
  return (
    <Frame block={block} kind="dataset">
      <BlockLabel block={block} as="span" />
      {/* A wide table scrolls inside its block rather than widening a phone's page. */}
      <div class="gr-dataset-scroll">
        <table class="gr-dataset-table">
          {headers.length > 1 && (
            <thead>
              <tr>
                {headers.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {samples.map((row, index) => (
              <tr
                key={index}
                tabIndex={0}
                class="gr-sample"
                onClick={() => pick(index)}
                onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), pick(index))}
              >
                {row.map((v, i) => (
                  <td key={i}>{cell(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Frame>
  );
}
