// State a view owns that a listener may also set through one prop:
// Accordion's and Sidebar's `open`, Tabs' and Walkthrough's `selected`.

import { useState } from "preact/hooks";
import type { AppSession } from "../session.ts";
import type { BlockState } from "../store.ts";

/**
 * The view's own value, replaced whenever a listener's update names `prop`
 * (even with the same value as before). Followed during render, not in an
 * effect: a click before the first effect ran would be undone.
 */
export function useFollowedState<T>(block: BlockState, prop: string, initial: () => T, read: (value: unknown) => T | null): [T, (next: T) => void] {
  const [value, setValue] = useState(initial);
  const update = block.update.value;
  const [followed, setFollowed] = useState(update);
  if (update !== followed) {
    setFollowed(update);
    const next = update && prop in update.props ? read(update.props[prop]) : null;
    if (next !== null) setValue(next);
  }
  return [value, setValue];
}

/** Open or closed, by the user (firing expand/collapse) or by an `open` update. */
export function useOpen(block: BlockState, session: AppSession): [boolean, () => void] {
  const [open, setOpen] = useFollowedState(block, "open", () => block.props.peek().open !== false, (v) => v !== false);
  const toggle = () => {
    setOpen(!open);
    session.dispatch(block.config.id, open ? "collapse" : "expand");
  };
  return [open, toggle];
}
