// One live stream of a component (issue #11): the camera or microphone it
// opened, the frames or chunks it sends to the component's `stream`
// listeners, and every way it ends. Stop, the time limit, a hidden tab, the
// component leaving the page and the device going away all end it the same
// way: tracks stopped (the camera light goes off), timers cleared, and a
// frame still waiting for its run dropped, so at most the run in flight
// still answers.
//
// Latest wins: a frame sent while the run before it is still going waits
// in the session as the listener's one always_last rerun, and the next
// frame replaces it (ui/session.ts). Audio is joined instead, as Gradio's
// recorder joins what it holds while a run is pending: speech is not
// dropped, and the chunk that waits holds at most MAX_JOINED_S seconds.

import { signal } from "@preact/signals";
import type { BlockId } from "../../worker/protocol.ts";
import type { AppSession, LiveFrame } from "../session.ts";
import { deviceError, type DeviceKind } from "./device-errors.ts";

export interface LiveStatus {
  phase: "off" | "starting" | "live";
  /** Why the stream ended, or what went wrong: shown in the component. */
  message: string | null;
  /** The message is an error (an alert), not news. */
  error: boolean;
  /** When it went live (performance.now()): the time-limit bar starts there. */
  since: number;
}

/** What a kind of stream runs on an open MediaStream; `stop` ends it. */
export interface Capture {
  stop(): void;
}

export interface LiveOptions {
  session: AppSession;
  id: BlockId;
  kind: DeviceKind;
  /** The component's props now: `streamEvery` and `timeLimit` (seconds) come from its stream listener. */
  props: () => Record<string, unknown>;
  /** getUserMedia's constraints, for a device the user picked (or the default one). */
  constraints: (deviceId: string | null) => MediaStreamConstraints;
  /** Starts sending frames or chunks from an open stream, one every `every` seconds. */
  capture: (media: MediaStream, every: number, send: (frame: LiveFrame) => void) => Promise<Capture>;
  /** Joins a chunk that waited with the next one (audio); without it the next replaces it (images). */
  join?: (waiting: LiveFrame, next: LiveFrame) => LiveFrame;
  /** Frees a frame that will never be sent (an ImageBitmap's pixels). */
  free?: (frame: LiveFrame) => void;
}

/** Audio that waits for a slow handler is joined up to this many seconds; older samples are dropped. */
export const MAX_JOINED_S = 30;

const OFF: LiveStatus = { phase: "off", message: null, error: false, since: 0 };

export class LiveStream {
  readonly status = signal<LiveStatus>(OFF);
  /** The devices of this kind, once the user allowed one (labels need the permission). */
  readonly devices = signal<MediaDeviceInfo[]>([]);
  /** The device the user picked; null for the browser's default. */
  readonly device = signal<string | null>(null);
  /** The open camera or microphone, while live: the preview shows it. */
  readonly media = signal<MediaStream | null>(null);
  private capture: Capture | null = null;
  private last: LiveFrame | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts starts: a start still waiting for the device when a stop comes gives the device back. */
  private run = 0;

  constructor(private readonly options: LiveOptions) {}

  /** Opens the device and starts sending; failures become the status's message. */
  async start(): Promise<void> {
    if (this.status.peek().phase !== "off") return;
    const run = ++this.run;
    const { kind } = this.options;
    this.status.value = { ...OFF, phase: "starting" };
    let media: MediaStream;
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException("no mediaDevices", "NotSupportedError");
      media = await navigator.mediaDevices.getUserMedia(this.options.constraints(this.device.peek()));
    } catch (error) {
      if (run === this.run) this.status.value = { ...OFF, message: deviceError(kind, error), error: true };
      return;
    }
    if (run !== this.run) return void stopTracks(media);
    const props = this.options.props();
    const every = Number(props.streamEvery) > 0 ? Number(props.streamEvery) : 0.5;
    try {
      this.capture = await this.options.capture(media, every, this.send);
    } catch (error) {
      stopTracks(media);
      if (run === this.run) this.status.value = { ...OFF, message: deviceError(kind, error), error: true };
      return;
    }
    if (run !== this.run) return void this.release(media);
    this.media.value = media;
    for (const track of media.getTracks()) track.addEventListener("ended", this.lost);
    document.addEventListener("visibilitychange", this.hidden);
    const limit = Number(props.timeLimit);
    if (limit > 0) this.timer = setTimeout(() => this.stop(`Stream ended: its time limit of ${limit} s was reached. Press Record to stream again.`), limit * 1000);
    this.status.value = { ...OFF, phase: "live", since: performance.now() };
    // Gradio's streaming microphone fires these too (a webcam has no recording events).
    if (kind === "microphone") this.options.session.dispatch(this.options.id, "startRecording");
    void this.listDevices(media);
    // Hidden while the device opened: it stops now, as it would have had it been live.
    this.hidden();
  }

  /** Ends the stream, saying why (null: the user stopped it). */
  stop(message: string | null = null, error = false): void {
    this.run++;
    clearTimeout(this.timer);
    document.removeEventListener("visibilitychange", this.hidden);
    // A frame that waits for the run before it is not sent now: at most the run in flight answers.
    const waiting = this.last;
    this.last = null;
    if (waiting && !waiting.sent) {
      this.options.free?.(waiting);
      waiting.value = null;
    }
    const media = this.media.peek();
    if (media) this.release(media);
    this.media.value = null;
    if (media && this.options.kind === "microphone") this.options.session.dispatch(this.options.id, "stopRecording");
    this.status.value = { ...OFF, message, error };
  }

  /** Switches to another camera or microphone; a live stream goes on from it. */
  async use(deviceId: string): Promise<void> {
    this.device.value = deviceId;
    if (this.status.peek().phase === "off") return;
    this.stop();
    await this.start();
  }

  private release(media: MediaStream): void {
    for (const track of media.getTracks()) track.removeEventListener("ended", this.lost);
    this.capture?.stop();
    this.capture = null;
    stopTracks(media);
  }

  private readonly send = (next: LiveFrame): void => {
    const { join, free } = this.options;
    const waiting = this.last;
    // Not sent yet: the run before is still going, and this frame takes the waiting one's place.
    const frame = waiting && !waiting.sent && join ? join(waiting, next) : next;
    this.last = frame;
    this.options.session.dispatch(this.options.id, "stream", frame);
    // Sent (moved, or copied by then) or replaced: either way its pixels are no longer needed here.
    if (waiting && waiting !== frame) free?.(waiting);
  };

  /** The page went to the background: a stream must not go on unseen (a camera light in another tab). */
  private readonly hidden = (): void => {
    if (document.visibilityState === "hidden") this.stop("Stream stopped while the page was hidden. Press Record to stream again.");
  };

  private readonly lost = (): void => {
    const what = this.options.kind === "camera" ? "camera" : "microphone";
    this.stop(`The ${what} stopped sending (unplugged, or taken by another app). Press Record to try again.`, true);
  };

  private async listDevices(media: MediaStream): Promise<void> {
    const kind = this.options.kind === "camera" ? "videoinput" : "audioinput";
    try {
      this.devices.value = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === kind && d.deviceId);
    } catch {
      this.devices.value = [];
    }
    this.device.value ??= media.getTracks()[0]?.getSettings().deviceId ?? null;
  }
}

function stopTracks(media: MediaStream): void {
  for (const track of media.getTracks()) track.stop();
}
