// Webcam frames for a stream (issue #11). The preview <video> plays the
// camera; on each new camera frame, once `every` seconds have passed since
// the last one sent, it is drawn into a canvas and taken out as an
// ImageBitmap (transferToImageBitmap: the canvas's pixels, not a copy),
// which the session moves to the worker. No PNG or JPEG on the way: Gradio
// sends a JPEG data URL per frame, to a server; here the handler is a
// thread away.

import type { LiveFrame } from "../session.ts";
import type { Capture } from "./live-stream.ts";

/** gr.Image's `webcamOptions` (Gradio's WebcamOptions), as they reach the page. */
export interface WebcamProps {
  mirror?: boolean;
  constraints?: { video?: boolean | MediaTrackConstraints } | null;
}

/**
 * The camera to open: the author's video constraints, else 640×480, which
 * a handler in the browser can keep up with (Gradio asks for 1920×1440 and
 * sends JPEGs to a server).
 */
export function cameraConstraints(options: WebcamProps | undefined, deviceId: string | null): MediaStreamConstraints {
  const given = options?.constraints?.video;
  const video: MediaTrackConstraints = typeof given === "object" && given ? { ...given } : { width: { ideal: 640 }, height: { ideal: 480 } };
  if (deviceId) video.deviceId = { exact: deviceId };
  return { video, audio: false };
}

type FrameCallback = (callback: () => void) => number;

/** Sends the camera's frames from `video`, mirrored as its preview is when `mirror` (Gradio's default). */
export function cameraCapture(video: HTMLVideoElement, mirror: boolean) {
  return async (media: MediaStream, every: number, send: (frame: LiveFrame) => void): Promise<Capture> => {
    video.srcObject = media;
    video.muted = true;
    await video.play();
    let canvas: OffscreenCanvas | null = null;
    let context: OffscreenCanvasRenderingContext2D | null = null;
    let lastSent = -Infinity;
    let stopped = false;
    const grab = () => {
      const width = video.videoWidth;
      const height = video.videoHeight;
      const now = performance.now();
      // A frame is due once `every` has passed (a little early is fine: the camera's own clock jitters).
      if (!width || !height || now - lastSent < every * 1000 - 4) return;
      if (!canvas || !context || canvas.width !== width || canvas.height !== height) {
        canvas = new OffscreenCanvas(width, height);
        context = canvas.getContext("2d", { alpha: false })!;
      }
      context.setTransform(mirror ? -1 : 1, 0, 0, 1, mirror ? width : 0, 0);
      context.drawImage(video, 0, 0, width, height);
      const bitmap = canvas.transferToImageBitmap();
      lastSent = now;
      send({ value: bitmap, transfer: [bitmap] });
    };
    // Only new camera frames: a stream asked for every 10 ms from a 30 fps camera sends 30 a second, not
    // 100 copies of the same ones. Without requestVideoFrameCallback, a timer at the asked rate.
    const onFrame = (video as HTMLVideoElement & { requestVideoFrameCallback?: FrameCallback }).requestVideoFrameCallback?.bind(video);
    let timer: ReturnType<typeof setInterval> | undefined;
    if (onFrame) {
      const next = () => {
        if (stopped) return;
        grab();
        onFrame(next);
      };
      onFrame(next);
    } else {
      timer = setInterval(grab, every * 1000);
    }
    return {
      stop() {
        stopped = true;
        clearInterval(timer);
        video.pause();
        video.srcObject = null;
      },
    };
  };
}

/** A frame that will not be sent frees its pixels now, not at the next garbage collection. */
export function freeFrame(frame: LiveFrame): void {
  if (frame.value instanceof ImageBitmap) frame.value.close();
}
