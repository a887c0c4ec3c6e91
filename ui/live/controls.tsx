// The controls a live stream shows under its preview, webcam or microphone
// alike (Gradio 5's): Record / Stop, a device picker when there is more
// than one device, the time limit as a bar that runs out, and a message
// saying why the stream ended.

import type { LiveStatus, LiveStream } from "./live-stream.ts";

export function RecordButton({ live, what }: { live: LiveStream; what: string }) {
  const { phase } = live.status.value;
  if (phase === "off") {
    return (
      <button type="button" class="gr-button gr-button-secondary gr-button-sm gr-live-record" aria-label={`Record from the ${what}`} onClick={() => void live.start()}>
        <span class="gr-live-dot" aria-hidden="true" />
        Record
      </button>
    );
  }
  // Stop while starting too: a user who changes their mind gives the device back at once.
  return (
    <button type="button" class="gr-button gr-button-secondary gr-button-sm gr-live-stop" aria-label={`Stop streaming from the ${what}`} onClick={() => live.stop()}>
      <span class={phase === "live" ? "gr-live-square" : "gr-spinner"} aria-hidden="true" />
      {phase === "live" ? "Stop" : "Waiting…"}
    </button>
  );
}

export function DevicePicker({ live, what }: { live: LiveStream; what: "Camera" | "Microphone" }) {
  const devices = live.devices.value;
  if (devices.length < 2) return null;
  return (
    <select class="gr-live-device" aria-label={what} value={live.device.value ?? ""} onChange={(e) => void live.use((e.target as HTMLSelectElement).value)}>
      {devices.map((d, i) => (
        <option key={d.deviceId} value={d.deviceId}>
          {d.label || `${what} ${i + 1}`}
        </option>
      ))}
    </select>
  );
}

/** Gradio's StreamingBar: the time left, as a bar that empties (static with reduced motion). */
export function TimeLimitBar({ seconds, since }: { seconds: number; since: number }) {
  if (!(seconds > 0)) return null;
  return <div key={since} class="gr-live-limit" style={{ animationDuration: `${seconds}s` }} title={`Streams for at most ${seconds} s`} aria-hidden="true" />;
}

export function LiveMessage({ status }: { status: LiveStatus }) {
  if (!status.message) return null;
  return (
    <p class={status.error ? "gr-live-error" : "gr-live-note"} role={status.error ? "alert" : "status"}>
      {status.message}
    </p>
  );
}
