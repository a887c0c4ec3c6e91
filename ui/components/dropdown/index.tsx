import { BlockLabel, Frame, Info, describedBy, useControlId } from "../../frame.tsx";
import type { ViewProps } from "../../view-types.ts";
import { choicesOf } from "../choices.ts";
import choicesCss from "../choices.css?inline";
import { addStyles } from "../../styles.ts";

addStyles("choices", choicesCss);

export function Dropdown({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const choices = choicesOf(props);
  const multiselect = props.multiselect === true;
  const current = block.value.value;
  const selected = multiselect ? ((current as unknown[] | null) ?? []) : [current];
  return (
    <Frame block={block} kind="dropdown">
      <BlockLabel block={block} htmlFor={id} />
      <Info block={block} controlId={id} />
      <select
        id={id}
        class="gr-input gr-select"
        multiple={multiselect}
        aria-describedby={describedBy(block, id)}
        disabled={!props.interactive}
        onChange={(e) => {
          const el = e.currentTarget;
          const picked = [...el.selectedOptions].map((o) => choices[Number(o.value)]?.[1]);
          const value = multiselect ? picked : (picked[0] ?? null);
          session.userInput(block.config.id, value);
          session.dispatch(block.config.id, "select", { index: el.selectedIndex, value, selected: true });
        }}
        onFocus={() => session.dispatch(block.config.id, "focus")}
        onBlur={() => session.dispatch(block.config.id, "blur")}
      >
        {!multiselect && current === null && <option value="" disabled selected hidden />}
        {choices.map(([display, value], index) => (
          <option key={index} value={String(index)} selected={selected.includes(value)}>
            {display}
          </option>
        ))}
      </select>
    </Frame>
  );
}
