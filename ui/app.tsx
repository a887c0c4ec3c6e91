// The app's root view: the layout tree, toasts and footer; and the boxes
// shown while an app loads or when it cannot start.

import { Children } from "./block-view.tsx";
import type { AppSession } from "./session.ts";
import { useState } from "preact/hooks";
import type { ApiInfo, ErrorInfo } from "../worker/protocol.ts";
import { lazy } from "./lazy.ts";
import { addStyles } from "./styles.ts";
import { RichDefaults } from "./rich/defaults.ts";

const ApiPanel = lazy(() => import("./api-panel.tsx").then((m) => m.ApiPanel));
const ToastStack = lazy(() => import("./toasts.tsx").then((m) => m.ToastStack));
// The one-line status overlay and the toast stack's rules (issue #13): off the hello-world path, applied as soon as they land.
void import("./overlays.css?inline").then((m) => addStyles("overlays", m.default));
export const Pages = lazy(() => import("./pages.tsx").then((m) => m.Pages));

/** Apps with `demo.route` pages (or a navbar) show one page at a time. */
export function isMultipage(session: AppSession): boolean {
  return (session.config.layout.children ?? []).some((n) => {
    const type = session.store.block(n.id)?.config.type;
    return type === "route" || type === "navbar";
  });
}

// One object each, so the apps' rich views do not re-render for a new one.
const ANY_IMAGES = {};
const LOCAL_IMAGES = { remoteImages: false };

export function AppView({ session, viewApi }: { session: AppSession; viewApi: () => Promise<ApiInfo> }) {
  const { config } = session;
  const [showApi, setShowApi] = useState(false);
  return (
    <div class="gr-app" data-fill-height={config.fillHeight ? "" : undefined} data-fill-width={config.fillWidth ? "" : undefined}>
      {config.css && <style>{config.css}</style>}
      <div class="gr-main">
        <RichDefaults.Provider value={config.remoteImages === false ? LOCAL_IMAGES : ANY_IMAGES}>
          {isMultipage(session) ? <Pages session={session} /> : <Children node={config.layout} session={session} />}
        </RichDefaults.Provider>
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

/** The app's toasts, in the page's one stack (ui/toasts.tsx), loaded with its first toast. */
function Toasts({ session }: { session: AppSession }) {
  return session.store.toasts.value.length ? <ToastStack session={session} /> : null;
}

export function Loading() {
  return (
    <div class="gr-app gr-loading" role="status" aria-live="polite">
      <span class="gr-spinner" aria-hidden="true" /> Loading app…
    </div>
  );
}
