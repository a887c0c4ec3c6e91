// The app's root view: the layout tree, toasts and footer; and the boxes
// shown while an app loads or when it cannot start.

import { Children } from "./block-view.tsx";
import type { AppSession } from "./session.ts";
import type { Toast } from "./store.ts";
import { useState } from "preact/hooks";
import type { ApiInfo, ErrorInfo } from "../worker/protocol.ts";
import { lazy } from "./lazy.ts";

const ApiPanel = lazy(() => import("./api-panel.tsx").then((m) => m.ApiPanel));

export function AppView({ session, viewApi }: { session: AppSession; viewApi: () => Promise<ApiInfo> }) {
  const { config } = session;
  const [showApi, setShowApi] = useState(false);
  return (
    <div class="gr-app" data-fill-height={config.fillHeight ? "" : undefined}>
      {config.css && <style>{config.css}</style>}
      <div class="gr-main">
        <Children node={config.layout} session={session} />
      </div>
      <Toasts session={session} />
      <div class="gr-footer">
        {config.dependencies.some((d) => d.apiName) && (
          <>
            <button type="button" class="gr-link-button" onClick={() => setShowApi(true)}>
              Use via API
            </button>
            {" · "}
          </>
        )}
        <span>Runs in your browser with gradio-lite</span>
      </div>
      {showApi && <ApiPanel load={viewApi} onClose={() => setShowApi(false)} />}
    </div>
  );
}

function Toasts({ session }: { session: AppSession }) {
  const toasts = session.store.toasts.value;
  if (!toasts.length) return null;
  return (
    <div class="gr-toasts" aria-live="assertive">
      {toasts.map((t) => (
        <ToastView key={t.id} toast={t} onClose={() => session.store.dismiss(t.id)} />
      ))}
    </div>
  );
}

function ToastView({ toast, onClose }: { toast: Toast; onClose: () => void }) {
  return (
    <div class={`gr-toast gr-toast-${toast.level}`} role={toast.level === "error" ? "alert" : "status"}>
      <div class="gr-toast-body">
        <strong class="gr-toast-title">{toast.title}</strong>
        <p class="gr-toast-message">{toast.message}</p>
      </div>
      <button type="button" class="gr-toast-close" aria-label={`Dismiss ${toast.level}`} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

export function Loading() {
  return (
    <div class="gr-app gr-loading" role="status" aria-live="polite">
      <span class="gr-spinner" aria-hidden="true" /> Loading app…
    </div>
  );
}

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
        <pre class="gr-load-error-code">
          <span class="gr-line-number">{error.line}</span> {line}
          {error.column ? `\n${" ".repeat(String(error.line).length + error.column)}^` : ""}
        </pre>
      )}
      {hint && error.code === "syntax" && <p class="gr-load-error-hint">{hint}</p>}
    </div>
  );
}
