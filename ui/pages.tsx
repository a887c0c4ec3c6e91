// Multipage apps: the navbar and the page the URL's hash names (`#/settings`),
// so navigation works on any static host. Loaded only by apps with routes.

import { useLayoutEffect, useState } from "preact/hooks";
import { Children } from "./block-view.tsx";
import type { AppSession } from "./session.ts";
import type { LayoutNode } from "../worker/protocol.ts";
import pagesCss from "./pages.css?inline";
import { addStyles } from "./styles.ts";

addStyles("pages", pagesCss);

interface Page {
  name: string;
  path: string;
  node: LayoutNode;
}

function currentPath(): string {
  // A deep link's values follow the page's path after "&" (ui/deep-link.ts).
  const hash = location.hash.replace(/^#/, "").split("&")[0];
  return hash.startsWith("/") ? hash.toLowerCase() : "/";
}

export function Pages({ session }: { session: AppSession }) {
  const { store, config } = session;
  const [path, setPath] = useState(currentPath);
  // A layout effect, and a fresh read: a hash change right after the first
  // render (before effects ran) must not be missed.
  useLayoutEffect(() => {
    const follow = () => setPath(currentPath());
    follow();
    addEventListener("hashchange", follow);
    return () => removeEventListener("hashchange", follow);
  }, []);
  const typeOf = (n: LayoutNode) => store.block(n.id)?.config.type;
  const top = config.layout.children ?? [];
  const routes: Page[] = top
    .filter((n) => typeOf(n) === "route")
    .map((n) => {
      const p = store.block(n.id)!.props.value;
      return { name: String(p.name), path: String(p.path), node: n };
    });
  const mainNode: LayoutNode = { id: config.layout.id, children: top.filter((n) => typeOf(n) !== "route" && typeOf(n) !== "navbar") };
  const page = routes.find((r) => r.path === path) ?? null;
  // A page's own navbar wins over the main one.
  const navbarOf = (node: LayoutNode) => (node.children ?? []).find((n) => typeOf(n) === "navbar");
  const navbar = (page && navbarOf(page.node)) ?? top.find((n) => typeOf(n) === "navbar");
  const nav = navbar ? store.block(navbar.id)!.props.value : {};
  const extra = Array.isArray(store.block(navbar?.id ?? -1)?.value.value) ? (store.block(navbar!.id)!.value.value as Array<[string, string]>) : [];
  const shown = page ? { id: page.node.id, children: (page.node.children ?? []).filter((n) => typeOf(n) !== "navbar") } : mainNode;
  return (
    <>
      {nav.visible !== false && (
        <nav class="gr-navbar" aria-label="Pages">
          <a href="#/" aria-current={page ? undefined : "page"}>
            {String(nav.mainPageName ?? "Home")}
          </a>
          {routes.map((r) => (
            <a key={r.path} href={`#${r.path}`} aria-current={page === r ? "page" : undefined}>
              {r.name}
            </a>
          ))}
          {extra.map(([name, url]) => (
            <a key={url} href={url} target="_blank" rel="noopener noreferrer">
              {name}
            </a>
          ))}
        </nav>
      )}
      <Children node={shown} session={session} />
    </>
  );
}
