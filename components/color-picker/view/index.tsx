// gr.ColorPicker, as Gradio 5 draws it: a swatch button that opens the
// picker below it (panel.tsx); Escape or a click outside closes it. As in
// Gradio: `input`/`change` as the colour moves, `release` when a drag ends,
// `submit` on Enter in the text box, and `focus` / `blur` when focus enters
// or leaves the whole component (the picker included).

import { useEffect, useRef, useState } from "preact/hooks";
import { BlockLabel, Frame, Info, describedBy, useControlId } from "../../../ui/frame.tsx";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { PickerPanel } from "./panel.tsx";
import css from "./style.css?inline";

addStyles("colorpicker", css);

export function ColorPickerView({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const value = (block.value.value as string | null | undefined) ?? "#000000";
  const disabled = props.interactive === false;
  const [open, setOpen] = useState(false);
  const focused = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // As Gradio's, a click outside the open picker closes it.
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", away, true);
    return () => document.removeEventListener("pointerdown", away, true);
  }, [open]);

  return (
    <Frame block={block} kind="colorpicker">
      <BlockLabel block={block} htmlFor={id} />
      <Info block={block} controlId={id} />
      <div
        ref={root}
        class="gr-colorpicker-root"
        onFocusIn={() => {
          if (focused.current) return;
          focused.current = true;
          session.dispatch(block.config.id, "focus");
        }}
        onFocusOut={(e) => {
          if (root.current?.contains(e.relatedTarget as Node | null)) return;
          focused.current = false;
          session.dispatch(block.config.id, "blur");
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape" && open) {
            setOpen(false);
            button.current?.focus();
          }
        }}
      >
        <button
          ref={button}
          id={id}
          type="button"
          class="gr-colorpicker-swatch"
          style={{ background: value }}
          disabled={disabled}
          aria-expanded={open}
          aria-describedby={describedBy(block, id)}
          aria-label={`${typeof props.label === "string" ? props.label : "Colour"}: ${value}`}
          onClick={() => setOpen(!open)}
        />
        {open && !disabled && (
          <PickerPanel
            value={value}
            onPick={(hex) => session.userInput(block.config.id, hex)}
            onRelease={() => session.dispatch(block.config.id, "release")}
            onSubmit={() => session.dispatch(block.config.id, "submit")}
          />
        )}
      </div>
    </Frame>
  );
}
