import { Frame, classes, elemIdentity } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";

export function Button({ block, session }: ViewProps) {
  const props = block.props.value;
  const variant = (props.variant as string | undefined) ?? "secondary";
  const size = (props.size as string | undefined) ?? "lg";
  const identity = elemIdentity(block);
  return (
    <Frame block={block} kind="button-block" bare idOnControl>
      <button
        type="button"
        id={identity.id}
        class={classes("gr-button", `gr-button-${variant}`, `gr-button-${size}`, identity.classes)}
        disabled={props.interactive === false}
        onClick={() => session.dispatch(block.config.id, "click")}
      >
        {String(block.value.value ?? "")}
      </button>
    </Frame>
  );
}
