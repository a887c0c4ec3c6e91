// The box around every component: its DOM id and classes, visibility, its
// label, and the pending / queue overlay while a listener computes it.

import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { BlockState, BlockStatus } from "./store.ts";

export function classes(...names: Array<string | false | null | undefined | string[]>): string {
  return names.flat().filter(Boolean).join(" ");
}

interface FrameProps {
  block: BlockState;
  kind: string;
  children: ComponentChildren;
  /** No border and padding (Button, Markdown, HTML, as in Gradio). */
  bare?: boolean;
  /**
   * The view puts `elemId` / `elemClasses` on its own control instead: Gradio
   * puts them on a Button's <button> (page scripts call `getElementById(id).click()`),
   * on the block's root for the other components.
   */
  idOnControl?: boolean;
  /** The view sizes itself from `height` (a Chatbot's log scrolls, not its frame). */
  ownHeight?: boolean;
}

/** A block's `elemId` and `elemClasses`, for the element that carries them. */
export function elemIdentity(block: BlockState): { id: string | undefined; classes: string[] } {
  const props = block.props.value;
  return { id: (props.elemId as string | undefined) ?? undefined, classes: (props.elemClasses as string[] | undefined) ?? [] };
}

export function Frame({ block, kind, children, bare, idOnControl, ownHeight }: FrameProps) {
  const props = block.props.value;
  if (props.visible === false) return null;
  const status = block.status.value;
  const scale = typeof props.scale === "number" ? props.scale : null;
  const minWidth = typeof props.minWidth === "number" ? props.minWidth : null;
  const style: Record<string, string> = {};
  // scale 0 keeps the block's natural width, as in Gradio.
  if (scale !== null) style.flex = scale === 0 ? "0 0 auto" : `${scale} 1 0`;
  if (minWidth !== null) style.minWidth = `min(${minWidth}px, 100%)`;
  // `height` / `width` as pixels (a number) or any CSS length, as Gradio takes them.
  const size = (v: unknown) => (typeof v === "number" ? `${v}px` : typeof v === "string" ? v : null);
  const height = size(props.height);
  const width = size(props.width);
  if (height && !ownHeight) {
    style.height = height;
    style.overflow = "auto";
  }
  if (width) style.width = width;
  const identity = idOnControl ? { id: undefined, classes: [] } : elemIdentity(block);
  return (
    <div
      id={identity.id}
      data-block={block.config.id}
      class={classes("gr-block", `gr-${kind}`, bare && "gr-bare", status?.state === "pending" && "gr-pending", identity.classes)}
      style={style}
      aria-busy={status?.state === "pending" ? "true" : undefined}
    >
      {children}
      {status && status.showProgress !== "hidden" && <StatusOverlay status={status} />}
    </div>
  );
}

function StatusOverlay({ status }: { status: BlockStatus }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, (now - status.startedAt) / 1000).toFixed(1);
  const total = status.etaAt === null ? null : Math.max(0, (status.etaAt - status.startedAt) / 1000).toFixed(1);
  const queued = status.position !== null;
  const p = status.progress;
  const minimal = status.showProgress === "minimal";
  // One line, as it must fit a one-line output: spinner, description, bar, i/n, time (issue #13).
  return (
    <div class={classes("gr-status", minimal && "gr-status-minimal", status.streaming && "gr-status-streaming")} role="status" aria-live="polite">
      <span class="gr-spinner" aria-hidden="true" />
      {p && !minimal && (
        <div class="gr-progress">
          {p.desc && <span class="gr-progress-desc">{p.desc}</span>}
          {p.fraction !== null && (
            <div class="gr-progress-track">
              <div class="gr-progress-bar" style={{ width: `${Math.round(p.fraction * 100)}%` }} />
            </div>
          )}
          {p.index !== undefined && p.length !== undefined && (
            <span class="gr-progress-count">
              {p.index}/{p.length}
            </span>
          )}
        </div>
      )}
      <span class="gr-status-text">
        {queued ? `queue: ${status.position! + 1}/${status.queueSize}` : "processing"} | {seconds}
        {total === null ? "" : `/${total}`}s
      </span>
    </div>
  );
}

/** The small label above a control; `for` ties it to the native control. */
/**
 * What a form component without a label is called, as Gradio shows it
 * (`gradio.shared.label || "Textbox"`): its control always has a name.
 */
const DEFAULT_LABELS: Record<string, string> = {
  textbox: "Textbox",
  number: "Number",
  datetime: "Date",
  plot: "Plot",
  slider: "Slider",
  checkboxgroup: "Checkbox Group",
  radio: "Radio",
  dropdown: "Dropdown",
  file: "File",
  image: "Image",
  audio: "Audio",
  video: "Video",
  gallery: "Gallery",
  json: "JSON",
  label: "Label",
  annotatedimage: "Annotated Image",
  imageeditor: "Image",
};

export function BlockLabel({ block, htmlFor, as = "label" }: { block: BlockState; htmlFor?: string; as?: "label" | "span" }) {
  const props = block.props.value;
  const label = typeof props.label === "string" && props.label ? props.label : (DEFAULT_LABELS[block.config.type] ?? null);
  if (!label) return null;
  const hidden = props.showLabel === false;
  const Tag = as;
  return (
    <Tag class={classes("gr-block-label", hidden && "gr-visually-hidden")} {...(as === "label" ? { for: htmlFor } : {})} id={htmlFor ? `${htmlFor}-label` : undefined}>
      {label}
    </Tag>
  );
}

/** Help text under the label; `controlId` ties it to the control as its description. */
export function Info({ block, controlId }: { block: BlockState; controlId?: string }) {
  const info = block.props.value.info;
  if (typeof info !== "string" || !info) return null;
  return (
    <span class="gr-info" id={controlId ? `${controlId}-info` : undefined}>
      {info}
    </span>
  );
}

/** The id of a control's info text, for aria-describedby, when it has one. */
export function describedBy(block: BlockState, controlId: string): string | undefined {
  return typeof block.props.value.info === "string" && block.props.value.info ? `${controlId}-info` : undefined;
}

let nextControl = 0;
/** A unique DOM id for a control, stable for the component's life. */
export function useControlId(): string {
  const [id] = useState(() => `gr-c${nextControl++}`);
  return id;
}
