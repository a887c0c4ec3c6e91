// The Dropdown's list of options, under its field. It is fixed to the
// viewport (and put in the top layer where the browser has popovers), so a
// Group's or an Accordion's `overflow: hidden`, a pending block's clip or a
// transformed ancestor cannot cut it; it takes the width of the field and at
// most the room left under it (above it when there is more room there), and
// scrolls. It follows the field while the page scrolls or resizes.

import { useLayoutEffect, useRef } from "preact/hooks";
import type { Choice } from "../../../ui/parts/choices.ts";
import { CheckIcon } from "../../../ui/parts/icons.tsx";

interface OptionsProps {
  id: string;
  /** The field the list hangs from. */
  anchor: { current: HTMLElement | null };
  open: boolean;
  choices: readonly Choice[];
  /** The choices shown, by index (filtered by what was typed). */
  shown: readonly number[];
  chosen: ReadonlySet<number>;
  active: number | null;
  /** The control's name, for the list's own. */
  label: string;
  multiple: boolean;
  onPick(index: number): void;
  onHover(index: number): void;
}

/** Past this the list scrolls even with room to spare, as a native select's does. */
const MAX_HEIGHT = 320;
const GAP = 4;

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

export function Options({ id, anchor, open, choices, shown, chosen, active, label, multiple, onPick, onHover }: OptionsProps) {
  const list = useRef<HTMLUListElement>(null);

  // The top layer: above sidebars and toasts, out of every clip (Chromium 114, Safari 17, Firefox 125;
  // elsewhere `position: fixed` alone does the same unless an ancestor is transformed).
  useLayoutEffect(() => {
    const el = list.current;
    if (!el?.showPopover || !open) return;
    el.showPopover();
    return () => {
      if (el.matches(":popover-open")) el.hidePopover();
    };
  }, [open]);

  // Placed before paint, on every render while open: chips added to a multiselect make the field taller.
  useLayoutEffect(() => {
    if (open && list.current) place(list.current, anchor.current);
  });

  useLayoutEffect(() => {
    if (!open) return;
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => list.current && place(list.current, anchor.current));
    };
    // Capture: a scrolling ancestor (a Column, a sidebar) moves the field too.
    addEventListener("scroll", follow, { capture: true, passive: true });
    addEventListener("resize", follow);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener("scroll", follow, { capture: true });
      removeEventListener("resize", follow);
    };
  }, [open]);

  // The active option stays in view as the arrow keys move it (the list's own scroll only, never the page's).
  useLayoutEffect(() => {
    const el = list.current;
    const item = active === null ? null : el?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (!el || !item) return;
    if (item.offsetTop < el.scrollTop) el.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > el.scrollTop + el.clientHeight) el.scrollTop = item.offsetTop + item.offsetHeight - el.clientHeight;
  }, [active, open]);

  return (
    <ul
      ref={list}
      id={id}
      role="listbox"
      // Named while shown only: a closed list is no second match for the field's label (getByLabel in tests).
      aria-label={open ? label : undefined}
      aria-multiselectable={multiple || undefined}
      popover="manual"
      class={open ? "gr-dropdown-options gr-open" : "gr-dropdown-options"}
      // The field keeps the focus (and the list stays open) while the mouse picks.
      onMouseDown={(e) => e.preventDefault()}
      onClick={(e) => {
        const item = (e.target as Element).closest<HTMLElement>("[data-index]");
        if (item) onPick(Number(item.dataset.index));
      }}
      onPointerMove={(e) => {
        const item = (e.target as Element).closest<HTMLElement>("[data-index]");
        if (item && Number(item.dataset.index) !== active) onHover(Number(item.dataset.index));
      }}
    >
      {open &&
        shown.map((index) => (
          <li
            key={index}
            id={optionId(id, index)}
            data-index={index}
            role="option"
            aria-selected={chosen.has(index)}
            class={index === active ? "gr-dropdown-option gr-active" : "gr-dropdown-option"}
          >
            <CheckIcon class="gr-icon gr-dropdown-check" size={14} />
            {choices[index][0]}
          </li>
        ))}
    </ul>
  );
}

/** Under the field (or over it, when there is more room above), as wide as it, within the viewport. */
function place(list: HTMLElement, field: HTMLElement | null): void {
  if (!field) return;
  const r = field.getBoundingClientRect();
  const root = document.documentElement;
  const below = root.clientHeight - r.bottom - GAP * 2;
  const above = r.top - GAP * 2;
  const up = below < 160 && above > below;
  const width = Math.min(r.width, root.clientWidth);
  Object.assign(list.style, {
    left: `${Math.max(0, Math.min(r.left, root.clientWidth - width))}px`,
    width: `${width}px`,
    top: up ? "auto" : `${r.bottom + GAP}px`,
    bottom: up ? `${root.clientHeight - r.top + GAP}px` : "auto",
    maxHeight: `${Math.max(80, Math.min(MAX_HEIGHT, up ? above : below))}px`,
  });
}
