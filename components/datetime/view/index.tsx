// gr.DateTime: a text box in Gradio's format ("2024-05-01 13:00:00", or a
// relative "now - 24h") with a calendar button that opens the browser's own
// date-time picker: accessible and localized, at no cost in bytes. As in
// Gradio, the value commits on Enter (which also submits), on blur and on a
// pick; text that is not a date is marked and not sent.

import { useRef, useState } from "preact/hooks";
import { BlockLabel, Frame, Info, describedBy, useControlId } from "../../../ui/frame.tsx";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { fromPickerValue, isValidDateText, toPickerValue } from "./format.ts";
import css from "./style.css?inline";

addStyles("datetime", css);

export function DateTimeView({ block, session }: ViewProps) {
  const id = useControlId();
  const picker = useRef<HTMLInputElement>(null);
  const props = block.props.value;
  const includeTime = props.includeTime !== false;
  const value = (block.value.value as string | null | undefined) ?? "";
  // What the user is typing, until it commits; a new value from a listener replaces it.
  const [draft, setDraft] = useState<{ text: string; over: string } | null>(null);
  const text = draft && draft.over === value ? draft.text : value;
  const valid = isValidDateText(text.trim(), includeTime);
  const disabled = !props.interactive;
  const commit = (next: string) => {
    const t = next.trim();
    if (!isValidDateText(t, includeTime)) return false;
    setDraft(null);
    if (t !== value) session.userInput(block.config.id, t === "" ? null : t);
    return true;
  };
  const errorId = `${id}-error`;
  const format = includeTime ? "YYYY-MM-DD HH:MM:SS" : "YYYY-MM-DD";
  return (
    <Frame block={block} kind="datetime">
      <BlockLabel block={block} htmlFor={id} />
      <Info block={block} controlId={id} />
      <div class="gr-datetime-box">
        <input
          id={id}
          class="gr-input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          value={text}
          placeholder={format}
          disabled={disabled}
          aria-invalid={valid ? undefined : "true"}
          aria-describedby={[describedBy(block, id), valid ? null : errorId].filter(Boolean).join(" ") || undefined}
          onInput={(e) => setDraft({ text: e.currentTarget.value, over: value })}
          onKeyDown={(e) => {
            if (e.key !== "Enter" || e.isComposing) return;
            e.preventDefault();
            if (commit(e.currentTarget.value)) session.dispatch(block.config.id, "submit");
          }}
          onBlur={(e) => commit(e.currentTarget.value)}
        />
        {!disabled && (
          <button
            type="button"
            class="gr-datetime-calendar"
            aria-label="Pick a date"
            onClick={() => {
              const input = picker.current;
              if (!input) return;
              input.value = toPickerValue(text.trim(), includeTime);
              try {
                input.showPicker();
              } catch {
                input.focus();
              }
            }}
          >
            <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
              <rect x="3" y="4" width="18" height="18" rx="2" />
              <path d="M16 2v4M8 2v4M3 10h18" />
            </svg>
          </button>
        )}
        {!disabled && (
          <input
            ref={picker}
            class="gr-datetime-picker"
            type={includeTime ? "datetime-local" : "date"}
            step={includeTime ? 1 : undefined}
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => commit(fromPickerValue(e.currentTarget.value, includeTime))}
          />
        )}
      </div>
      {!valid && (
        <div class="gr-datetime-error" id={errorId} role="status">
          Use {format}, or a relative time such as "now - 24h".
        </div>
      )}
    </Frame>
  );
}
