// A streaming image's frame (an ImageBitmap the worker moved to the page),
// drawn into a canvas as it comes: no file, no <img> reload per frame. The
// bitmap stays the component's value, so another listener can read it.

import { useLayoutEffect, useRef } from "preact/hooks";
import { addStyles } from "../styles.ts";
import liveCss from "./style.css?inline";

addStyles("live", liveCss);

/**
 * `current` is the component's value now: a frame drawn two frames ago that
 * is no longer its value is closed, freeing its pixels at once (1.2 MB at
 * 640×480, ten a second) rather than at the next garbage collection. Two
 * frames late, not one: a run that read the previous frame as an input has
 * posted it by then.
 */
export function FrameCanvas({ frame, label, current }: { frame: ImageBitmap; label: string; current?: () => unknown }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<ImageBitmap[]>([]);
  useLayoutEffect(() => {
    const c = canvas.current;
    // A bitmap already closed or moved elsewhere has no pixels: keep the last frame drawn.
    if (!c || !frame.width) return;
    if (c.width !== frame.width || c.height !== frame.height) {
      c.width = frame.width;
      c.height = frame.height;
    }
    c.getContext("2d")!.drawImage(frame, 0, 0);
    const kept = drawn.current;
    kept.push(frame);
    if (current && kept.length > 2) {
      const old = kept.shift()!;
      if (current() !== old) old.close();
    }
  }, [frame]);
  return <canvas ref={canvas} class="gr-live-frame" role="img" aria-label={label} />;
}
