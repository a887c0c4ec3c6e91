// A bundled app's views for its own components: they join the registry that
// holds the built-in views (ui/block-view.tsx), by component type. Only the
// npm entry (ui/mount.ts) loads this; a page's `<gradio-lite>` apps name
// their views by URL (`static view`).
import { VIEWS } from "./block-view.tsx";
import type { CustomViewFunction } from "./custom-view.tsx";
import { lazy } from "./lazy.ts";

/** Adds a view for a component type; its class's `static view` may then be left out. */
export function registerView(type: string, view: CustomViewFunction): void {
  VIEWS[type.toLowerCase()] = lazy(() => import("./custom-view.tsx").then((m) => m.adapt(view)));
}
