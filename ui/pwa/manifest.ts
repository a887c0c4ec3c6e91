// The web app manifest of a PWA page (name, icons, colours, standalone), made
// on the page from the app's title, favicon and theme, so a hand-written page
// needs no manifest file of its own.

export interface ManifestInput {
  title: string;
  /** The app's icon (launch's favicon), or null: one is drawn. */
  favicon: string | null;
  /** The app's primary colour (its theme's). */
  color: string;
  /** The page's background. */
  background: string;
  page: URL;
}

interface Icon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

/** Adds `<link rel="manifest">` and `<meta name="theme-color">` to the page (once). */
export async function addManifest(input: ManifestInput): Promise<void> {
  if (document.querySelector('link[rel="manifest"]')) return;
  const start = input.page.origin + input.page.pathname + input.page.search;
  const manifest = {
    name: input.title,
    short_name: input.title.length > 12 ? input.title.split(/\s+/)[0]!.slice(0, 12) : input.title,
    id: input.page.origin + input.page.pathname,
    start_url: start,
    scope: new URL("./", input.page).href,
    display: "standalone",
    theme_color: input.color,
    background_color: input.background,
    icons: await icons(input),
  };
  // A data: URL: the manifest's URLs are absolute, and a hand-written page needs no file for it.
  const link = Object.assign(document.createElement("link"), {
    rel: "manifest",
    href: `data:application/manifest+json,${encodeURIComponent(JSON.stringify(manifest))}`,
  });
  document.head.append(link);
  if (!document.querySelector('meta[name="theme-color"]')) {
    document.head.append(Object.assign(document.createElement("meta"), { name: "theme-color", content: input.color }));
  }
}

/** 192 and 512 px PNGs (what browsers install from): the favicon drawn large, else the title's initial on the app's colour. */
async function icons(input: ManifestInput): Promise<Icon[]> {
  const image = input.favicon ? await loadImage(input.favicon) : null;
  const drawn: Icon[] = [];
  for (const size of [192, 512]) {
    const png = draw(size, input, image);
    if (png) drawn.push({ src: png, sizes: `${size}x${size}`, type: "image/png", purpose: "any" });
  }
  // A favicon from another site that does not allow reading it cannot be redrawn: it goes as it is.
  if (input.favicon && drawn.length < 2) return [{ src: input.favicon, sizes: "any" }];
  return drawn;
}

function draw(size: number, input: ManifestInput, image: HTMLImageElement | null): string | null {
  const canvas = Object.assign(document.createElement("canvas"), { width: size, height: size });
  const g = canvas.getContext("2d");
  if (!g) return null;
  if (image) {
    g.drawImage(image, 0, 0, size, size);
  } else {
    g.fillStyle = input.color;
    g.beginPath();
    g.roundRect(0, 0, size, size, size * 0.22);
    g.fill();
    g.fillStyle = "#ffffff";
    g.font = `600 ${Math.round(size * 0.56)}px system-ui, sans-serif`;
    g.textAlign = "center";
    g.textBaseline = "middle";
    g.fillText(([...input.title.trim()][0] ?? "G").toUpperCase(), size / 2, size * 0.54);
  }
  try {
    return canvas.toDataURL("image/png");
  } catch {
    return null; // a cross-origin favicon taints the canvas
  }
}

function loadImage(src: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const image = new Image();
    image.crossOrigin = "anonymous";
    image.onload = () => resolve(image);
    image.onerror = () => resolve(null);
    image.src = src;
  });
}

/** Points the page's icon at the app's favicon (Gradio's favicon_path). */
export function setFavicon(href: string): void {
  const links = document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]');
  if (links.length) for (const link of links) link.href = href;
  else document.head.append(Object.assign(document.createElement("link"), { rel: "icon", href }));
}
