import { Frame, BlockLabel } from "../../../ui/frame.tsx";
import { useRich, type RichOptions } from "../../../ui/rich/use-rich.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import proseCss from "./style.css?inline";
import { addStyles } from "../../../ui/styles.ts";

addStyles("prose", proseCss);

export function Markdown({ block }: ViewProps) {
  const text = String(block.value.value ?? "");
  const props = block.props.value;
  const html = useRich("markdown", text, { latexDelimiters: props.latexDelimiters as RichOptions["latexDelimiters"], lineBreaks: props.lineBreaks === true });
  return (
    <Frame block={block} kind="markdown" bare>
      {props.showLabel === true && <BlockLabel block={block} as="span" />}
      {html === null ? (
        <div class="gr-prose gr-prose-loading">{text}</div>
      ) : (
        <div class="gr-prose" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </Frame>
  );
}
