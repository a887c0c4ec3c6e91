import { Frame, Info, describedBy, useControlId } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";
import choicesCss from "../../../ui/parts/choices.css?inline";
import { addStyles } from "../../../ui/styles.ts";

addStyles("choices", choicesCss);

export function Checkbox({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const checked = block.value.value === true;
  const label = typeof props.label === "string" ? props.label : "";
  return (
    <Frame block={block} kind="checkbox">
      <label class="gr-check" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy(block, id)}
          disabled={!props.interactive}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            session.userInput(block.config.id, next);
            session.dispatch(block.config.id, "select", { value: label, selected: next });
          }}
        />
        <span>{label || "Checkbox"}</span>
      </label>
      <Info block={block} controlId={id} />
    </Frame>
  );
}
