// Textbox: a <textarea> for every `lines`, as in Gradio 5 (rows = lines, growing
// with its text up to maxLines); an <input> only for password and email.

import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { BlockLabel, Frame, Info, describedBy, useControlId } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";
import type { ComponentConfig } from "../../../worker/protocol.ts";
import { lazy } from "../../../ui/lazy.ts";

// Only chat boxes have them: loaded on first use.
export const TextboxButtons = lazy(() => import("./buttons.tsx").then((m) => m.SubmitStop));

/** Past this many characters a box shows its start, read-only, until asked: a 50 MB value in a textarea holds the page for seconds. */
export const SHOWN_CHARS = 200_000;

export function Textbox({ block, session }: ViewProps) {
  const id = useControlId();
  const area = useRef<HTMLTextAreaElement>(null);
  const props = block.props.value;
  const full = (block.value.value as string | null) ?? "";
  // The value the user asked to see whole ("Show all"); a new long value shows its start again.
  const [whole, setWhole] = useState<string | null>(null);
  const cut = full.length > SHOWN_CHARS && whole !== full;
  const value = cut ? full.slice(0, SHOWN_CHARS) : full;
  const lines = typeof props.lines === "number" ? Math.max(1, props.lines) : 1;
  // Gradio 5's default: up to max(lines, 20) lines of text before it scrolls.
  const maxLines = Math.max(lines, typeof props.maxLines === "number" ? props.maxLines : 20);
  const inputType = props.type === "password" || props.type === "email" ? props.type : null;
  useLayoutEffect(() => {
    if (area.current) fitRows(area.current, lines, maxLines);
  }, [value, lines, maxLines]);
  useEffect(() => {
    if (props.autofocus === true) document.getElementById(id)?.focus();
  }, []);
  const disabled = !props.interactive;
  const submit = (e: KeyboardEvent) => {
    e.preventDefault();
    session.dispatch(block.config.id, "submit");
  };
  const common = {
    id,
    value,
    class: "gr-input",
    placeholder: (props.placeholder as string | undefined) ?? undefined,
    disabled,
    readOnly: disabled || cut,
    "aria-describedby": describedBy(block, id),
    onInput: (e: Event) => {
      const el = e.currentTarget as HTMLInputElement | HTMLTextAreaElement;
      session.userInput(block.config.id, el.value);
      if (el instanceof HTMLTextAreaElement) fitRows(el, lines, maxLines);
    },
    onFocus: () => session.dispatch(block.config.id, "focus"),
    onBlur: () => session.dispatch(block.config.id, "blur"),
  };
  return (
    <Frame block={block} kind="textbox">
      <BlockLabel block={block} htmlFor={id} />
      <Info block={block} controlId={id} />
      <div class="gr-textbox-row">
        {inputType ? (
          <input
            {...common}
            // One literal for Preact's typings, which give each input type its own attributes.
            type={inputType as "email"}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.isComposing) submit(e);
            }}
          />
        ) : (
          <textarea
            {...common}
            ref={area}
            rows={lines}
            // A one-line box grows by itself; a resize handle would only get in the way.
            style={lines === 1 ? { resize: "none" } : undefined}
            onKeyDown={(e) => {
              // As in Gradio: Enter submits a one-line box; in a multi-line one
              // Enter is a new line and Shift+Enter submits.
              if (e.key !== "Enter" || e.isComposing) return;
              if (lines === 1 ? !e.shiftKey : e.shiftKey) submit(e);
            }}
          />
        )}
        {(props.submitBtn || props.stopBtn) && (
          <TextboxButtons submitBtn={props.submitBtn} stopBtn={props.stopBtn} disabled={disabled} onSubmit={() => session.dispatch(block.config.id, "submit")} onStop={() => session.dispatch(block.config.id, "stop")} />
        )}
      </div>
      {cut && (
        <button type="button" class="gr-link-button gr-textbox-more" onClick={() => setWhole(full)}>
          Showing the first {SHOWN_CHARS.toLocaleString()} characters (read-only): show all {full.length.toLocaleString()}
        </button>
      )}
    </Frame>
  );
}

/** Sizes the box to its text: at least `lines` rows, at most `maxLines`, then it scrolls. */
export function fitRows(el: HTMLTextAreaElement, lines: number, maxLines: number): void {
  el.style.height = "";
  // Nothing to measure: `rows` already gives the height (and a page of empty
  // boxes costs no forced layout each).
  if (lines === maxLines || !el.value) return;
  const css = getComputedStyle(el);
  const lineHeight = parseFloat(css.lineHeight);
  // Not laid out (a hidden tab): keep the rows until it is.
  if (!el.scrollHeight || !Number.isFinite(lineHeight)) return;
  const padding = parseFloat(css.paddingTop) + parseFloat(css.paddingBottom);
  const border = parseFloat(css.borderTopWidth) + parseFloat(css.borderBottomWidth);
  const content = Math.min(Math.max(el.scrollHeight - padding, lines * lineHeight), maxLines * lineHeight);
  el.style.height = `${content + (css.boxSizing === "border-box" ? padding + border : 0)}px`;
}

Textbox.preloadFor = (components: ComponentConfig[]) =>
  components.some((c) => c.type === "textbox" && (c.props.submitBtn || c.props.stopBtn)) ? TextboxButtons.preload() : undefined;
