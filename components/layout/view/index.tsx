import { classes } from "../../../ui/frame.tsx";
import { Children } from "../../../ui/block-view.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";

function layoutView(kind: string) {
  return function LayoutView({ block, session, node }: ViewProps) {
    const props = block.props.value;
    if (props.visible === false) return null;
    const style: Record<string, string> = {};
    if (typeof props.scale === "number") style.flex = props.scale === 0 ? "0 0 auto" : `${props.scale} 1 0`;
    if (typeof props.minWidth === "number") style.minWidth = `min(${props.minWidth}px, 100%)`;
    if (props.height !== undefined && props.height !== null) {
      style.height = typeof props.height === "number" ? `${props.height}px` : String(props.height);
    }
    return (
      <div
        id={(props.elemId as string | undefined) ?? undefined}
        class={classes(
          `gr-${kind}`,
          props.equalHeight === true && "gr-equal-height",
          typeof props.variant === "string" && props.variant !== "default" && `gr-variant-${props.variant}`,
          (props.elemClasses as string[] | undefined) ?? [],
        )}
        style={style}
      >
        <Children node={node} session={session} />
      </div>
    );
  };
}

export const Row = layoutView("row");
export const Column = layoutView("column");
export const Group = layoutView("group");
