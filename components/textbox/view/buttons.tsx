// Gradio's `submitBtn` / `stopBtn` inside a Textbox or MultimodalTextbox: an
// arrow (or the given text) that submits, a square that stops. A button
// showing text is named by it; only an icon gets an aria-label, so the name
// always holds what is seen (axe: label-content-name-mismatch).

import { addStyles } from "../../../ui/styles.ts";
import css from "./buttons.css?inline";

addStyles("textbox-buttons", css);

const icon = (d: string) => (
  <svg viewBox="0 0 24 24" width="18" height="18" fill="currentColor" aria-hidden="true">
    <path d={d} />
  </svg>
);

export interface SubmitStopProps {
  submitBtn: unknown;
  stopBtn: unknown;
  /** The box is locked: submit is disabled, stop stays clickable (a reply is streaming). */
  disabled: boolean;
  onSubmit: () => void;
  onStop: () => void;
}

export function SubmitStop({ submitBtn, stopBtn, disabled, onSubmit, onStop }: SubmitStopProps) {
  return (
    <>
      {!!stopBtn && (
        <button type="button" class="gr-textbox-button gr-textbox-stop" aria-label={typeof stopBtn === "string" ? undefined : "Stop"} onClick={onStop}>
          {typeof stopBtn === "string" ? stopBtn : icon("M6 6h12v12H6z")}
        </button>
      )}
      {!!submitBtn && (
        <button type="button" class="gr-textbox-button" aria-label={typeof submitBtn === "string" ? undefined : "Submit"} disabled={disabled} onClick={onSubmit}>
          {typeof submitBtn === "string" ? submitBtn : icon("M11 20V7.8l-5.6 5.6L4 12l8-8 8 8-1.4 1.4L13 7.8V20z")}
        </button>
      )}
    </>
  );
}
