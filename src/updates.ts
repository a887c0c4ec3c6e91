// gr.update and gr.skip: returns that change an output's props, or nothing.

import type { Props } from "../worker/protocol.ts";

/** New props (and, with `value`, a new value) for one output. */
export class Update {
  constructor(readonly props: Props) {}
}

export function update(props: Props = {}): Update {
  return new Update({ ...props });
}

/** Leaves an output unchanged; returned alone, leaves every output unchanged. */
export function skip(): Update {
  return SKIP;
}

const SKIP = new Update({});

export function isSkip(value: unknown): boolean {
  return value === SKIP;
}
