import type { AppSession } from "./session.ts";
import type { BlockState } from "./store.ts";
import type { ComponentConfig, LayoutNode } from "../worker/protocol.ts";
import type { ComponentType } from "preact";

/** What every component view receives. */
export interface ViewProps {
  block: BlockState;
  session: AppSession;
  /** Layout children (layouts only). */
  node: LayoutNode;
}

export type View = ComponentType<ViewProps>;

/** A view that loads more, before the first render, for the components that use it. */
export type PreloadingView = View & { preloadFor?: (components: ComponentConfig[]) => Promise<unknown> | undefined };
