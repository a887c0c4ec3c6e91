// Webcam frames for a stream (issue #11). The preview <video> plays the
// camera; on each new camera frame, once `every` seconds have passed since
// the last one sent, the frame is taken as a VideoFrame (WebCodecs: a handle
// on the camera's own buffer, no pixels copied) and moved to the worker,
// which converts it (and mirrors it) off the main thread. Drawing it into a
// canvas here instead cost the main thread about 40 ms a frame at 640×480
// without a GPU (bench/stream-media.mjs, profiled). Where VideoFrame is
// missing, it is drawn into a canvas (mirrored here) and moved as an
// ImageBitmap. No PNG or JPEG on the way: Gradio sends a JPEG data URL per
// frame, to a server; here the handler is a thread away.

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

/**
 * Sends the camera's frames from `video`. A VideoFrame is mirrored in the
 * worker (the Image's `webcamOptions`); a canvas-drawn ImageBitmap is
 * mirrored here, as the preview is when `mirror` (Gradio's default).
 */
export function cameraCapture(video: HTMLVideoElement, mirror: boolean) {
  return async (media: MediaStream, every: number, send: (frame: LiveFrame) => void): Promise<Capture> => {
    video.srcObject = media;
    video.muted = true;
    await video.play();
    const take = typeof VideoFrame === "function" ? (now: number) => new VideoFrame(video, { timestamp: Math.round(now * 1000) }) : drawer(video, mirror);
    let lastSent = -Infinity;
    let stopped = false;
    const grab = () => {
      const now = performance.now();
      // A frame is due once `every` has passed (a little early is fine: the camera's own clock jitters).
      if (!video.videoWidth || !video.videoHeight || now - lastSent < every * 1000 - 4) return;
      const frame = take(now);
      lastSent = now;
      send({ value: frame, transfer: [frame] });
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

/** Without WebCodecs: the video drawn into a canvas (mirrored here) and taken out as an ImageBitmap. */
function drawer(video: HTMLVideoElement, mirror: boolean): () => ImageBitmap {
  let canvas: OffscreenCanvas | null = null;
  let context: OffscreenCanvasRenderingContext2D | null = null;
  return () => {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!canvas || !context || canvas.width !== width || canvas.height !== height) {
      canvas = new OffscreenCanvas(width, height);
      context = canvas.getContext("2d", { alpha: false })!;
    }
    context.setTransform(mirror ? -1 : 1, 0, 0, 1, mirror ? width : 0, 0);
    context.drawImage(video, 0, 0, width, height);
    return canvas.transferToImageBitmap();
  };
}

/**
 * A frame that will not be sent frees its pixels now, not at the next
 * garbage collection; a VideoFrame also gives its buffer back to the
 * camera, whose pool is small.
 */
export function freeFrame(frame: LiveFrame): void {
  const value = frame.value;
  if (value instanceof ImageBitmap || (typeof VideoFrame === "function" && value instanceof VideoFrame)) value.close();
}
