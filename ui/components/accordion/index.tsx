// Accordion: a button that shows and hides its content (aria-expanded), so
// it works by keyboard; `open` updates from listeners are followed.

import { useState } from "preact/hooks";
import { Children } from "../../block-view.tsx";
import { classes } from "../../frame.tsx";
import type { ViewProps } from "../../view-types.ts";
import tabsCss from "../tabs/style.css?inline";
import { addStyles } from "../../styles.ts";

addStyles("tabs", tabsCss);

export function Accordion({ block, session, node }: ViewProps) {
  const props = block.props.value;
  const [open, setOpen] = useState(props.open !== false);
  // Follow `open` whenever a listener sets it (not in an effect: a click
  // before the first effect ran would be undone).
  const update = block.update.value;
  const [followed, setFollowed] = useState(update);
  if (update !== followed) {
    setFollowed(update);
    if (update && "open" in update.props) setOpen(update.props.open !== false);
  }
  if (props.visible === false) return null;
  const panel = `gr-accordion-${block.config.id}`;
  const toggle = () => {
    const next = !open;
    setOpen(next);
    session.dispatch(block.config.id, next ? "expand" : "collapse");
  };
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
