import type { AppSession } from "./session.ts";
import type { BlockState } from "./store.ts";
import type { LayoutNode } from "../worker/protocol.ts";
import type { ComponentType } from "preact";

/** What every component view receives. */
export interface ViewProps {
  block: BlockState;
  session: AppSession;
  /** Layout children (layouts only). */
  node: LayoutNode;
}

export type View = ComponentType<ViewProps>;
