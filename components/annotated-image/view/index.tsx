// gr.AnnotatedImage: the base image with its boxes and masks, each in its
// label's colour, a tag with the label on each box, and Gradio's legend:
// hovering or focusing an entry shows that label's annotations alone, and
// clicking it (or Enter / Space) sends `select` with `{ index, value: label }`.
// A stream's output shows its frames in a canvas (ui/live/frame-canvas.tsx).

import { useRef, useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, classes } from "../../../ui/frame.tsx";
import { lazy } from "../../../ui/lazy.ts";
import { mediaUrl } from "../../../ui/safe-url.ts";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { EmptyMedia, ImageIcon, MediaButtons } from "../../image/view/buttons.tsx";
import mediaCss from "../../file/view/style.css?inline";
import { annotationColor, tagText } from "./colors.ts";
import css from "./style.css?inline";

addStyles("media", mediaCss);
addStyles("annotatedimage", css);

const FrameCanvas = lazy(() => import("../../../ui/live/frame-canvas.tsx").then((m) => m.FrameCanvas));

type Annotation = { label: string; box: [number, number, number, number] } | { label: string; mask: FileData };
interface Value {
  image: FileData | ImageBitmap;
  width: number;
  height: number;
  annotations: Annotation[];
}

const isBitmap = (v: unknown): v is ImageBitmap => typeof ImageBitmap === "function" && v instanceof ImageBitmap;
/** A coordinate as a percentage of the image's side, clipped to the image (Gradio's masks are cut at its edges). */
const clip = (n: number, of: number) => Math.min(of, Math.max(0, n));
const pct = (n: number, of: number) => `${(n / of) * 100}%`;
/** A URL inside CSS `url("…")`: already parsed by mediaUrl, so only quotes and backslashes need escaping. */
const cssUrl = (url: string) => `url("${url.replace(/["\\]/g, (c) => encodeURIComponent(c))}")`;

export function AnnotatedImageView({ block, session }: ViewProps) {
  const props = block.props.value;
  const value = block.value.value as Value | null;
  const [active, setActive] = useState<string | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const label = typeof props.label === "string" && props.label ? props.label : "Annotated Image";
  const colorMap = (props.colorMap as Record<string, string> | null) ?? {};
  const fullscreen = ((props.buttons as string[] | null) ?? []).includes("fullscreen");
  if (!value) {
    return (
      <Frame block={block} kind="annotatedimage">
        <BlockLabel block={block} as="span" />
        <EmptyMedia>
          <ImageIcon size={28} />
        </EmptyMedia>
      </Frame>
    );
  }
  const { width: w, height: h, annotations } = value;
  const colors = annotations.map((a, i) => annotationColor(a.label, i, annotations.length, colorMap));
  const state = (a: Annotation) => (active === null ? null : a.label === active ? "gr-ai-active" : "gr-ai-inactive");
  const url = isBitmap(value.image) ? undefined : mediaUrl(value.image.url);
  const names = annotations.length ? `: ${annotations.map((a) => a.label).join(", ")}` : ", no annotations";
  return (
    <Frame block={block} kind="annotatedimage">
      <BlockLabel block={block} as="span" />
      <div class="gr-ai">
        <div ref={stage} class="gr-ai-stage">
          {/* One picture for assistive technology, named with its labels; the legend lists them as buttons. */}
          <div class="gr-ai-picture" style={{ "--gr-ai-ratio": String(w / h) }} role="img" aria-label={`${label}${names}`}>
            {isBitmap(value.image) ? <FrameCanvas frame={value.image} label={label} /> : url && <img src={url} alt="" draggable={false} />}
            {annotations.map((a, i) => {
              const style: Record<string, string> = { "--gr-ai-c": colors[i]! };
              if ("box" in a) {
                const [x1, y1, x2, y2] = a.box;
                Object.assign(style, { left: pct(clip(x1, w), w), top: pct(clip(y1, h), h), width: pct(clip(x2, w) - clip(x1, w), w), height: pct(clip(y2, h) - clip(y1, h), h) });
                return <div key={i} class={classes("gr-ai-shape", "gr-ai-box", state(a))} style={style} data-label={a.label} />;
              }
              const mask = mediaUrl(a.mask.url);
              if (mask) Object.assign(style, { "mask-image": cssUrl(mask), "-webkit-mask-image": cssUrl(mask) });
              return <div key={i} class={classes("gr-ai-shape", "gr-ai-mask", state(a))} style={style} data-label={a.label} />;
            })}
            {annotations.map((a, i) => {
              if (!("box" in a) || !a.label) return null;
              const [x1, y1] = a.box;
              // Above its box when there is room, inside its top edge when the box touches the image's top.
              const above = y1 / h > 0.08;
              const style = { left: pct(clip(x1, w), w), top: pct(clip(y1, h), h), background: colors[i], color: tagText(colors[i]!) };
              return (
                <span key={i} class={classes("gr-ai-tag", above && "gr-ai-tag-above", active !== null && a.label !== active && "gr-ai-inactive")} style={style}>
                  {a.label}
                </span>
              );
            })}
          </div>
          {fullscreen && <MediaButtons what="annotated image" fullscreen={stage} />}
        </div>
        {props.showLegend !== false && annotations.length > 0 && (
          <div class="gr-ai-legend" role="group" aria-label={`${label}: annotations`}>
            {annotations.map((a, i) => (
              <button
                type="button"
                key={i}
                class="gr-ai-legend-item"
                style={{ "--gr-ai-c": colors[i] }}
                onMouseEnter={() => setActive(a.label)}
                onMouseLeave={() => setActive(null)}
                onFocus={() => setActive(a.label)}
                onBlur={() => setActive(null)}
                onClick={() => session.dispatch(block.config.id, "select", { index: i, value: a.label, selected: true })}
              >
                <span class="gr-ai-swatch" aria-hidden="true" />
                {a.label}
              </button>
            ))}
          </div>
        )}
      </div>
    </Frame>
  );
}
