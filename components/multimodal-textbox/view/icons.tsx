// The box's icons (24×24, stroked with currentColor, so they follow the theme).

import type { ComponentChildren } from "preact";
import { CloseIcon as Close, FileIcon as File, Icon as Base } from "../../../ui/parts/icons.tsx";

// The box's icons are a size larger than the chat's and the table's.
const Icon = ({ children, size = 18 }: { children: ComponentChildren; size?: number }) => (
  <Base size={size} class="gr-mm-icon">
    {children}
  </Base>
);
export const FileIcon = () => <File size={18} class="gr-mm-icon" />;
export const CloseIcon = () => <Close size={18} class="gr-mm-icon" />;

export const PaperclipIcon = () => (
  <Icon>
    <path d="m21.4 11.1-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5" />
  </Icon>
);
export const MicIcon = () => (
  <Icon>
    <rect x="9" y="2" width="6" height="12" rx="3" />
    <path d="M5 10v1a7 7 0 0 0 14 0v-1M12 18v4" />
  </Icon>
);
export const StopRecordingIcon = () => (
  <Icon>
    <rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor" />
  </Icon>
);
export const MusicIcon = () => (
  <Icon size={16}>
    <path d="M9 18V5l12-2v13" />
    <circle cx="6" cy="18" r="3" />
    <circle cx="18" cy="16" r="3" />
  </Icon>
);
export const VideoIcon = () => (
  <Icon size={16}>
    <rect x="2" y="6" width="14" height="12" rx="2" />
    <path d="m22 8-6 4 6 4Z" />
  </Icon>
);
