// The one guard between a value's URL and the page: a FileData's `url` is
// data a handler returned, never code. Only URLs that cannot run script in
// the page reach a src or an href (issue #13, item 18), and a file's bytes
// are linked as a download (application/octet-stream), so an HTML or SVG file
// can never open as an active page of the app's origin.

import { useEffect, useState } from "preact/hooks";

const parse = (url: unknown): URL | null => {
  if (typeof url !== "string" || !url) return null;
  try {
    return new URL(url, globalThis.document?.baseURI);
  } catch {
    return null;
  }
};

const WEB = ["http:", "https:", "blob:"];

/**
 * `url` when an `<img>`, `<audio>` or `<video>` may load it: http(s), blob:,
 * or a data: URL of an image, audio or video (a preview). Else undefined.
 */
export function mediaUrl(url: unknown): string | undefined {
  const u = parse(url);
  if (!u) return undefined;
  if (WEB.includes(u.protocol)) return u.href;
  return u.protocol === "data:" && /^(image|audio|video)\//i.test(u.pathname) ? u.href : undefined;
}

/** `url` when a link may point at it: http(s) or blob: (never javascript:, data: or any other scheme). */
export function linkUrl(url: unknown): string | undefined {
  const u = parse(url);
  return u && WEB.includes(u.protocol) ? u.href : undefined;
}

/**
 * A copy of the file behind `url` (blob: or any data:) typed
 * application/octet-stream: it downloads, whatever its type says. A web
 * address (http, https) is another server's page and is linked as is.
 */
async function downloadable(url: unknown): Promise<{ href: string; revoke: boolean } | null> {
  const u = parse(url);
  if (!u) return null;
  if (u.protocol === "http:" || u.protocol === "https:") return { href: u.href, revoke: false };
  if (u.protocol !== "blob:" && u.protocol !== "data:") return null;
  const blob = await (await fetch(u.href)).blob();
  return { href: URL.createObjectURL(new Blob([blob], { type: "application/octet-stream" })), revoke: true };
}

/** The href of a download link for `url`: undefined until it is ready, or when `url` is not safe to link. */
export function useDownloadUrl(url: unknown): string | undefined {
  const [href, setHref] = useState<string>();
  useEffect(() => {
    let made: { href: string; revoke: boolean } | null = null;
    let live = true;
    setHref(undefined);
    downloadable(url).then(
      (d) => {
        made = d;
        if (live) setHref(d?.href);
        else if (d?.revoke) URL.revokeObjectURL(d.href);
      },
      () => {},
    );
    return () => {
      live = false;
      if (made?.revoke) URL.revokeObjectURL(made.href);
    };
  }, [url]);
  return href;
}

/** Downloads the file behind `url` as `name` (for a download button). */
export async function download(url: unknown, name: string): Promise<void> {
  const d = await downloadable(url);
  if (!d) return;
  const a = document.createElement("a");
  a.href = d.href;
  a.download = name;
  a.rel = "noopener";
  a.click();
  if (d.revoke) setTimeout(() => URL.revokeObjectURL(d.href), 1000);
}
