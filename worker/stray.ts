// App code's exceptions outside any run (a setTimeout callback that throws
// after its handler returned). Uncaught, they reached the page as the
// Worker's `error` event, which reads as a dead worker and cut off uploads
// and viewApi for good (issue #13). The engine catches them; this
// reports one as a warning on the page. Loaded on the first one.
import type { AppMessage, JobPort } from "./protocol.ts";

export function reportStray(port: JobPort, error: unknown): void {
  console.error("[gradio-lite] the app's code threw outside a handler:", error);
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    text = "a value that cannot be shown as text";
  }
  port.postMessage({ type: "app:log", level: "warning", message: `The app's code threw outside a handler: ${text}` } satisfies AppMessage);
}
