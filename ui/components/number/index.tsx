import { BlockLabel, Frame, Info, useControlId } from "../../frame.tsx";
import type { ViewProps } from "../../view-types.ts";

/** The text of a number input; an empty box means null. */
export function parseNumber(text: string): number | null {
  if (text.trim() === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export function NumberView({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const value = block.value.value as number | null;
  const disabled = !props.interactive;
  return (
    <Frame block={block} kind="number">
      <BlockLabel block={block} htmlFor={id} />
      <Info block={block} />
      <input
        id={id}
        class="gr-input"
        type="number"
        value={value === null || value === undefined ? "" : String(value)}
        min={props.minimum as number | undefined}
        max={props.maximum as number | undefined}
        step={(props.step as number | undefined) ?? "any"}
        placeholder={(props.placeholder as string | undefined) ?? undefined}
        disabled={disabled}
        onInput={(e) => session.userInput(block.config.id, parseNumber(e.currentTarget.value))}
        onKeyDown={(e) => e.key === "Enter" && session.dispatch(block.config.id, "submit")}
        onFocus={() => session.dispatch(block.config.id, "focus")}
        onBlur={() => session.dispatch(block.config.id, "blur")}
      />
    </Frame>
  );
}
