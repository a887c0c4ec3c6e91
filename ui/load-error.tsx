// The box shown in an app's place when it cannot start: loaded only then.
import type { ErrorInfo } from "../worker/protocol.ts";
import loadErrorCss from "./load-error.css?inline";
import { addStyles } from "./styles.ts";

addStyles("loadError", loadErrorCss);

/** Why the app could not start, with the offending line of its code. */
export function LoadError({ error, code, hint }: { error: ErrorInfo; code: string | null; hint?: string }) {
  const line = error.line && code ? code.split("\n")[error.line - 1] : null;
  const where = error.line ? ` (line ${error.line}${error.column ? `, column ${error.column}` : ""})` : "";
  const heading =
    error.code === "syntax" ? "This app's code has a syntax error" : error.code === "no-launch" ? "Nothing to show" : "This app could not start";
  return (
    <div class="gr-app gr-load-error" role="alert">
      <strong class="gr-load-error-title">{heading}</strong>
      <p class="gr-load-error-message">
        {error.message}
        {where}
      </p>
      {line !== null && line !== undefined && (
        // It may scroll sideways (a long line on a phone): focusable, so the keyboard can scroll it too.
        <pre class="gr-load-error-code" tabIndex={0} aria-label={`Line ${error.line} of the app's code`}>
          <span class="gr-line-number">{error.line}</span> {line}
          {error.column ? `\n${" ".repeat(String(error.line).length + error.column)}^` : ""}
        </pre>
      )}
      {hint && error.code === "syntax" && <p class="gr-load-error-hint">{hint}</p>}
    </div>
  );
}
