import { Frame } from "../../frame.tsx";
import { useRich } from "../../rich/use-rich.ts";
import type { ViewProps } from "../../view-types.ts";

export function HTML({ block, session }: ViewProps) {
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
