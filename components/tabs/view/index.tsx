// Tabs: an ARIA tablist (arrow keys move between tabs, Home/End jump), and
// the selected tab's panel. The selection follows `selected` updates.

import { useRef } from "preact/hooks";
import { useFollowedState } from "../../../ui/parts/followed-state.ts";
import { Children } from "../../../ui/block-view.tsx";
import { classes } from "../../../ui/frame.tsx";
import type { BlockState } from "../../../ui/store.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import tabsCss from "./style.css?inline";
import { addStyles } from "../../../ui/styles.ts";

addStyles("tabs", tabsCss);

/** The selected child (by index, or by its `id` prop), following `selected` updates. */
function useSelected(block: BlockState, children: Array<{ block: BlockState }>): [number, (index: number) => void] {
  const indexOf = (selected: unknown) => {
    if (typeof selected === "number") return selected;
    const byId = children.findIndex((c) => c.block.props.value.id !== undefined && c.block.props.value.id === selected);
    return byId >= 0 ? byId : 0;
  };
  return useFollowedState(block, "selected", () => indexOf(block.props.peek().selected), (v) => (v === null || v === undefined ? null : indexOf(v)));
}

export function Tabs({ block, session, node }: ViewProps) {
  const props = block.props.value;
  const tabs = (node.children ?? []).flatMap((child) => {
    const b = session.store.block(child.id);
    return b && b.config.type === "tab" && b.props.value.visible !== false ? [{ node: child, block: b }] : [];
  });
  const [current, setCurrent] = useSelected(block, tabs);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  if (props.visible === false || !tabs.length) return null;
  const active = Math.min(Math.max(current, 0), tabs.length - 1);
  const base = `gr-tabs-${block.config.id}`;
  const choose = (index: number, focus = false) => {
    if (index === active) return;
    setCurrent(index);
    if (focus) buttons.current[index]?.focus();
    const tab = tabs[index];
    const data = { index, value: tab.block.props.value.label ?? null, selected: true };
    session.dispatch(tab.block.config.id, "select", data);
    session.dispatch(block.config.id, "select", data);
    session.dispatch(block.config.id, "change", data);
  };
  const onKey = (e: KeyboardEvent) => {
    const next = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    choose((next + tabs.length) % tabs.length, true);
  };
  return (
    <div id={(props.elemId as string | undefined) ?? undefined} class={classes("gr-tabs", (props.elemClasses as string[] | undefined) ?? [])}>
      <div class="gr-tablist" role="tablist" onKeyDown={onKey}>
        {tabs.map((t, index) => (
          <button
            key={t.node.id}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${index}`}
            class={classes("gr-tab-button", index === active && "gr-tab-selected")}
            aria-selected={index === active}
            aria-controls={`${base}-panel`}
            tabIndex={index === active ? 0 : -1}
            disabled={t.block.props.value.interactive === false}
            onClick={() => choose(index)}
          >
            {String(t.block.props.value.label ?? `Tab ${index + 1}`)}
          </button>
        ))}
      </div>
      <div class="gr-tab-panel" role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${active}`}>
        <Tab block={tabs[active].block} session={session} node={tabs[active].node} />
      </div>
    </div>
  );
}

export function Tab({ block, session, node }: ViewProps) {
  const props = block.props.value;
  return (
    <div id={(props.elemId as string | undefined) ?? undefined} class={classes("gr-tab", (props.elemClasses as string[] | undefined) ?? [])}>
      <Children node={node} session={session} />
    </div>
  );
}

/**
 * Walkthrough: the app's steps in order, the current one shown. The app
 * moves it (a listener returns `gr.Walkthrough({ selected })`); the step list
 * shows where the user is, and done steps can be revisited by click.
 */
export function Walkthrough({ block, session, node }: ViewProps) {
  const props = block.props.value;
  const steps = (node.children ?? []).flatMap((child) => {
    const b = session.store.block(child.id);
    return b && b.config.type === "step" ? [{ node: child, block: b }] : [];
  });
  const [current, setCurrent] = useSelected(block, steps);
  if (props.visible === false || !steps.length) return null;
  const active = Math.min(Math.max(current, 0), steps.length - 1);
  const go = (index: number) => {
    setCurrent(index);
    const data = { index, value: steps[index].block.props.value.label ?? null, selected: true };
    session.dispatch(steps[index].block.config.id, "select", data);
    session.dispatch(block.config.id, "select", data);
    session.dispatch(block.config.id, "change", data);
  };
  return (
    <div id={(props.elemId as string | undefined) ?? undefined} class={classes("gr-walkthrough", (props.elemClasses as string[] | undefined) ?? [])}>
      <ol class="gr-steps">
        {steps.map((s, index) => (
          <li key={s.node.id} class={classes("gr-step-item", index === active && "gr-step-current", index < active && "gr-step-done")}>
            <button type="button" class="gr-step-button" aria-current={index === active ? "step" : undefined} disabled={index > active} onClick={() => go(index)}>
              <span class="gr-step-number" aria-hidden="true">
                {index + 1}
              </span>
              {String(s.block.props.value.label ?? `Step ${index + 1}`)}
            </button>
          </li>
        ))}
      </ol>
      <div class="gr-step-panel">
        <Tab block={steps[active].block} session={session} node={steps[active].node} />
      </div>
    </div>
  );
}
