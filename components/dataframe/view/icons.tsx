// The table's small icons (24×24, stroked with currentColor), so they follow the theme.

import { classes } from "../../../ui/frame.tsx";
import { Icon } from "../../../ui/parts/icons.tsx";

export { CheckIcon, CloseIcon, CopyIcon } from "../../../ui/parts/icons.tsx";

export const ExpandIcon = () => (
  <Icon>
    <path d="M15 3h6v6M9 21H3v-6M21 3l-7 7M3 21l7-7" />
  </Icon>
);
export const ShrinkIcon = () => (
  <Icon>
    <path d="M4 14h6v6M20 10h-6V4M14 10l7-7M3 21l7-7" />
  </Icon>
);
export const PlusIcon = () => (
  <Icon size={14}>
    <path d="M12 5v14M5 12h14" />
  </Icon>
);
export const FilterIcon = () => (
  <Icon size={13}>
    <path d="M3 5h18l-7 8v6l-4 2v-8Z" />
  </Icon>
);
/** Both arrows, the one of the current direction stronger (Gradio's sort button). */
export const SortIcon = ({ dir }: { dir: "asc" | "desc" | null }) => (
  <Icon size={13} class={classes("gr-icon", "gr-df-sort-icon", dir && "gr-df-sorted")}>
    <path d="m7 10 5-5 5 5" opacity={dir === "desc" ? 0.3 : dir ? 1 : 0.55} />
    <path d="m7 14 5 5 5-5" opacity={dir === "asc" ? 0.3 : dir ? 1 : 0.55} />
  </Icon>
);
export const LockIcon = () => (
  <Icon size={12} class="gr-icon gr-df-lock">
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d="M8 11V7a4 4 0 0 1 8 0v4" />
  </Icon>
);
