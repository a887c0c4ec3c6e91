import { BlockLabel, Frame, Info, describedBy, useControlId } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";
import { choicesOf } from "../../../ui/parts/choices.ts";
import choicesCss from "../../../ui/parts/choices.css?inline";
import { addStyles } from "../../../ui/styles.ts";

addStyles("choices", choicesCss);

export function CheckboxGroup({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const selected = (block.value.value as unknown[] | null) ?? [];
  const choices = choicesOf(props);
  return (
    <Frame block={block} kind="checkboxgroup">
      <fieldset class="gr-fieldset" aria-labelledby={`${id}-label`} aria-describedby={describedBy(block, id)}>
        <BlockLabel block={block} htmlFor={id} as="span" />
        <Info block={block} controlId={id} />
        <div class="gr-options">
          {choices.map(([display, value], index) => (
            <label class="gr-check gr-option" key={index}>
              <input
                type="checkbox"
                checked={selected.includes(value)}
                disabled={!props.interactive}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  const next = choices.map(([, v]) => v).filter((v) => (v === value ? on : selected.includes(v)));
                  session.userInput(block.config.id, next);
                  session.dispatch(block.config.id, "select", { index, value, selected: on });
                }}
              />
              <span>{display}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </Frame>
  );
}
