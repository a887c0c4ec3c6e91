import { useRef, useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, useControlId } from "../../../ui/frame.tsx";
import { clearFiles, uploadInto } from "../../../ui/upload.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { mediaUrl } from "../../../ui/safe-url.ts";
import { MediaButtons } from "./buttons.tsx";
import { ImageDrop, NoImage } from "./image-drop.tsx";
import type { WebcamProps } from "../../../ui/live/camera.ts";
import { Webcam } from "./camera-snapshot.tsx";
import mediaCss from "../../file/view/style.css?inline";
import { addStyles } from "../../../ui/styles.ts";
import { lazy } from "../../../ui/lazy.ts";

addStyles("media", mediaCss);

// Live media loads only for a streaming image (issue #11): its webcam stream, and frames drawn as they come.
const LiveWebcam = lazy(() => import("../../../ui/live/webcam.tsx").then((m) => m.LiveWebcam));
const FrameCanvas = lazy(() => import("../../../ui/live/frame-canvas.tsx").then((m) => m.FrameCanvas));

export function ImageView({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const raw = block.value.value;
  // A streaming image's value may be a frame (an ImageBitmap), drawn as it is.
  // No ImageBitmap in the build's prerenderer (Node): nothing there is a frame.
  const frameValue = typeof ImageBitmap === "function" && raw instanceof ImageBitmap ? raw : null;
  const value = frameValue ? null : (raw as FileData | null);
  // Gradio takes one source alone (`sources="webcam"`).
  const sources = props.sources ? ([props.sources].flat() as string[]) : ["upload", "clipboard", "webcam"];
  const [camera, setCamera] = useState(false);
  const [broken, setBroken] = useState<string | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const label = typeof props.label === "string" ? props.label : "Image";
  const url = mediaUrl(value?.url);
  const interactive = !!props.interactive;
  const paste = interactive && sources.includes("clipboard");
  const take = (files: File[]) => void uploadInto(session, block, files, false);
  // A streaming input streams from its webcam at once when that is its only source, else when the user picks it.
  const streams = !!props.streaming && interactive && sources.includes("webcam") && (camera || sources.length === 1);
  if (streams) {
    return (
      <Frame block={block} kind="image">
        <BlockLabel block={block} as="span" />
        <LiveWebcam block={block} session={session} label={label} />
        {sources.length > 1 && (
          <div class="gr-image-sources">
            <button type="button" class="gr-button gr-button-secondary gr-button-sm" onClick={() => setCamera(false)}>
              Close camera
            </button>
          </div>
        )}
      </Frame>
    );
  }
  return (
    <Frame block={block} kind="image">
      <BlockLabel block={block} htmlFor={interactive && !value ? id : undefined} as={interactive && !value ? "label" : "span"} />
      <div
        ref={frame}
        class="gr-image-frame"
        role={paste ? "group" : undefined}
        tabIndex={paste ? 0 : undefined}
        aria-label={paste ? `${label}: paste an image here` : undefined}
        onPaste={(e) => {
          if (!paste) return;
          const files = [...(e.clipboardData?.files ?? [])].filter((f) => f.type.startsWith("image/"));
          if (files.length) {
            e.preventDefault();
            take(files);
          }
        }}
      >
        {frameValue ? (
          <>
            <FrameCanvas frame={frameValue} label={label} current={() => block.value.peek()} />
            <MediaButtons what="image" fullscreen={frame} onClear={interactive ? () => clearFiles(session, block, false) : undefined} />
          </>
        ) : value ? (
          <>
            {url && broken !== url && <img class="gr-image-img" src={url} alt={label} onError={() => setBroken(url)} />}
            {url && broken === url && (
              <p class="gr-media-error" role="alert">
                {`“${value.origName || "This file"}” could not be shown: it is not an image this browser can read.`}
              </p>
            )}
            <MediaButtons
              what="image"
              file={url ? { url, name: value.origName || "image" } : null}
              fullscreen={url ? frame : undefined}
              onClear={interactive ? () => clearFiles(session, block, false) : undefined}
            />
          </>
        ) : camera ? (
          <Webcam options={props.webcamOptions as WebcamProps | undefined} onCapture={(file) => (setCamera(false), take([file]))} onClose={() => setCamera(false)} />
        ) : interactive && sources.includes("upload") ? (
          <ImageDrop id={id} onFiles={take} />
        ) : (
          <NoImage />
        )}
      </div>
      {interactive && !value && !camera && sources.includes("webcam") && (
        <div class="gr-image-sources">
          <button type="button" class="gr-button gr-button-secondary gr-button-sm" onClick={() => setCamera(true)}>
            Use webcam
          </button>
        </div>
      )}
    </Frame>
  );
}
