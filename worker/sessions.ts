// What the worker remembers per page session: props changed by updates (so
// a Dropdown whose choices were updated accepts the new ones).

import type { Block } from "../src/block.ts";
import type { BlockId, OutputUpdate, Props } from "./protocol.ts";

export class SessionState {
  private readonly props = new Map<BlockId, Props>();

  /** A block's props as this session sees them. */
  propsOf(block: Block): Props {
    const own = this.props.get(block.id);
    return own ? { ...block.props, ...own } : block.props;
  }

  record(updates: OutputUpdate[]): void {
    for (const u of updates) {
      if (u.props) this.props.set(u.id, { ...this.props.get(u.id), ...u.props });
    }
  }
}

export class Sessions {
  private readonly all = new Map<string, SessionState>();

  get(id: string): SessionState {
    let state = this.all.get(id);
    if (!state) this.all.set(id, (state = new SessionState()));
    return state;
  }

  drop(id: string): void {
    this.all.delete(id);
  }
}
