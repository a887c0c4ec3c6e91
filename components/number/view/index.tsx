import { useState } from "preact/hooks";
import { BlockLabel, Frame, Info, describedBy, useControlId } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";
import { parseNumber } from "../../../ui/parts/parse-number.ts";

export function NumberView({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const value = (block.value.value as number | null | undefined) ?? null;
  const disabled = !props.interactive;
  // The box keeps what the user typed ("1e3", "2.50") while it means the
  // current value; a new value from a listener replaces it.
  const [text, setText] = useState(value === null ? "" : String(value));
  const shown = parseNumber(text) === value ? text : value === null ? "" : String(value);
  return (
    <Frame block={block} kind="number">
      <BlockLabel block={block} htmlFor={id} />
      <Info block={block} controlId={id} />
      <input
        id={id}
        class="gr-input"
        type="number"
        value={shown}
        aria-describedby={describedBy(block, id)}
        min={props.minimum as number | undefined}
        max={props.maximum as number | undefined}
        step={(props.step as number | undefined) ?? "any"}
        placeholder={(props.placeholder as string | undefined) ?? undefined}
        disabled={disabled}
        onInput={(e) => {
          setText(e.currentTarget.value);
          session.userInput(block.config.id, parseNumber(e.currentTarget.value));
        }}
        onKeyDown={(e) => e.key === "Enter" && session.dispatch(block.config.id, "submit")}
        onFocus={() => session.dispatch(block.config.id, "focus")}
        onBlur={() => session.dispatch(block.config.id, "blur")}
      />
    </Frame>
  );
}
