// A streaming gr.Audio's microphone (issue #11), as Gradio 5's StreamAudio:
// Record / Stop, a microphone picker when there is more than one, a level
// meter while it streams (Gradio draws a waveform), the time limit as a bar,
// and what ended the stream said in the component.

import { signal, type Signal } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import type { AppSession } from "../session.ts";
import type { BlockState } from "../store.ts";
import { addStyles } from "../styles.ts";
import { MusicIcon } from "../../components/image/view/buttons.tsx";
import { LiveStream } from "./live-stream.ts";
import { joinChunks, microphoneCapture } from "./microphone.ts";
import { DevicePicker, LiveMessage, RecordButton, TimeLimitBar } from "./controls.tsx";
import liveCss from "./style.css?inline";

addStyles("live", liveCss);

export function LiveMicrophone({ block, session, label }: { block: BlockState; session: AppSession; label: string }) {
  const level = useMemo(() => signal(0), []);
  const live = useMemo(
    () =>
      new LiveStream({
        session,
        id: block.config.id,
        kind: "microphone",
        props: () => block.props.peek(),
        constraints: (device) => ({ audio: device ? { deviceId: { exact: device } } : true, video: false }),
        capture: microphoneCapture((rms) => (level.value = rms)),
        join: joinChunks,
      }),
    [],
  );
  useEffect(() => () => live.stop(), [live]);
  const status = live.status.value;
  const on = status.phase === "live";
  return (
    <div class="gr-live gr-live-audio">
      <div class={on ? "gr-live-strip gr-live-on" : "gr-live-strip"}>
        <MusicIcon size={20} />
        {on ? <Meter level={level} label={label} /> : <span>{status.phase === "starting" ? "Opening the microphone…" : "Press Record to stream from the microphone"}</span>}
        {on && <TimeLimitBar seconds={Number(block.props.value.timeLimit)} since={status.since} />}
      </div>
      <div class="gr-live-controls">
        <RecordButton live={live} what="microphone" />
        <DevicePicker live={live} what="Microphone" />
      </div>
      <LiveMessage status={status} />
    </div>
  );
}


/** The microphone's loudness, redrawn alone ~20 times a second (its own signal). */
function Meter({ level, label }: { level: Signal<number>; label: string }) {
  // RMS of speech sits around 0.01–0.2: a square root spreads it over the bar.
  const shown = Math.min(1, Math.sqrt(level.value) * 1.6);
  return (
    <span class="gr-live-meter" role="meter" aria-label={`${label}: input level`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(shown * 100)}>
      <span class="gr-live-meter-fill" style={{ transform: `scaleX(${shown})` }} />
    </span>
  );
}
