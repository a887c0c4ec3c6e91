// Gradio's Textbox `submitBtn` / `stopBtn`, inside the box: an arrow (or the
// given text) that submits, a square that stops.

import { addStyles } from "../../styles.ts";
import css from "./buttons.css?inline";

addStyles("textbox-buttons", css);

export interface TextboxButtonsProps {
  submitBtn: unknown;
  stopBtn: unknown;
  disabled: boolean;
  onSubmit: () => void;
  onStop: () => void;
}

const icon = (d: string) => (
  <svg viewBox="0 0 24 24" width="18" height="18" fill="currentColor" aria-hidden="true">
    <path d={d} />
  </svg>
);

/** Stop stays clickable while the box is locked (a reply is streaming). */
export function TextboxButtons({ submitBtn, stopBtn, disabled, onSubmit, onStop }: TextboxButtonsProps) {
  return (
    <>
      {!!stopBtn && (
        <button type="button" class="gr-textbox-button gr-textbox-stop" aria-label="Stop" onClick={onStop}>
          {typeof stopBtn === "string" ? stopBtn : icon("M6 6h12v12H6z")}
        </button>
      )}
      {!!submitBtn && (
        <button type="button" class="gr-textbox-button" aria-label="Submit" disabled={disabled} onClick={onSubmit}>
          {typeof submitBtn === "string" ? submitBtn : icon("M11 20V7.8l-5.6 5.6L4 12l8-8 8 8-1.4 1.4L13 7.8V20z")}
        </button>
      )}
    </>
  );
}
