// One toast stack per page, shared by all its apps (issue #13). Each app
// keeps its toasts in its own element, so they belong to it for screen
// readers, and restack() places the apps' stacks one under another in page
// order. The newest few show; the rest wait behind a "more" button. Loaded
// with an app's first toast (the hello-world page carries none of it).

import { signal } from "@preact/signals";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { AppSession } from "./session.ts";
import type { Toast } from "./store.ts";
import { addStyles } from "./styles.ts";
import css from "./toasts.css?inline";

addStyles("toasts", css);

/** Apps with toasts, in the order they got their first. */
const stacks = signal<AppSession[]>([]);
const expanded = signal(false);
/** How many toasts show at once, page-wide, before the rest collapse. */
const SHOWN = 3;
const GAP = 8;

function restack(): void {
  let top = 16;
  for (const el of document.querySelectorAll<HTMLElement>(".gr-toasts")) {
    el.style.top = `${top}px`;
    top += el.offsetHeight + GAP;
  }
}

// A narrower window wraps the toasts' text, and each stack grows: the ones below move down with it.
if (typeof window !== "undefined") window.addEventListener("resize", () => requestAnimationFrame(restack));

/** The app's name when the page has several: its title, else its element's id, else its place. */
function appName(box: HTMLElement, session: AppSession): string | null {
  const apps = [...document.querySelectorAll(".gr-app")];
  if (apps.length < 2) return null;
  const title = session.config.title;
  const app = box.closest(".gr-app")!;
  return title && title !== "Gradio" ? title : app.closest("gradio-lite")?.id || `App ${apps.indexOf(app) + 1}`;
}

export function ToastStack({ session }: { session: AppSession }) {
  const box = useRef<HTMLDivElement>(null);
  const [name, setName] = useState<string | null>(null);
  const sessions = stacks.value.includes(session) ? stacks.value : [...stacks.value, session];
  const all = sessions.flatMap((s) => s.store.toasts.value).sort((a, b) => b.id - a.id);
  const shown = new Set((expanded.value ? all : all.slice(0, SHOWN)).map((t) => t.id));
  const own = session.store.toasts.value;
  const mine = own.filter((t) => shown.has(t.id));
  const hidden = own.length - mine.length;
  useLayoutEffect(() => {
    stacks.value = [...stacks.peek(), session];
    setName(appName(box.current!, session));
    return () => {
      stacks.value = stacks.peek().filter((s) => s !== session);
      requestAnimationFrame(restack);
    };
  }, []);
  // After every app's stack has rendered (they render one after another), before the frame paints.
  useLayoutEffect(() => {
    const frame = requestAnimationFrame(restack);
    return () => cancelAnimationFrame(frame);
  });
  return (
    <div ref={box} class="gr-toasts" aria-live="assertive">
      {mine.map((t) => (
        <ToastView key={t.id} toast={t} app={name} onClose={() => session.store.dismiss(t.id)} />
      ))}
      {/* "N more" where toasts wait; "Show fewer" with the oldest toast, once they all show. */}
      {(hidden > 0 || (expanded.value && all.length > SHOWN && own.includes(all.at(-1)!))) && (
        <button type="button" class="gr-toasts-more" aria-expanded={expanded.value} onClick={() => (expanded.value = !expanded.value)}>
          {expanded.value ? "Show fewer" : `${hidden} more${name ? ` from ${name}` : ""}`}
        </button>
      )}
    </div>
  );
}

function ToastView({ toast, app, onClose }: { toast: Toast; app: string | null; onClose: () => void }) {
  return (
    <div class={`gr-toast gr-toast-${toast.level}`} role={toast.level === "error" ? "alert" : "status"}>
      <div class="gr-toast-body">
        {app && <span class="gr-toast-app">{app}</span>}
        <strong class="gr-toast-title">{toast.title}</strong>
        <p class="gr-toast-message">{toast.message}</p>
        {toast.action && (
          <button type="button" class="gr-toast-action" onClick={toast.action.run}>
            {toast.action.label}
          </button>
        )}
      </div>
      <button type="button" class="gr-toast-close" aria-label={`Dismiss ${toast.level}`} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
