// What a visitor typed into a prerendered app (the build command's HTML,
// shown before any script ran) is not lost when the app renders over it:
// the same nodes are reused, and their typed values are put back and sent
// as input, so the app sees them as if typed after it started.

type Typed = Array<{ el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement; value: string; checked: boolean }>;

/** The controls whose value the visitor changed. */
export function typedValues(host: HTMLElement): Typed {
  const typed: Typed = [];
  for (const el of host.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>("input, textarea, select")) {
    const changed =
      el instanceof HTMLSelectElement
        ? [...el.options].some((o) => o.selected !== o.defaultSelected)
        : el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")
          ? el.checked !== el.defaultChecked
          : el.value !== el.defaultValue;
    if (changed) typed.push({ el, value: el.value, checked: el instanceof HTMLInputElement && el.checked });
  }
  return typed;
}

/** Puts the typed values back into the rendered app's controls (the same nodes) and tells the app. */
export function restoreTyped(typed: Typed): void {
  for (const { el, value, checked } of typed) {
    if (!el.isConnected || el.disabled) continue;
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      if (el.checked === checked) continue;
      el.checked = checked;
    } else if (el.value === value) continue;
    else el.value = value;
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
  }
}
