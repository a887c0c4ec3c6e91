import { useState } from "preact/hooks";
import { BlockLabel, Frame } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";
import datasetCss from "./style.css?inline";
import { addStyles } from "../../../ui/styles.ts";

addStyles("dataset", datasetCss);

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  // A file shows its name, as Gradio's examples do.
  const file = value as { origName?: unknown; meta?: { _type?: unknown } };
  if (typeof value === "object" && file.meta?._type === "gradio.FileData") return String(file.origName ?? "");
  // An ImageEditor's value: the name of its picture.
  const edited = value as { composite?: unknown; background?: unknown };
  if (typeof value === "object" && "composite" in edited && "background" in edited) return cell(edited.composite ?? edited.background);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function Dataset({ block, session }: ViewProps) {
  const props = block.props.value;
  const samples = (props.samples as unknown[][] | undefined) ?? [];
  const headers = (props.headers as string[] | undefined) ?? [];
  const labels = props.sampleLabels as string[] | null | undefined;
  const perPage = Math.max(1, Number(props.samplesPerPage) || 10);
  const pages = Math.ceil(samples.length / perPage);
  const [page, setPage] = useState(0);
  const shown = Math.min(page, Math.max(0, pages - 1));
  const first = shown * perPage;
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
            {samples.slice(first, first + perPage).map((row, i) => {
              const index = first + i;
              return (
                <tr
                  key={index}
                  tabIndex={0}
                  class="gr-sample"
                  onClick={() => pick(index)}
                  onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), pick(index))}
                >
                  {labels?.[index] !== undefined ? (
                    <td colSpan={row.length}>{labels[index]}</td>
                  ) : (
                    row.map((v, j) => <td key={j}>{cell(v)}</td>)
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav class="gr-dataset-pages" aria-label={`Pages of ${typeof props.label === "string" ? props.label : "examples"}`}>
          Pages:
          {Array.from({ length: pages }, (_, p) => (
            <button key={p} type="button" class="gr-dataset-page" aria-current={p === shown ? "page" : undefined} onClick={() => setPage(p)}>
              {p + 1}
            </button>
          ))}
        </nav>
      )}
    </Frame>
  );
}
