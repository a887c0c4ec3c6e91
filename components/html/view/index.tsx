import { Frame } from "../../../ui/frame.tsx";
import { useRich } from "../../../ui/rich/use-rich.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import type { ComponentConfig } from "../../../worker/protocol.ts";
import { lazy } from "../../../ui/lazy.ts";

export const CustomHTML = lazy(() => import("./custom-html.tsx").then((m) => m.CustomHTML));

export function HTML(props: ViewProps) {
  const p = props.block.props.value;
  // A custom component (htmlTemplate / jsOnLoad) is the author's markup and code, run as written.
  return p.htmlTemplate || p.jsOnLoad ? <CustomHTML {...props} /> : <SanitizedHTML {...props} />;
}

HTML.preloadFor = (components: ComponentConfig[]) =>
  components.some((c) => c.type === "html" && (c.props.htmlTemplate || c.props.jsOnLoad)) ? CustomHTML.preload() : undefined;

function SanitizedHTML({ block, session }: ViewProps) {
  const html = useRich("html", String(block.value.value ?? ""));
  const css = block.props.value.css;
  // The author's `css`, scoped to this block (the value itself stays sanitized).
  const scope = `gr-html-${block.config.id}`;
  return (
    <Frame block={block} kind="html" bare>
      {typeof css === "string" && css && <style>{`.${scope} { ${css} }`}</style>}
      <div
        class={`gr-html ${scope}`}
        onClick={() => session.dispatch(block.config.id, "click")}
        dangerouslySetInnerHTML={{ __html: html ?? "" }}
      />
    </Frame>
  );
}
