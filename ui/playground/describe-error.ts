// The playground's one-line status for an app that could not start.
import type { ErrorInfo } from "../../worker/protocol.ts";

export function describeError(error: ErrorInfo, lastAppKept: boolean): string {
  const kind = error.code === "syntax" ? "Syntax error" : error.code === "no-launch" ? "Nothing to show" : "Error";
  const where = error.line ? ` on line ${error.line}${error.column ? `, column ${error.column}` : ""}` : "";
  return `${kind}${where}: ${error.message}${lastAppKept ? " (the last working app is still running)" : ""}`;
}
