// Accordion: a button that shows and hides its content (aria-expanded), so
// it works by keyboard; `open` updates from listeners are followed.

import { useOpen } from "../../../ui/parts/followed-state.ts";
import { Children } from "../../../ui/block-view.tsx";
import { classes } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";
import tabsCss from "../../tabs/view/style.css?inline";
import { addStyles } from "../../../ui/styles.ts";

addStyles("tabs", tabsCss);

export function Accordion({ block, session, node }: ViewProps) {
  const props = block.props.value;
  const [open, toggle] = useOpen(block, session);
  if (props.visible === false) return null;
  const panel = `gr-accordion-${block.config.id}`;
  return (
    <div id={(props.elemId as string | undefined) ?? undefined} class={classes("gr-accordion", open && "gr-accordion-open", (props.elemClasses as string[] | undefined) ?? [])}>
      <button type="button" class="gr-accordion-toggle" aria-expanded={open} aria-controls={panel} onClick={toggle}>
        <span>{String(props.label ?? "")}</span>
        <span class="gr-accordion-icon" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={panel} class="gr-accordion-panel" hidden={!open}>
        <Children node={node} session={session} />
      </div>
    </div>
  );
}
