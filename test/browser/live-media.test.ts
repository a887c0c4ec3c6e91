// Live media (issue #11) in real Chromium with its fake camera and
// microphone (--use-fake-device-for-media-stream): frames and chunks reach
// the handler, streams end cleanly, and bad input is said in the component.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, mountApp, textbox, waitFor } from "./helpers.ts";

/** Every MediaStream the page opened, to check that its tracks ended (the camera light is off). */
const opened: MediaStream[] = [];
const realGetUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
navigator.mediaDevices.getUserMedia = async (constraints) => {
  const media = await realGetUserMedia(constraints);
  opened.push(media);
  return media;
};
const ended = (media: MediaStream) => media.getTracks().every((t) => t.readyState === "ended");

afterEach(() => {
  cleanup();
  opened.length = 0;
});

const button = (root: string, name: RegExp) => waitFor(() => [...document.querySelectorAll<HTMLButtonElement>(`${root} button`)].find((b) => name.test(b.textContent ?? "")));

describe("a streaming webcam", () => {
  it("sends frames as ImageData; a streaming output draws what the handler returns; Stop ends the camera", async () => {
    const m = mountApp(`gr.Blocks(() => {
      const cam = gr.Image({ sources: ["webcam"], streaming: true, elemId: "cam" });
      const out = gr.Image({ elemId: "out" });
      const info = gr.Textbox({ elemId: "info" });
      let n = 0;
      cam.stream((frame) => [frame, (++n) + " " + frame.constructor.name + " " + frame.width + "x" + frame.height], cam, [out, info], { streamEvery: 0.05 });
    }).launch();`);
    await m.rendered;
    (await button("#cam", /Record/)).click();
    await waitFor(() => /^([3-9]|\d\d+) ImageData \d+x\d+$/.test(textbox("info")!.value), 8000);
    const canvas = await waitFor(() => document.querySelector<HTMLCanvasElement>("#out canvas"));
    expect(canvas.width).toBeGreaterThan(0);
    expect(opened).toHaveLength(1);
    (await button("#cam", /Stop/)).click();
    await waitFor(() => ended(opened[0]));
    expect(document.querySelector("#cam video")!.hasAttribute("hidden")).toBe(true);
  });
});
