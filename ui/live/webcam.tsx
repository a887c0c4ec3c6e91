// A streaming gr.Image's webcam (issue #11), as Gradio 5's: the camera's
// live preview, a Record / Stop button, a camera picker when there is more
// than one, the time limit running out as a bar, and what ended the stream
// said in the component. When the image is also the stream's output (the
// guide's "unified" demo), the handler's frames show over the preview.

import { useEffect, useMemo, useRef } from "preact/hooks";
import type { AppSession } from "../session.ts";
import type { BlockState } from "../store.ts";
import { classes } from "../frame.tsx";
import { ImageIcon } from "../../components/image/view/buttons.tsx";
import { cameraCapture, cameraConstraints, freeFrame, type WebcamProps } from "./camera.ts";
import { LiveStream } from "./live-stream.ts";
import { FrameCanvas } from "./frame-canvas.tsx";
import { DevicePicker, LiveMessage, RecordButton, TimeLimitBar } from "./controls.tsx";

export function LiveWebcam({ block, session, label }: { block: BlockState; session: AppSession; label: string }) {
  const video = useRef<HTMLVideoElement>(null);
  const webcam = (block.props.value.webcamOptions ?? {}) as WebcamProps;
  const mirror = webcam.mirror !== false;
  const live = useMemo(
    () =>
      new LiveStream({
        session,
        id: block.config.id,
        kind: "camera",
        props: () => block.props.peek(),
        constraints: (device) => cameraConstraints(block.props.peek().webcamOptions as WebcamProps | undefined, device),
        capture: (media, every, send) => cameraCapture(video.current!, mirror)(media, every, send),
        free: freeFrame,
      }),
    [],
  );
  // Leaving the page ends the stream: the camera light goes off.
  useEffect(() => () => live.stop(), [live]);
  const status = live.status.value;
  const on = status.phase === "live";
  const value = block.value.value;
  const frame = value instanceof ImageBitmap ? value : null;
  return (
    <div class="gr-live">
      <div class={classes("gr-live-stage", on && "gr-live-on")}>
        <video ref={video} class={classes("gr-live-video", mirror && "gr-live-mirror")} playsInline muted hidden={!on} aria-label={`${label}: camera preview`} />
        {frame && <FrameCanvas frame={frame} label={`${label}: latest frame`} current={() => block.value.peek()} />}
        {!on && !frame && (
          <div class="gr-live-placeholder">
            <ImageIcon size={28} />
            <span>{status.phase === "starting" ? "Opening the camera…" : "Press Record to stream from the webcam"}</span>
          </div>
        )}
        {on && <TimeLimitBar seconds={Number(block.props.value.timeLimit)} since={status.since} />}
      </div>
      <div class="gr-live-controls">
        <RecordButton live={live} what="webcam" />
        <DevicePicker live={live} what="Camera" />
      </div>
      <LiveMessage status={status} />
    </div>
  );
}
