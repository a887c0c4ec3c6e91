import { useEffect, useRef, useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, useControlId } from "../../frame.tsx";
import { clearFiles, uploadInto } from "../../upload.ts";
import type { ViewProps } from "../../view-types.ts";
import { DropZone } from "../file/index.tsx";
import mediaCss from "../file/style.css?inline";
import { addStyles } from "../../styles.ts";

addStyles("media", mediaCss);

export function ImageView({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const value = block.value.value as FileData | null;
  const sources = Array.isArray(props.sources) ? (props.sources as string[]) : ["upload", "clipboard", "webcam"];
  const [camera, setCamera] = useState(false);
  const label = typeof props.label === "string" ? props.label : "Image";
  const take = (files: File[]) => void uploadInto(session, block, files, false);
  return (
    <Frame block={block} kind="image">
      <BlockLabel block={block} htmlFor={props.interactive ? id : undefined} as={props.interactive ? "label" : "span"} />
      <div
        class="gr-image-frame"
        role={props.interactive && sources.includes("clipboard") ? "group" : undefined}
        tabIndex={props.interactive && sources.includes("clipboard") ? 0 : undefined}
        aria-label={props.interactive && sources.includes("clipboard") ? `${label}: paste an image here` : undefined}
        onPaste={(e) => {
          if (!props.interactive || !sources.includes("clipboard")) return;
          const files = [...(e.clipboardData?.files ?? [])].filter((f) => f.type.startsWith("image/"));
          if (files.length) {
            e.preventDefault();
            take(files);
          }
        }}
      >
        {value ? <img class="gr-image-img" src={value.url} alt={label} /> : !props.interactive && <span class="gr-empty">No image</span>}
        {camera && <Webcam onCapture={(file) => (setCamera(false), take([file]))} onClose={() => setCamera(false)} />}
      </div>
      {props.interactive && (
        <div class="gr-image-sources">
          {sources.includes("upload") && (
            <DropZone id={id} accept="image/*" multiple={false} onFiles={take}>
              {value ? "Drop an image, or click to replace" : "Drop an image here, or click to choose"}
            </DropZone>
          )}
          {sources.includes("webcam") && !camera && (
            <button type="button" class="gr-button gr-button-secondary gr-button-sm" onClick={() => setCamera(true)}>
              Use webcam
            </button>
          )}
          {value && (
            <button type="button" class="gr-button gr-button-secondary gr-button-sm gr-clear" onClick={() => clearFiles(session, block, false)}>
              Clear
            </button>
          )}
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
