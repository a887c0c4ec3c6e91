import { BlockLabel, Frame, Info, describedBy, useControlId } from "../../frame.tsx";
import type { ViewProps } from "../../view-types.ts";

export function Textbox({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const value = (block.value.value as string | null) ?? "";
  const lines = typeof props.lines === "number" ? props.lines : 1;
  const maxLines = typeof props.maxLines === "number" ? props.maxLines : lines;
  const disabled = !props.interactive;
  const common = {
    id,
    value,
    placeholder: (props.placeholder as string | undefined) ?? undefined,
    disabled,
    readOnly: disabled,
    "aria-describedby": describedBy(block, id),
    onInput: (e: Event) => session.userInput(block.config.id, (e.currentTarget as HTMLInputElement).value),
    onFocus: () => session.dispatch(block.config.id, "focus"),
    onBlur: () => session.dispatch(block.config.id, "blur"),
  };
  const multiline = lines > 1 || maxLines > 1;
  return (
    <Frame block={block} kind="textbox">
      <BlockLabel block={block} htmlFor={id} />
      <Info block={block} controlId={id} />
      {multiline ? (
        <textarea
          {...common}
          class="gr-input"
          rows={lines}
          onKeyDown={(e) => {
            // As in Gradio: in a multi-line box Enter is a new line and Shift+Enter submits.
            if (e.key === "Enter" && e.shiftKey) {
              e.preventDefault();
              session.dispatch(block.config.id, "submit");
            }
          }}
        />
      ) : (
        <input
          {...common}
          class="gr-input"
          type={inputType(props.type) as "text"}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              session.dispatch(block.config.id, "submit");
            }
          }}
        />
      )}
    </Frame>
  );
}

function inputType(type: unknown): string {
  return type === "password" || type === "email" ? type : "text";
}
