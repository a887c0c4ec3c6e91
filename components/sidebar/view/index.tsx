// Sidebar: a collapsible panel at the window's side, opened and closed by a
// button (aria-expanded) or by an `open` update. Open, it pushes the app
// aside on wide screens, as Gradio's does (the CSS reads the width it sets
// on the app's container); on narrow ones it covers the app. Closed, its
// button takes a line of the app, so it never covers content (issue #13).

import { useLayoutEffect, useRef } from "preact/hooks";
import { useOpen } from "../../../ui/parts/followed-state.ts";
import { Children } from "../../../ui/block-view.tsx";
import { classes } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";
import tabsCss from "../../tabs/view/style.css?inline";
import sidebarCss from "./style.css?inline";
import { addStyles } from "../../../ui/styles.ts";

// In this order: the sidebar's own rules override the older ones in the tabs sheet.
addStyles("tabs", tabsCss);
addStyles("sidebar", sidebarCss);

export function Sidebar({ block, session, node }: ViewProps) {
  const props = block.props.value;
  const [open, toggle] = useOpen(block, session);
  const aside = useRef<HTMLElement>(null);
  const visible = props.visible !== false;
  const right = props.position === "right";
  const width = typeof props.width === "number" ? `${props.width}px` : String(props.width ?? "320px");
  useLayoutEffect(() => {
    const app = aside.current?.closest<HTMLElement>(".gr-app");
    if (!app || !open || !visible) return;
    const side = `--gr-sidebar-${right ? "right" : "left"}`;
    app.style.setProperty(side, width);
    return () => app.style.removeProperty(side);
  }, [open, visible, right, width]);
  if (!visible) return null;
  const panel = `gr-sidebar-${block.config.id}`;
  return (
    <aside
      ref={aside}
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
