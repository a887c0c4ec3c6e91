import { BlockLabel, Frame, Info, describedBy, useControlId } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";
import { choicesOf } from "../../../ui/parts/choices.ts";
import choicesCss from "../../../ui/parts/choices.css?inline";
import { addStyles } from "../../../ui/styles.ts";

addStyles("choices", choicesCss);

export function Radio({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const current = block.value.value;
  return (
    <Frame block={block} kind="radio">
      <fieldset class="gr-fieldset" role="radiogroup" aria-labelledby={`${id}-label`} aria-describedby={describedBy(block, id)}>
        <BlockLabel block={block} htmlFor={id} as="span" />
        <Info block={block} controlId={id} />
        <div class="gr-options">
          {choicesOf(props).map(([display, value], index) => (
            <label class="gr-check gr-option" key={index}>
              <input
                type="radio"
                name={id}
                checked={current === value}
                disabled={!props.interactive}
                onChange={() => {
                  session.userInput(block.config.id, value);
                  session.dispatch(block.config.id, "select", { index, value, selected: true });
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
