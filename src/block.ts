// The tree every app is built from. A block is a component or a layout; the
// block being built is the parent of whatever is created while its body runs.

import type { BlockId, Props } from "../worker/protocol.ts";
import { UsageError } from "./errors.ts";

let nextId = 1;

export abstract class Block {
  /** Reassigned only by gr.render, when a keyed block takes its previous run's id. */
  id: BlockId = nextId++;
  /** Gradio's type name, lower-case ("textbox", "row"). */
  abstract readonly type: string;
  props: Props;
  /** The props the author passed (no defaults): what a returned instance updates. */
  given: Props;
  parent: Layout | null = null;

  constructor(props: Props, given: Props = props) {
    this.props = props;
    this.given = given;
    const parent = currentParent();
    if (parent && props.render !== false) parent.append(this);
  }

  /** The Blocks app this block belongs to, once it is placed in one. */
  get root(): Layout | null {
    let node: Layout | null = this instanceof Layout ? this : this.parent;
    while (node?.parent) node = node.parent;
    return node;
  }

  /** Places a block defined outside a body where this call happens. */
  render(): this {
    const parent = currentParent();
    if (!parent) throw new UsageError(`${this.type}.render() must be called inside a Blocks body`);
    this.unrender();
    parent.append(this);
    return this;
  }

  /** Removes the block from where it was placed. */
  unrender(): this {
    if (this.parent) this.parent.children = this.parent.children.filter((b) => b !== this);
    this.parent = null;
    return this;
  }
}

export abstract class Layout extends Block {
  children: Block[] = [];

  append(block: Block): void {
    block.parent = this;
    this.children.push(block);
  }

  /** Runs `body` with this layout as the parent of everything it creates; the body receives the layout. */
  build(body: ((block: this) => unknown) | undefined): this {
    if (!body) return this;
    stack.push(this);
    try {
      const result: unknown = body(this);
      if (result instanceof Promise) {
        throw new UsageError("A Blocks or layout body must be synchronous; create components first, then await in handlers");
      }
    } finally {
      stack.pop();
    }
    return this;
  }
}

const stack: Layout[] = [];

export function currentParent(): Layout | null {
  return stack.at(-1) ?? null;
}

/** The outermost layout being built: the app that owns new listeners. */
export function currentRoot(): Layout | null {
  return stack[0] ?? null;
}

/** Runs `fn` with no build context, as if at top level (Interface building). */
export function outsideBody<T>(fn: () => T): T {
  const saved = stack.splice(0);
  try {
    return fn();
  } finally {
    stack.push(...saved);
  }
}
