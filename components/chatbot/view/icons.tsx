// The chat's small icons (24×24, stroked with currentColor), drawn inline so
// they follow the theme's text colour.

import { Icon } from "../../../ui/parts/icons.tsx";

export { CheckIcon, CopyIcon, FileIcon } from "../../../ui/parts/icons.tsx";

export const ThumbUpIcon = ({ filled }: { filled?: boolean }) => (
  <Icon>
    <path d="M7 10v11H4a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h3Zm0 0 4-8a3 3 0 0 1 3 3v4h5.5a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18 21H7" fill={filled ? "currentColor" : "none"} />
  </Icon>
);
export const ThumbDownIcon = ({ filled }: { filled?: boolean }) => (
  <Icon>
    <path d="M17 14V3h3a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-3Zm0 0-4 8a3 3 0 0 1-3-3v-4H4.5a2 2 0 0 1-2-2.3l1.4-8A2 2 0 0 1 6 3h11" fill={filled ? "currentColor" : "none"} />
  </Icon>
);
export const FlagIcon = ({ filled }: { filled?: boolean }) => (
  <Icon>
    <path d="M4 22V4s1.5-1 5-1 5 2 8 2 3-1 3-1v11s-1 1-3 1-5-2-8-2-5 1-5 1" fill={filled ? "currentColor" : "none"} />
  </Icon>
);
export const RetryIcon = () => (
  <Icon>
    <path d="M3 12a9 9 0 1 0 3-6.7L3 8" />
    <path d="M3 3v5h5" />
  </Icon>
);
export const UndoIcon = () => (
  <Icon>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </Icon>
);
export const EditIcon = () => (
  <Icon>
    <path d="M12 20h9" />
    <path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" />
  </Icon>
);
export const TrashIcon = () => (
  <Icon>
    <path d="M3 6h18M8 6V4h8v2m3 0-1 14H6L5 6" />
  </Icon>
);
export const ChevronIcon = () => (
  <Icon>
    <path d="m9 6 6 6-6 6" />
  </Icon>
);
export const ArrowDownIcon = () => (
  <Icon>
    <path d="M12 5v14m-6-6 6 6 6-6" />
  </Icon>
);
