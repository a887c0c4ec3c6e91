import { parseNumber } from "../../../ui/parts/parse-number.ts";
import { BlockLabel, Frame, Info, describedBy, useControlId } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";
import choicesCss from "../../../ui/parts/choices.css?inline";
import { addStyles } from "../../../ui/styles.ts";

addStyles("choices", choicesCss);

export function Slider({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const min = (props.minimum as number | undefined) ?? 0;
  const max = (props.maximum as number | undefined) ?? 100;
  const step = (props.step as number | undefined) ?? 1;
  const value = (block.value.value as number | null) ?? min;
  const disabled = !props.interactive;
  const fill = max > min ? ((value - min) / (max - min)) * 100 : 0;
  const set = (n: number | null) => n !== null && session.userInput(block.config.id, n);
  return (
    <Frame block={block} kind="slider">
      <div class="gr-slider-head">
        <BlockLabel block={block} htmlFor={id} />
        <input
          class="gr-input gr-slider-number"
          type="number"
          aria-label={`${(props.label as string | undefined) ?? "value"} (number)`}
          value={String(value)}
          min={min}
          max={max}
          step={step}
          disabled={disabled}
          onInput={(e) => set(parseNumber(e.currentTarget.value))}
        />
      </div>
      <Info block={block} controlId={id} />
      <input
        id={id}
        class="gr-range"
        type="range"
        value={String(value)}
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        aria-describedby={describedBy(block, id)}
        style={{ "--gr-fill": `${fill}%` }}
        onInput={(e) => set(Number(e.currentTarget.value))}
        onChange={() => session.dispatch(block.config.id, "release")}
      />
    </Frame>
  );
}
