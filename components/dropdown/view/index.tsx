// gr.Dropdown as Gradio 5 draws it (js/dropdown/shared/Dropdown.svelte and
// Multiselect.svelte): a text field with the combobox role. Focus, a click
// or typing opens the list of choices under it; typing filters them (any
// part of the label, ignoring case); ArrowUp/Down move the active option,
// Enter picks it, Escape closes the list and gives back the value's label,
// Tab or a click elsewhere closes it. A multiselect shows its values as
// chips, each with a remove button, Backspace in an empty field removes the
// last one, and a clear button removes all; `maxChoices` closes the list once
// reached. `allowCustomValue` keeps typed text that is no choice (Enter or
// leaving the field); without it, leaving the field restores the last choice.
//
// Two choices differ from Gradio's, for keyboard users: the field keeps the
// focus after a pick (Gradio blurs it, and the focus falls to the page), and
// Enter fires `select` like a click does (Gradio's fires only for a click).

import { useRef, useState } from "preact/hooks";
import { BlockLabel, Frame, Info, classes, describedBy, useControlId } from "../../../ui/frame.tsx";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { choicesOf, type Choice } from "../../../ui/parts/choices.ts";
import { CloseIcon, Icon } from "../../../ui/parts/icons.tsx";
import { filterChoices, indexOfValue, moveActive } from "./filter.ts";
import { Options, optionId } from "./options.tsx";
import css from "./style.css?inline";

addStyles("dropdown", css);

/** A value of a multiselect: its choice's index, or -1 for a custom value. */
interface Chip {
  index: number;
  value: unknown;
  label: string;
}

