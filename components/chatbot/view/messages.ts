// The conversation's structure: thoughts nested under their parent, then
// consecutive messages of one role grouped in one bubble (Gradio's
// group_messages). Pure, so it is tested without a browser.

import type { WireMessage } from "../chatbot.ts";
import type { FileData } from "../../../worker/protocol.ts";

// The wire form is the worker's (components/chatbot/chatbot.ts); only its types cross here.
export type { WireMessage, WirePart } from "../chatbot.ts";

/** A message in the tree: its index in the value, and the thoughts nested under it. */
export interface MessageNode {
  index: number;
  message: WireMessage;
  children: MessageNode[];
}

export interface MessageGroup {
  role: WireMessage["role"];
  nodes: MessageNode[];
}

/** Nests messages under the thought whose `metadata.id` their `parentId` names. */
export function nestThoughts(messages: readonly WireMessage[]): MessageNode[] {
  const byId = new Map<string | number, MessageNode>();
  const top: MessageNode[] = [];
  messages.forEach((message, index) => {
    const node: MessageNode = { index, message, children: [] };
    const parentId = message.metadata?.parentId;
    const parent = parentId !== undefined ? byId.get(parentId) : undefined;
    if (parent) parent.children.push(node);
    else top.push(node);
    const id = message.metadata?.id;
    if (id !== undefined) byId.set(id, node);
  });
  return top;
}

/** Consecutive top-level messages of one role share a bubble when `group` is on. */
export function groupMessages(nodes: readonly MessageNode[], group: boolean): MessageGroup[] {
  const groups: MessageGroup[] = [];
  for (const node of nodes) {
    const last = groups.at(-1);
    if (group && last && last.role === node.message.role) last.nodes.push(node);
    else groups.push({ role: node.message.role, nodes: [node] });
  }
  return groups;
}

/** A message's content in the form a handler wrote it: one part unwrapped. */
export function handlerContent(message: WireMessage): unknown {
  const parts = message.content.map((p) => (p.type === "text" ? p.text : p.type === "file" ? p.file : { component: p.component, value: p.value, props: p.props }));
  return parts.length === 1 ? parts[0] : parts;
}

/** The text a copy button puts on the clipboard: text parts, and files by name. */
export function messageText(messages: readonly WireMessage[]): string {
  return messages
    .flatMap((m) => m.content)
    .map((p) => (p.type === "text" ? p.text : p.type === "file" ? fileName(p.file) : ""))
    .filter(Boolean)
    .join("\n\n");
}

export function fileName(file: FileData): string {
  return file.origName || file.path.split("/").pop() || "file";
}

/** The whole conversation as text, for "copy all". */
export function conversationText(messages: readonly WireMessage[]): string {
  return messages.map((m) => `${m.role}: ${messageText([m])}`).join("\n\n");
}

/** Every message in a group and its nested thoughts, in order. */
export function flatten(nodes: readonly MessageNode[]): MessageNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/**
 * Markdown split at blank lines outside fenced code and `$$` blocks: a
 * streaming reply then re-parses only its last block per update, never the
 * whole text from the start.
 */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  let math = false;
  for (const line of text.split("\n")) {
    const trimmed = line.trimStart();
    if (fence) {
      if (trimmed.startsWith(fence)) fence = null;
    } else {
      const open = /^(`{3,}|~{3,})/.exec(trimmed);
      if (open) fence = open[1];
      else if ((trimmed.match(/\$\$/g)?.length ?? 0) % 2 === 1) math = !math;
    }
    if (!fence && !math && line.trim() === "" && current.length) {
      blocks.push(current.join("\n"));
      current = [];
      continue;
    }
    current.push(line);
  }
  if (current.length) blocks.push(current.join("\n"));
  return blocks;
}

/**
 * Blocks joined into chunks of about `size` characters, each rendered (and
 * sanitized) as one: fewer, larger calls cost less than one per paragraph. A
 * chunk closes once it is long enough, so as text streams in, only the last
 * chunk ever changes.
 */
export function chunkBlocks(blocks: readonly string[], size = 2000): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const block of blocks) {
    current.push(block);
    length += block.length;
    if (length >= size) {
      chunks.push(current.join("\n\n"));
      current = [];
      length = 0;
    }
  }
  if (current.length) chunks.push(current.join("\n\n"));
  return chunks;
}
