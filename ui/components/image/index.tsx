import { useEffect, useRef, useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, useControlId } from "../../frame.tsx";
import { clearFiles, uploadInto } from "../../upload.ts";
import type { ViewProps } from "../../view-types.ts";
import { mediaUrl } from "../../safe-url.ts";
import { MediaButtons } from "./buttons.tsx";
import { ImageDrop, NoImage } from "./image-drop.tsx";
import mediaCss from "../file/style.css?inline";
import { addStyles } from "../../styles.ts";

addStyles("media", mediaCss);

export function ImageView({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const value = block.value.value as FileData | null;
  const sources = Array.isArray(props.sources) ? (props.sources as string[]) : ["upload", "clipboard", "webcam"];
  const [camera, setCamera] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const label = typeof props.label === "string" ? props.label : "Image";
  const url = mediaUrl(value?.url);
  const interactive = !!props.interactive;
  const paste = interactive && sources.includes("clipboard");
  const take = (files: File[]) => void uploadInto(session, block, files, false);
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
        {value ? (
          <>
            {url && <img class="gr-image-img" src={url} alt={label} />}
            <MediaButtons
              what="image"
              file={url ? { url, name: value.origName || "image" } : null}
              fullscreen={url ? frame : undefined}
              onClear={interactive ? () => clearFiles(session, block, false) : undefined}
            />
          </>
        ) : camera ? (
          <Webcam onCapture={(file) => (setCamera(false), take([file]))} onClose={() => setCamera(false)} />
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

/** A live camera preview with a Capture button; the snapshot is a PNG file. */
function Webcam({ onCapture, onClose }: { onCapture: (file: File) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stream: MediaStream | null = null;
    navigator.mediaDevices
      ?.getUserMedia({ video: true })
      .then((s) => {
        stream = s;
        if (video.current) video.current.srcObject = s;
      })
      .catch((e: unknown) => setError(`The camera is not available: ${e instanceof Error ? e.message : String(e)}`));
    if (!navigator.mediaDevices) setError("The camera is not available on this page (it needs https or localhost).");
    return () => stream?.getTracks().forEach((t) => t.stop());
  }, []);
  const capture = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement("canvas");
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext("2d")!.drawImage(v, 0, 0);
    canvas.toBlob((blob) => blob && onCapture(new File([blob], `webcam-${Date.now()}.png`, { type: "image/png" })), "image/png");
  };
  return (
    <div class="gr-webcam">
      {error ? <p role="alert">{error}</p> : <video ref={video} autoplay muted playsInline aria-label="Camera preview" />}
      <div class="gr-webcam-actions">
        {!error && (
          <button type="button" class="gr-button gr-button-primary gr-button-sm" onClick={capture}>
            Capture
          </button>
        )}
        <button type="button" class="gr-button gr-button-secondary gr-button-sm" onClick={onClose}>
          Close camera
        </button>
      </div>
    </div>
  );
}
