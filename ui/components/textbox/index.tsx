import { BlockLabel, Frame, Info, useControlId } from "../../frame.tsx";
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
    "aria-describedby": props.info ? `${id}-info` : undefined,
    onInput: (e: Event) => session.userInput(block.config.id, (e.currentTarget as HTMLInputElement).value),
    onFocus: () => session.dispatch(block.config.id, "focus"),
    onBlur: () => session.dispatch(block.config.id, "blur"),
  };
  const multiline = lines > 1 || maxLines > 1;
  return (
    <Frame block={block} kind="textbox">
      <BlockLabel block={block} htmlFor={id} />
      <Info block={block} />
      {multiline ? (
        <textarea
          {...common}
          class="gr-input"
          rows={lines}
          onKeyDown={(e) => {
            // Gradio: Enter submits a multi-line box too; Shift+Enter is a new line.
            if (e.key === "Enter" && !e.shiftKey && props.submitOnEnter !== false && lines === 1) {
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
