// What a user reads when the camera or microphone cannot be opened: what
// happened and what to do, from getUserMedia's error names (Media Capture
// and Streams, §10.2), never a bare DOMException.

export type DeviceKind = "camera" | "microphone";

export function deviceError(kind: DeviceKind, error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  switch (name) {
    case "NotAllowedError":
    case "SecurityError":
      return `${kind === "camera" ? "Camera" : "Microphone"} access was denied. Allow it for this site in the browser (the icon in the address bar), then press Record again.`;
    case "NotFoundError":
    case "OverconstrainedError":
      return `No ${kind} was found${name === "OverconstrainedError" ? " that matches the chosen device or settings" : ""}. Connect one, then press Record again.`;
    case "NotReadableError":
    case "AbortError":
      return `The ${kind} could not be started: another app may be using it.`;
    case "NotSupportedError":
      return `This page cannot use a ${kind}: it needs https (or localhost) and a browser that allows it here.`;
    default:
      return `The ${kind} could not be opened: ${error instanceof Error ? error.message || error.name : String(error)}`;
  }
}
