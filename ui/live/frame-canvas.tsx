// A streaming image's frame (an ImageBitmap the worker moved to the page),
// drawn into a canvas as it comes: no file, no <img> reload per frame. The
// bitmap stays the component's value, so another listener can read it.

import { useLayoutEffect, useRef } from "preact/hooks";
import { addStyles } from "../styles.ts";
import liveCss from "./style.css?inline";

addStyles("live", liveCss);

export function FrameCanvas({ frame, label }: { frame: ImageBitmap; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const c = canvas.current;
    // A bitmap already closed or moved elsewhere has no pixels: keep the last frame drawn.
    if (!c || !frame.width) return;
    if (c.width !== frame.width || c.height !== frame.height) {
      c.width = frame.width;
      c.height = frame.height;
    }
    c.getContext("2d")!.drawImage(frame, 0, 0);
  }, [frame]);
  return <canvas ref={canvas} class="gr-live-frame" role="img" aria-label={label} />;
}
