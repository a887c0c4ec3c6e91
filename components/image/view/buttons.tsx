// Gradio's small icon buttons over a shown image or video (IconButtonWrapper
// in js/atoms): clear, download, fullscreen; and the icon an empty media
// output shows (js/atoms Empty.svelte) instead of words.

import type { ComponentChildren, RefObject } from "preact";
import { CloseIcon, Icon, type IconProps } from "../../../ui/parts/icons.tsx";
import { download } from "../../../ui/safe-url.ts";

export const DownloadIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M12 3v12m-5-5 5 5 5-5M5 21h14" />
  </Icon>
);
export const FullscreenIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 3H5a2 2 0 0 0-2 2v3m18 0V5a2 2 0 0 0-2-2h-3m0 18h3a2 2 0 0 0 2-2v-3M3 16v3a2 2 0 0 0 2 2h3" />
  </Icon>
);
export const ImageIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="3" y="3" width="18" height="18" rx="2" />
    <circle cx="9" cy="9" r="2" />
    <path d="m21 15-5-5L5 21" />
  </Icon>
);
export const VideoIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="2" y="5" width="14" height="14" rx="2" />
    <path d="m16 10 6-4v12l-6-4" />
  </Icon>
);
export const MusicIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M9 18V5l12-2v13" />
    <circle cx="6" cy="18" r="3" />
    <circle cx="18" cy="16" r="3" />
  </Icon>
);

interface MediaButtonsProps {
  /** What the buttons act on, for their names ("Download image"). */
  what: string;
  /** The shown file: a Download button when it has a URL. */
  file?: { url: string; name: string } | null;
  /** Shows a Clear button (an interactive component). */
  onClear?: () => void;
  /** Shows a Fullscreen button for this element. */
  fullscreen?: RefObject<HTMLElement | null>;
  children?: ComponentChildren;
}

/** The row of icon buttons in a media block's top-right corner: real buttons, named, in Tab order. */
export function MediaButtons({ what, file, onClear, fullscreen, children }: MediaButtonsProps) {
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void fullscreen?.current?.requestFullscreen?.();
  };
  return (
    <div class="gr-media-buttons">
      {children}
      {file && (
        <button type="button" class="gr-media-button" aria-label={`Download ${what}`} title="Download" onClick={() => void download(file.url, file.name)}>
          <DownloadIcon />
        </button>
      )}
      {fullscreen && (
        <button type="button" class="gr-media-button" aria-label={`Show ${what} fullscreen`} title="Fullscreen" onClick={toggle}>
          <FullscreenIcon />
        </button>
      )}
      {onClear && (
        <button type="button" class="gr-media-button" aria-label={`Clear ${what}`} title="Clear" onClick={onClear}>
          <CloseIcon />
        </button>
      )}
    </div>
  );
}

/** An empty media output: a muted icon, as Gradio's Empty, named for screen readers. */
export function EmptyMedia({ children }: { children: ComponentChildren }) {
  return (
    <div class="gr-empty-media" role="img" aria-label="Empty value">
      {children}
    </div>
  );
}
