import { Frame } from "../../frame.tsx";
import { useRich } from "../../rich/use-rich.ts";
import type { ViewProps } from "../../view-types.ts";
import { lazy } from "../../lazy.ts";

export const CustomHTML = lazy(() => import("../custom-html/index.tsx").then((m) => m.CustomHTML));

export function HTML(props: ViewProps) {
  const p = props.block.props.value;
  // A custom component (htmlTemplate / jsOnLoad) is the author's markup and code, run as written.
  return p.htmlTemplate || p.jsOnLoad ? <CustomHTML {...props} /> : <SanitizedHTML {...props} />;
}

function SanitizedHTML({ block, session }: ViewProps) {
  const html = useRich("html", String(block.value.value ?? ""));
  return (
    <Frame block={block} kind="html" bare>
      <div
        class="gr-html"
        onClick={() => session.dispatch(block.config.id, "click")}
        dangerouslySetInnerHTML={{ __html: html ?? "" }}
      />
    </Frame>
  );
}
