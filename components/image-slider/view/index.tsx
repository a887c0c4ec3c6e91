// gr.ImageSlider: two images on top of each other; the first shows left of
// a divider the user drags (or moves with the arrow keys, Home and End: the
// divider is an ARIA slider), the second right of it. Interactive, it takes
// the two images by upload or drop; Gradio's clear, download and fullscreen
// buttons sit in its corner.

import { useRef, useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, useControlId } from "../../../ui/frame.tsx";
import { mediaUrl } from "../../../ui/safe-url.ts";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { MediaButtons } from "../../image/view/buttons.tsx";
import { ImageDrop, NoImage } from "../../image/view/image-drop.tsx";
import mediaCss from "../../file/view/style.css?inline";
import css from "./style.css?inline";

addStyles("media", mediaCss);
addStyles("imageslider", css);

type Pair = [FileData | null, FileData | null];

export function ImageSliderView({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const pair = (block.value.value as Pair | null) ?? [null, null];
  const [a, b] = pair.map((f) => mediaUrl(f?.url)) as [string | undefined, string | undefined];
  const start = typeof props.sliderPosition === "number" ? props.sliderPosition : 50;
  const [moved, setMoved] = useState<{ from: number; at: number } | null>(null);
  const at = moved && moved.from === start ? moved.at : start;
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const interactive = !!props.interactive;
  const label = typeof props.label === "string" ? props.label : "Image comparison";
  const maxHeight = typeof props.maxHeight === "number" ? `${props.maxHeight}px` : undefined;
  const place = (x: number) => setMoved({ from: start, at: Math.round(Math.min(100, Math.max(0, x)) * 10) / 10 });
  const fromPointer = (e: PointerEvent) => {
    const r = box.current!.getBoundingClientRect();
    place(((e.clientX - r.left) / r.width) * 100);
  };
  const take = async (files: File[]) => {
    const images = files.filter((f) => f.type.startsWith("image/"));
    const free = pair.filter((f) => !f).length;
    if (!images.length || !free) return;
    let stored: FileData[];
    try {
      stored = await session.upload(images.slice(0, free));
    } catch (error) {
      session.store.toast("error", error instanceof Error ? error.message : String(error), "Upload failed");
      return;
    }
    const next: Pair = [pair[0] ?? stored.shift() ?? null, pair[1] ?? stored.shift() ?? null];
    session.userInput(block.config.id, next);
    session.dispatch(block.config.id, "upload", next);
  };
  const full = a && b;

  return (
    <Frame block={block} kind="imageslider">
      <BlockLabel block={block} htmlFor={interactive && !full ? id : undefined} as={interactive && !full ? "label" : "span"} />
      <div ref={frame} class="gr-image-frame gr-slider-frame">
        {full ? (
          <>
            <div
              ref={box}
              class="gr-slider-box"
              style={{ maxHeight }}
              onPointerDown={(e) => {
                e.currentTarget.setPointerCapture(e.pointerId);
                dragging.current = true;
                fromPointer(e);
              }}
              onPointerMove={(e) => dragging.current && fromPointer(e)}
              onPointerUp={() => (dragging.current = false)}
            >
              <img class="gr-slider-img" src={b} alt={`${label}: second image`} style={{ maxHeight }} draggable={false} />
              <img class="gr-slider-img gr-slider-top" src={a} alt={`${label}: first image`} style={{ clipPath: `inset(0 ${100 - at}% 0 0)` }} draggable={false} />
              <div
                class="gr-slider-divider"
                style={{ left: `${at}%` }}
                role="slider"
                tabIndex={0}
                aria-label={`${label}: divider position`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={at}
                aria-valuetext={`${Math.round(at)}% first image`}
                onKeyDown={(e) => {
                  const step = e.shiftKey ? 10 : 1;
                  const to: Record<string, number> = { ArrowLeft: at - step, ArrowDown: at - step, ArrowRight: at + step, ArrowUp: at + step, Home: 0, End: 100 };
                  if (!(e.key in to)) return;
                  e.preventDefault();
                  place(to[e.key]!);
                }}
              >
                <span class="gr-slider-handle" aria-hidden="true">
                  <svg viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">
                    <path d="m9 6-6 6 6 6M15 6l6 6-6 6" />
                  </svg>
                </span>
              </div>
            </div>
            <MediaButtons
              what="images"
              file={{ url: b, name: pair[1]?.origName || "image" }}
              fullscreen={frame}
              onClear={interactive ? () => (session.userInput(block.config.id, null), session.dispatch(block.config.id, "clear")) : undefined}
            />
          </>
        ) : (a || b) && !interactive ? (
          <img class="gr-image-img" src={a ?? b} alt={`${label}: ${a ? "first" : "second"} image`} style={{ maxHeight }} />
        ) : interactive ? (
          <ImageDrop id={id} multiple onFiles={(files) => void take(files)}>
            {a || b ? "Drop the other image here, or click to choose" : "Drop two images here, or click to choose"}
          </ImageDrop>
        ) : (
          <NoImage />
        )}
      </div>
    </Frame>
  );
}
