// A camera preview with a Capture button, for an image taken from the
// webcam (gr.Image's and gr.ImageEditor's "webcam" source, not a stream).

import { useEffect, useRef, useState } from "preact/hooks";
import type { WebcamProps } from "../../../ui/live/camera.ts";
import { deviceError } from "../../../ui/live/device-errors.ts";

/** A live camera preview with a Capture button; the snapshot is a PNG file, mirrored as the preview is (Gradio's default). */
export function Webcam({ options, onCapture, onClose }: { options: WebcamProps | undefined; onCapture: (file: File) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const mirror = options?.mirror !== false;
  useEffect(() => {
    let stream: MediaStream | null = null;
    navigator.mediaDevices
      ?.getUserMedia({ video: options?.constraints?.video ?? true })
      .then((s) => {
        stream = s;
        if (video.current) video.current.srcObject = s;
      })
      .catch((e: unknown) => setError(deviceError("camera", e)));
    if (!navigator.mediaDevices) setError("The camera is not available on this page (it needs https or localhost).");
    return () => stream?.getTracks().forEach((t) => t.stop());
  }, []);
  const capture = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement("canvas");
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    const g = canvas.getContext("2d")!;
    if (mirror) g.setTransform(-1, 0, 0, 1, v.videoWidth, 0);
    g.drawImage(v, 0, 0);
    canvas.toBlob((blob) => blob && onCapture(new File([blob], `webcam-${Date.now()}.png`, { type: "image/png" })), "image/png");
  };
  return (
    <div class="gr-webcam">
      {error ? <p role="alert">{error}</p> : <video ref={video} class={mirror ? "gr-webcam-mirror" : undefined} autoplay muted playsInline aria-label="Camera preview" />}
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
