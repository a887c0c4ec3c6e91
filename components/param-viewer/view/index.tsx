// gr.ParamViewer: one row per parameter, `name: type`, that opens (a native
// <details>, so keyboard and screen readers know it) to its default and its
// description. Descriptions are Markdown through the sanitizer every
// Markdown value goes through (ui/rich), so an app's text never runs.

import { useEffect, useState } from "preact/hooks";
import { BlockLabel, Frame } from "../../../ui/frame.tsx";
import { highlightCode, loadLanguage, type Language } from "../../../ui/rich/code.ts";
import { useRich } from "../../../ui/rich/use-rich.ts";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import css from "./style.css?inline";

addStyles("paramviewer", css);

interface Parameter {
  type: string | null;
  description: string | null;
  default: string | null;
}

export function ParamViewerView({ block }: ViewProps) {
  const props = block.props.value;
  const params = Object.entries((block.value.value as Record<string, Parameter> | null) ?? {});
  const [allOpen, setAllOpen] = useState<{ open: boolean; n: number } | null>(null);
  const anchors = props.anchorLinks;
  const anchorOf = (name: string) => (anchors === true ? `param-${name}` : typeof anchors === "string" && anchors ? `${anchors}-param-${name}` : undefined);
  const header = typeof props.header === "string" ? props.header : null;
  const language: Language = props.language === "typescript" ? "typescript" : "python";
  return (
    <Frame block={block} kind="paramviewer">
      <BlockLabel block={block} as="span" />
      {header !== null && (
        <div class="gr-params-header">
          <span class="gr-params-title">{header}</span>
          <button type="button" class="gr-params-toggle" onClick={() => setAllOpen({ open: !allOpen?.open, n: (allOpen?.n ?? 0) + 1 })}>
            {allOpen?.open ? "Collapse all" : "Expand all"}
          </button>
        </div>
      )}
      <div class="gr-params">
        {params.map(([name, p]) => (
          <ParamRow key={`${name}-${allOpen?.n ?? 0}`} name={name} param={p} anchor={anchorOf(name)} open={allOpen?.open ?? false} language={language} />
        ))}
      </div>
    </Frame>
  );
}

/**
 * `text` coloured as `language` once its grammar has loaded, plain until
 * then. highlight.js's output is the text escaped, in `<span class>`s only.
 */
function Code({ text, language }: { text: string; language: Language }) {
  const [, rerender] = useState(0);
  const ready = highlightCode("", language) !== null;
  useEffect(() => {
    if (!ready) void loadLanguage(language).then(() => rerender((n) => n + 1));
  }, [language, ready]);
  const html = highlightCode(text, language)?.html;
  return html === undefined ? <>{text}</> : <span dangerouslySetInnerHTML={{ __html: html }} />;
}

function ParamRow({ name, param, anchor, open, language }: { name: string; param: Parameter; anchor: string | undefined; open: boolean; language: Language }) {
  const html = useRich("markdown", param.description ?? "");
  // The anchor sits beside the <summary>, not in it: a link inside a summary is a control inside a control.
  return (
    <div class="gr-param" id={anchor}>
      <details open={open}>
        <summary class="gr-param-summary">
          <code>
            <span class="gr-param-name">{name}</span>
            {param.type && (
              <>
                <span class="gr-param-punct">: </span>
                <span class="gr-param-type">
                  <Code text={param.type} language={language} />
                </span>
              </>
            )}
          </code>
        </summary>
        <div class="gr-param-body">
          {param.default !== null && (
            <div class="gr-param-default">
              <span>default</span>{" "}
              <code>
                = <Code text={param.default} language={language} />
              </code>
            </div>
          )}
          {param.description && (html === null ? <p class="gr-param-desc">{param.description}</p> : <div class="gr-param-desc" dangerouslySetInnerHTML={{ __html: html }} />)}
        </div>
      </details>
      {anchor && (
        <a class="gr-param-anchor" href={`#${anchor}`} aria-label={`Link to ${name}`}>
          #
        </a>
      )}
    </div>
  );
}
