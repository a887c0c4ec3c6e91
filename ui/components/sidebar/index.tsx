// Sidebar: a collapsible panel at the app's side, opened and closed by a
// button (aria-expanded) or by an `open` update.

import { useState } from "preact/hooks";
import { Children } from "../../block-view.tsx";
import { classes } from "../../frame.tsx";
import type { ViewProps } from "../../view-types.ts";
import sidebarCss from "../tabs/style.css?inline";
import { addStyles } from "../../styles.ts";

addStyles("tabs", sidebarCss);

export function Sidebar({ block, session, node }: ViewProps) {
  const props = block.props.value;
  const [open, setOpen] = useState(props.open !== false);
  const update = block.update.value;
  const [followed, setFollowed] = useState(update);
  if (update !== followed) {
    setFollowed(update);
    if (update && "open" in update.props) setOpen(update.props.open !== false);
  }
  if (props.visible === false) return null;
  const panel = `gr-sidebar-${block.config.id}`;
  const right = props.position === "right";
  const width = typeof props.width === "number" ? `${props.width}px` : String(props.width ?? "320px");
  const toggle = () => {
    const next = !open;
    setOpen(next);
    session.dispatch(block.config.id, next ? "expand" : "collapse");
  };
  return (
    <aside
      id={(props.elemId as string | undefined) ?? undefined}
      class={classes("gr-sidebar", right && "gr-sidebar-right", open && "gr-sidebar-open", (props.elemClasses as string[] | undefined) ?? [])}
      aria-label={typeof props.label === "string" ? props.label : "Sidebar"}
      style={{ "--gr-sidebar-width": width }}
    >
      <button type="button" class="gr-sidebar-toggle" aria-expanded={open} aria-controls={panel} onClick={toggle}>
        <span aria-hidden="true">{open === right ? "›" : "‹"}</span>
        <span class="gr-visually-hidden">{open ? "Close sidebar" : "Open sidebar"}</span>
      </button>
      <div id={panel} class="gr-sidebar-panel" hidden={!open}>
        <Children node={node} session={session} />
      </div>
    </aside>
  );
}
