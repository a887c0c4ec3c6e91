// A custom HTML component (gr.HTML with htmlTemplate / css / jsOnLoad): the
// author's template and script, run on the page as Gradio runs them. The
// template re-renders on every value or prop change, so `jsOnLoad` should
// listen on `element` (events bubble to it) rather than on inner nodes.

import { useLayoutEffect, useRef } from "preact/hooks";
import { Frame } from "../../frame.tsx";
import type { ViewProps } from "../../view-types.ts";

type Template = (value: unknown, props: Record<string, unknown>) => string;
const templates = new Map<string, Template>();

function compile(template: string): Template {
  let fn = templates.get(template);
  if (!fn) {
    // The author's template literal (nested ones in `${…}` work), with `value`
    // and `props` (and each prop by name) in scope.
    const body = `with (props) { return \`${template}\`; }`;
    fn = new Function("value", "props", body) as Template;
    templates.set(template, fn);
  }
  return fn;
}

export function CustomHTML({ block, session }: ViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const props = block.props.value;
  const value = block.value.value;
  const id = block.config.id;
  let html = "";
  let error: string | null = null;
  try {
    html = typeof props.htmlTemplate === "string" ? compile(props.htmlTemplate)(value, { ...props, value }) : String(value ?? "");
  } catch (e) {
    error = `htmlTemplate failed: ${e instanceof Error ? e.message : String(e)}`;
  }
  // A layout effect: jsOnLoad has run by the time the app's `render` event fires.
  useLayoutEffect(() => {
    if (typeof props.jsOnLoad !== "string" || !root.current) return;
    const element = root.current;
    // `props` as jsOnLoad sees it: current values; assigning `value` sets the component's value.
    const live = new Proxy({} as Record<string, unknown>, {
      get: (_t, key: string) => (key === "value" ? block.value.peek() : block.props.peek()[key]),
      set: (_t, key: string, next: unknown) => {
        if (key === "value") session.userInput(id, next);
        return true;
      },
    });
    const trigger = (event: string, data: unknown = null) => session.dispatch(id, event, data);
    try {
      const fn: unknown = (0, eval)(`(${props.jsOnLoad})`);
      if (typeof fn === "function") fn({ element, props: live, trigger });
    } catch (e) {
      session.store.toast("error", `jsOnLoad failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, []);
  const scope = `gr-html-custom-${id}`;
  return (
    <Frame block={block} kind="html" bare>
      {typeof props.css === "string" && <style>{`.${scope} { ${props.css} }`}</style>}
      {error ? (
        <p role="alert" class="gr-media-error">
          {error}
        </p>
      ) : null}
      <div ref={root} class={`gr-html ${scope}`} dangerouslySetInnerHTML={{ __html: html }} />
    </Frame>
  );
}
