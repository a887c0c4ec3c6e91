// A custom HTML component (gr.HTML with htmlTemplate / css / jsOnLoad): the
// author's template and script, run on the page as Gradio runs them. The
// template renders again on every value or prop change; a re-render patches
// the DOM in place (idiomorph), so nodes that stay keep their listeners, focus
// and state, as in Gradio.

import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { authorCode } from "../../../ui/author-code.ts";
import { Frame } from "../../../ui/frame.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";

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

type Morph = (root: HTMLElement, content: DocumentFragment) => void;
let morph: Morph | null = null;
// The morphing library, in its own chunk, requested as soon as this view
// loads (before the app's first render). A re-render that comes before it
// has arrived patches when it does. If it cannot load, re-renders replace
// the markup, as before.
const morphLoad = import("idiomorph")
  .then(
    ({ Idiomorph }): Morph => (root, content) => void Idiomorph.morph(root, content, { morphStyle: "innerHTML", ignoreActiveValue: true }),
    (): Morph => (root, content) => root.replaceChildren(content),
  )
  .then((loaded) => (morph = loaded));

/** Puts the template's markup into `root`: parsed as innerHTML parses it, then patched in place. */
function patch(root: HTMLElement, html: string): void {
  const parsed = document.createElement("template");
  parsed.innerHTML = html;
  // ignoreActiveValue (above): what the user is typing into the template's own inputs stays.
  morph!(root, parsed.content);
}

/**
 * Props that jsOnLoad set (`props.x = …`): page-side, as in Gradio. Each
 * remembers the app's value it replaced, so a later update of that prop from
 * the app wins again.
 */
type Overrides = Record<string, { value: unknown; over: unknown }>;

function effectiveProps(props: Record<string, unknown>, overrides: Overrides): Record<string, unknown> {
  const out = { ...props };
  for (const [key, o] of Object.entries(overrides)) if (Object.is(props[key], o.over)) out[key] = o.value;
  return out;
}

export function CustomHTML({ block, session }: ViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const [overrides, setOverrides] = useState<Overrides>({});
  // The newest overrides, for reads right after a write (the state only re-renders).
  const overridesRef = useRef(overrides);
  const props = effectiveProps(block.props.value, overrides);
  const value = block.value.value;
  const id = block.config.id;
  let html = "";
  let css = typeof props.css === "string" ? props.css : "";
  let error: string | null = null;
  try {
    html = typeof props.htmlTemplate === "string" ? compile(props.htmlTemplate)(value, { ...props, value }) : String(value ?? "");
    // Gradio 6's css_template: CSS that follows the value and props, as the HTML does.
    if (typeof props.cssTemplate === "string") css += compile(props.cssTemplate)(value, { ...props, value });
  } catch (e) {
    error = `template failed: ${e instanceof Error ? e.message : String(e)}`;
  }

  // The markup, before jsOnLoad (declared first, so it runs first).
  const latest = useRef(html);
  latest.current = html;
  useLayoutEffect(() => {
    const el = root.current!;
    if (morph) patch(el, html);
    // Nothing rendered yet, so nothing to keep: no need to wait for the library.
    else if (!el.hasChildNodes()) el.innerHTML = html;
    else void morphLoad.then(() => root.current && patch(root.current, latest.current));
  }, [html]);

  // A layout effect: jsOnLoad has run by the time the app's `render` event fires.
  useLayoutEffect(() => {
    if (typeof props.jsOnLoad !== "string" || !root.current) return;
    const element = root.current;
    // `props` as jsOnLoad sees it: current values. Assigning `value` sets the
    // component's value (input and change go to the app); any other prop
    // stays on the page and re-renders the template.
    const current = () => effectiveProps(block.props.peek(), overridesRef.current);
    const live = new Proxy({} as Record<string, unknown>, {
      get: (_t, key: string) => (key === "value" ? block.value.peek() : current()[key]),
      has: (_t, key: string) => key === "value" || key in current(),
      set: (_t, key: string, next: unknown) => {
        if (key === "value") session.userInput(id, next);
        else {
          const over = block.props.peek()[key];
          overridesRef.current = { ...overridesRef.current, [key]: { value: next, over } };
          setOverrides(overridesRef.current);
        }
        return true;
      },
    });
    const trigger = (event: string, data: unknown = null) => session.dispatch(id, event, data);
    const failed = (e: unknown) => session.store.toast("error", `jsOnLoad failed: ${e instanceof Error ? e.message : String(e)}`);
    try {
      const run = authorCode(props.jsOnLoad, ["element", "props", "trigger"]);
      Promise.resolve(run({ element, props: live, trigger })).catch(failed);
    } catch (e) {
      failed(e);
    }
  }, []);

  const scope = `gr-html-custom-${id}`;
  return (
    <Frame block={block} kind="html" bare>
      {css && <style>{`.${scope} { ${css} }`}</style>}
      {error ? (
        <p role="alert" class="gr-media-error">
          {error}
        </p>
      ) : null}
      <div ref={root} class={`gr-html ${scope}`} />
    </Frame>
  );
}
