// gr.Plot: draws a Vega-Lite spec with vega-embed. It is the largest library
// the runtime uses (about 290 KB gzip), so only an app with a Plot loads this
// module. Expressions in a spec run in Vega's interpreter (`ast: true`), never
// as generated code, and a spec cannot set its own embed options.

import embed, { type Result, type VisualizationSpec } from "vega-embed";
import { expressionInterpreter } from "vega-interpreter";
import { useEffect, useRef, useState } from "preact/hooks";
import { BlockLabel, Frame } from "../../../ui/frame.tsx";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import css from "./style.css?inline";
import { prepareSpec, type Spec } from "./spec.ts";
import { themeConfig } from "./theme.ts";

addStyles("vega-plot", css);

export function VegaPlotView({ block }: ViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const value = block.value.value as { type: string; plot: string } | null;
  const [error, setError] = useState<string | null>(null);
  const [dark, setDark] = useState(false);
  const plot = value?.plot ?? null;

  // Redraw when the page's colour scheme flips (a theme attribute or the OS).
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const read = () => setDark(getComputedStyle(el).colorScheme.includes("dark"));
    read();
    const media = matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", read);
    return () => media.removeEventListener("change", read);
  }, []);

  useEffect(() => {
    const el = host.current;
    if (!el || plot === null) return;
    let result: Result | null = null;
    let cancelled = false;
    setError(null);
    const style = getComputedStyle(el);
    const read = (name: string) => style.getPropertyValue(name).trim();
    let spec: Spec;
    try {
      spec = prepareSpec(plot);
    } catch (e) {
      setError(`This plot's spec is not JSON: ${(e as Error).message}`);
      return;
    }
    embed(el, spec as VisualizationSpec, {
      actions: false,
      renderer: "canvas",
      ast: true,
      expr: expressionInterpreter,
      config: themeConfig(read) as never,
    }).then(
      (r) => {
        if (cancelled) r.finalize();
        else result = r;
      },
      (e: unknown) => {
        if (cancelled) return;
        console.error("[gradio-lite] gr.Plot could not draw its spec:", e);
        setError(`This plot could not be drawn: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
    return () => {
      cancelled = true;
      result?.finalize();
      el.replaceChildren();
    };
  }, [plot, dark]);

  const label = typeof block.props.value.label === "string" ? block.props.value.label : "Plot";
  return (
    <Frame block={block} kind="plot">
      <BlockLabel block={block} as="span" />
      {error && (
        <div class="gr-vega-error" role="alert">
          {error}
        </div>
      )}
      {plot === null && (
        <div class="gr-vega-empty" role="img" aria-label={`${label}: empty`}>
          <svg viewBox="0 0 24 24" width="32" height="32" fill="none" stroke="currentColor" stroke-width="1.5" aria-hidden="true">
            <path d="M3 3v18h18" />
            <path d="M7 15l4-4 3 3 5-6" />
          </svg>
        </div>
      )}
      {/* vega-embed sets its own role and label on the element it draws in, so the block's are on a wrapper. */}
      <div class="gr-vega" role="img" aria-label={label} hidden={plot === null}>
        <div ref={host} />
      </div>
    </Frame>
  );
}