// One component: its handlers share the typed text, the list's state and the value.
export function Dropdown({ block, session }: ViewProps) {
  const id = useControlId();
  const listId = `${id}-options`;
  const field = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // The press that focused the field: its mouseup must not undo the selected label.
  const focusClick = useRef(false);
  const props = block.props.value;
  const choices = choicesOf(props);
  const multi = props.multiselect === true;
  const custom = props.allowCustomValue === true;
  // As Gradio: a custom value must be typed, so allowCustomValue keeps the field filterable.
  const filterable = props.filterable !== false || custom;
  const disabled = !props.interactive;
  const maxChoices = multi && typeof props.maxChoices === "number" ? props.maxChoices : Infinity;
  const value = block.value.value;
  const name = typeof props.label === "string" && props.label ? props.label : "Dropdown";

  // What was typed since the field took the focus; null while it shows the value.
  const [draft, setDraft] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number | null>(null);

  const chips = multi ? chipsOf(choices, value, custom) : [];
  const values = chips.map((c) => c.value);
  const single = multi ? -1 : indexOfValue(choices, value);
  const text = draft ?? (multi || value === null || value === undefined ? "" : single >= 0 ? choices[single][0] : custom ? String(value) : "");
  const shown = draft ? filterChoices(choices, draft) : choices.map((_, i) => i);
  const full = chips.length >= maxChoices;
  const listOpen = open && !disabled && !full && shown.length > 0;
  const current = active !== null && shown.includes(active) ? active : null;

  const fire = (event: string, data?: unknown) => session.dispatch(block.config.id, event, data);
  const set = (v: unknown) => session.userInput(block.config.id, v);
  const close = () => {
    setOpen(false);
    setActive(null);
    setDraft(null);
  };

  /** A click or Enter on an option: the value (single), or in or out of the values (multiselect). */
  function pick(index: number): void {
    const v = choices[index][1];
    if (!multi) {
      set(v);
      fire("select", { index, value: v, selected: true });
      return close();
    }
    const had = values.includes(v);
    if (!had && full) return;
    const next = had ? values.filter((x) => x !== v) : [...values, v];
    set(next);
    fire("select", { index, value: v, selected: !had });
    setDraft(null);
    setActive(index);
    if (next.length >= maxChoices) close();
  }

  /** Typed text as a value (allowCustomValue): a choice's exact label stands for that choice. */
  function keep(typed: string): void {
    const at = choices.findIndex(([label]) => label === typed);
    const v = at >= 0 ? choices[at][1] : typed;
    if (!multi) {
      if (v !== value) set(v);
    } else if (typed && !full && !values.includes(v)) {
      set([...values, v]);
      fire("select", { index: at, value: v, selected: true });
      if (values.length + 1 >= maxChoices) return close();
    }
    setDraft(null);
  }

  function remove(chip: Chip): void {
    set(values.filter((v) => v !== chip.value));
    fire("select", { index: chip.index, value: chip.value, selected: false });
  }

  function onFocus(e: FocusEvent): void {
    // The label is selected: typing replaces it with a filter (a click's caret would undo that: onMouseUp).
    if (!multi && filterable) (e.currentTarget as HTMLInputElement).select();
    setOpen(true);
    setActive(single >= 0 ? single : null);
    fire("focus");
  }

  function onBlur(): void {
    if (custom && draft !== null) keep(draft);
    close();
    fire("blur");
  }

  function onType(typed: string): void {
    setDraft(typed);
    setOpen(true);
    // The first match is active (Enter picks it); a multiselect that takes custom values keeps typed text instead.
    setActive(typed && !(multi && custom) ? (filterChoices(choices, typed)[0] ?? null) : null);
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.isComposing) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setOpen(true);
      // Opening starts at the chosen option, as focus does.
      setActive(listOpen ? moveActive(current, shown, step) : (current ?? (shown.includes(single) ? single : moveActive(null, shown, step))));
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (listOpen && current !== null) pick(current);
      else if (custom && draft !== null) keep(draft);
      else if (!multi && draft !== null && choices.some(([label]) => label === draft)) pick(choices.findIndex(([label]) => label === draft));
      else setOpen(true);
    } else if (e.key === "Escape" && (listOpen || draft !== null)) {
      // Handled here: an enclosing sidebar or dialog does not close too.
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === "Backspace" && multi && !draft && chips.length) {
      remove(chips[chips.length - 1]);
    }
  }

  return (
    <Frame block={block} kind="dropdown" bare={props.container === false}>
      <BlockLabel block={block} htmlFor={id} />
      <Info block={block} controlId={id} />
      <div
        ref={field}
        class={classes("gr-dropdown-field", disabled && "gr-disabled", listOpen && "gr-expanded")}
        // A press on the field around the text (its arrow, a chip) works the field, as on a native select.
        onMouseDown={(e) => {
          const target = e.target as Element;
          if (disabled || target.closest("input, button")) return;
          e.preventDefault();
          if (document.activeElement === input.current) setOpen(!listOpen);
          else input.current?.focus();
        }}
      >
        {chips.map((chip) => (
          <Token key={String(chip.value)} label={chip.label} onRemove={disabled ? null : () => remove(chip)} />
        ))}
        <input
          ref={input}
          id={id}
          role="combobox"
          class={classes("gr-dropdown-input", draft !== null && !custom && !shown.some((i) => choices[i][0] === draft) && "gr-subdued")}
          value={text}
          autocomplete="off"
          spellcheck={false}
          aria-autocomplete={filterable ? "list" : "none"}
          aria-expanded={listOpen}
          aria-controls={listId}
          aria-activedescendant={listOpen && current !== null ? optionId(listId, current) : undefined}
          aria-describedby={describedBy(block, id)}
          disabled={disabled}
          readOnly={!filterable}
          onFocus={onFocus}
          onBlur={onBlur}
          onMouseDown={(e) => {
            focusClick.current = document.activeElement !== e.currentTarget;
          }}
          onMouseUp={(e) => {
            if (focusClick.current) e.preventDefault();
            focusClick.current = false;
          }}
          onClick={() => setOpen(true)}
          onInput={(e) => onType(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onKeyUp={(e) => fire("keyUp", { key: e.key, inputValue: e.currentTarget.value })}
        />
        {multi && !disabled && chips.length > 0 && (
          <button type="button" class="gr-dropdown-remove gr-dropdown-clear" aria-label="Clear" title="Clear" onMouseDown={(e) => e.preventDefault()} onClick={() => (set([]), setDraft(null))}>
            <CloseIcon size={14} />
          </button>
        )}
        {!disabled && (
          <Icon class="gr-dropdown-arrow" size={18}>
            <path d="m6 9 6 6 6-6" />
          </Icon>
        )}
      </div>
      {!disabled && (
        <Options
          id={listId}
          anchor={field}
          open={listOpen}
          choices={choices}
          shown={shown}
          chosen={new Set(multi ? chips.map((c) => c.index) : [single])}
          active={current}
          label={name}
          multiple={multi}
          onPick={pick}
          onHover={setActive}
        />
      )}
    </Frame>
  );
}

/** One of a multiselect's values, with its remove button unless read-only. */
function Token({ label, onRemove }: { label: string; onRemove: (() => void) | null }) {
  return (
    <span class="gr-dropdown-token">
      <span>{label}</span>
      {onRemove && (
        // mousedown keeps the focus where it is: the field's list stays as it was.
        <button type="button" class="gr-dropdown-remove" aria-label={`Remove ${label}`} title={`Remove ${label}`} onMouseDown={(e) => e.preventDefault()} onClick={onRemove}>
          <CloseIcon size={12} />
        </button>
      )}
    </span>
  );
}

/** A multiselect's values as chips; a value that is no choice shows only with allowCustomValue, as in Gradio. */
function chipsOf(choices: readonly Choice[], value: unknown, custom: boolean): Chip[] {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  return list.flatMap((v): Chip[] => {
    const index = indexOfValue(choices, v);
    if (index >= 0) return [{ index, value: v, label: choices[index][0] }];
    return custom ? [{ index: -1, value: v, label: String(v) }] : [];
  });
}
