// gr.Chatbot: a conversation as Gradio's messages, `{ role, content,
// metadata?, options? }`. Content is Markdown text, a file, or a component;
// on the wire every message holds a list of typed parts, and a handler gets
// back what it would have written (a string, a FileData, a component's value).

import type { FileData } from "../../worker/protocol.ts";
import { isFileData } from "../../worker/file-data.ts";
import { BadValueError, Component, optionNames, type EventMethods, type Text } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import type { FileLike } from "../../src/file-components.ts";
import { describe } from "../../src/values.ts";

export type ChatRole = "user" | "assistant" | "system";

/** A "thought" or tool call: shown as a collapsible box titled `title`, nested under `parentId`. */
export interface MessageMetadata {
  title?: string;
  id?: string | number;
  parentId?: string | number;
  log?: string;
  /** Seconds, shown next to the title. */
  duration?: number;
  /** "pending" shows a spinner and keeps the box open; "done" closes it. */
  status?: "pending" | "done";
}

/** A clickable reply under the last message; `value` is what it sends. */
export interface ChatOption {
  value: string;
  label?: string;
}

/** A component's value shown inside a message (what `gr.Image(…)` in a message becomes). */
export interface ComponentMessage {
  component: string;
  value: unknown;
  props: Record<string, unknown>;
}

/** One piece of content as a handler receives it. */
export type MessagePart<F = FileData> = string | F | ComponentMessage;

/** A message as a handler receives it. */
export interface ChatMessage<F = FileData> {
  role: ChatRole;
  content: MessagePart<F> | Array<MessagePart<F>>;
  metadata?: MessageMetadata;
  options?: ChatOption[];
}

/** One piece of content a handler may return: text, a file (a `{ path }` too), or a component. */
export type MessagePartLike = string | number | FileLike | { path: string; altText?: string | null } | ComponentMessage | Component<unknown, unknown>;

/** A message a handler may return. */
export interface MessageLike {
  role: ChatRole;
  content: MessagePartLike | readonly MessagePartLike[];
  metadata?: MessageMetadata | null;
  options?: readonly ChatOption[] | null;
}

/** A message's content on the wire: typed parts. */
export type WirePart =
  | { type: "text"; text: string }
  | { type: "file"; file: FileData; altText: string | null }
  | { type: "component"; component: string; value: unknown; props: Record<string, unknown> };

export interface WireMessage {
  role: ChatRole;
  content: WirePart[];
  metadata: MessageMetadata | null;
  options: ChatOption[] | null;
}

/** An example shown on an empty chat: its text, files and icon (Gradio's ExampleMessage). */
export interface ExampleMessage {
  text?: string;
  displayText?: string;
  files?: ReadonlyArray<FileLike>;
  icon?: FileLike;
}

export interface LatexDelimiter {
  left: string;
  right: string;
  display: boolean;
}

export interface ChatbotOwnOptions {
  placeholder?: Text | null;
  /** Messages side by side in bubbles (default), or one full-width panel per message. */
  layout?: "bubble" | "panel" | null;
  /** The user's and the assistant's avatar: a path, URL or `<gradio-file>` name each, or null. */
  avatarImages?: readonly [FileLike | null, FileLike | null] | null;
  feedbackOptions?: readonly string[] | null;
  /** The feedback given to each assistant message, in order. */
  feedbackValue?: ReadonlyArray<string | null> | null;
  editable?: "user" | "all" | null;
  showCopyButton?: boolean;
  showCopyAllButton?: boolean;
  latexDelimiters?: readonly LatexDelimiter[] | null;
  examples?: readonly ExampleMessage[] | null;
  groupConsecutiveMessages?: boolean;
  autoscroll?: boolean;
  resizable?: boolean;
  minHeight?: number | string | null;
  maxHeight?: number | string | null;
  rtl?: boolean;
  renderMarkdown?: boolean;
  lineBreaks?: boolean;
  /** Always true here: app values never run as markup. */
  sanitizeHtml?: boolean;
  allowFileDownloads?: boolean;
  likeUserMessage?: boolean;
  /** Appended to copied messages after a blank line. */
  watermark?: string | null;
}

const CHATBOT_OPTIONS = optionNames<ChatbotOwnOptions>()(
  "placeholder", "layout", "avatarImages", "feedbackOptions", "feedbackValue", "editable", "showCopyButton",
  "showCopyAllButton", "latexDelimiters", "examples", "groupConsecutiveMessages", "autoscroll", "resizable",
  "minHeight", "maxHeight", "rtl", "renderMarkdown", "lineBreaks", "sanitizeHtml", "allowFileDownloads",
  "likeUserMessage", "watermark",
);

export type ChatbotEvent = "change" | "select" | "like" | "retry" | "undo" | "exampleSelect" | "optionSelect" | "clear" | "copy" | "edit";

export interface Chatbot extends Component<ChatMessage[], readonly MessageLike[] | null>, EventMethods<ChatbotEvent> {}

const ROLES = new Set(["user", "assistant", "system"]);

/** Python's inspect.cleandoc, which Gradio applies to text content: no common indent, no blank edges. */
export function cleandoc(text: string): string {
  const lines = text.replace(/\t/g, "        ").split("\n");
  let indent = Infinity;
  for (const line of lines.slice(1)) {
    const stripped = line.trimStart();
    if (stripped) indent = Math.min(indent, line.length - stripped.length);
  }
  const out = [lines[0].trimStart(), ...lines.slice(1).map((l) => (indent === Infinity ? l : l.slice(indent)))];
  while (out.length && !out[0].trim()) out.shift();
  while (out.length && !out.at(-1)!.trim()) out.pop();
  return out.join("\n");
}

function isComponentMessage(v: unknown): v is ComponentMessage {
  const c = v as Partial<ComponentMessage> | null;
  return !!c && typeof c === "object" && typeof c.component === "string" && !!c.props && typeof c.props === "object";
}

/** A component placed in a message: its type, value and props, as its own view shows them. */
function componentPart(c: Component): WirePart {
  const { value, render: _render, ...props } = c.normalizeProps(c.props);
  return { type: "component", component: c.type, value, props: { ...props, interactive: props.interactive ?? false } };
}

function toPart(item: unknown, where: string): WirePart | null {
  if (item === null || item === undefined) return null;
  if (typeof item === "string") return { type: "text", text: cleandoc(item) };
  if (typeof item === "number" || typeof item === "boolean") return { type: "text", text: String(item) };
  if (isFileData(item)) return { type: "file", file: item, altText: null };
  if (item instanceof Component) return componentPart(item);
  if (typeof item === "object") {
    const o = item as Record<string, unknown>;
    if (o.type === "text" && typeof o.text === "string") return { type: "text", text: o.text };
    if (o.type === "component" && isComponentMessage(o)) return { type: "component", component: o.component, value: o.value, props: o.props };
    if (isComponentMessage(o)) return { type: "component", component: o.component, value: o.value, props: o.props };
    const file = "file" in o ? o.file : "path" in o ? o : undefined;
    if (isFileData(file)) return { type: "file", file, altText: typeof o.altText === "string" ? o.altText : typeof o.alt_text === "string" ? o.alt_text : null };
  }
  throw new BadValueError(`${where}: content must be text, a file or a component, got ${describe(item)}`);
}

/** What a handler returned (after its files are stored) → the wire form. */
export function toWireMessages(value: unknown): WireMessage[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new BadValueError(`Chatbot expects a list of messages { role, content }, got ${describe(value)}`);
  const out: WireMessage[] = [];
  value.forEach((m: unknown, i) => {
    const where = `Chatbot message ${i + 1}`;
    if (Array.isArray(m)) {
      throw new BadValueError(`${where} is a [user, bot] pair: Chatbot takes messages { role: "user" | "assistant", content } (the pairs format was removed from Gradio)`);
    }
    if (!m || typeof m !== "object") throw new BadValueError(`${where} must be a message { role, content }, got ${describe(m)}`);
    const msg = m as Record<string, unknown>;
    if (!ROLES.has(msg.role as string)) throw new BadValueError(`${where}: role must be "user", "assistant" or "system", got ${describe(msg.role)}`);
    if (!("content" in msg)) throw new BadValueError(`${where} has no content`);
    const items = Array.isArray(msg.content) ? msg.content : [msg.content];
    const content = items.map((c) => toPart(c, where)).filter((p): p is WirePart => p !== null);
    // Gradio drops a message left without content.
    if (!content.length && !(msg.metadata && typeof msg.metadata === "object")) return;
    out.push({
      role: msg.role as ChatRole,
      content,
      metadata: metadataOf(msg.metadata, where),
      options: optionsOf(msg.options, where),
    });
  });
  return out;
}

function metadataOf(value: unknown, where: string): MessageMetadata | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") throw new BadValueError(`${where}: metadata must be an object, got ${describe(value)}`);
  const m = value as Record<string, unknown> & MessageMetadata;
  // Python's snake_case key, as ported code writes it.
  const parentId = m.parentId ?? (m.parent_id as string | number | undefined);
  const out: MessageMetadata = { ...m };
  delete (out as Record<string, unknown>).parent_id;
  if (parentId !== undefined) out.parentId = parentId;
  if (!Object.keys(out).length) return null;
  return out;
}

function optionsOf(value: unknown, where: string): ChatOption[] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) throw new BadValueError(`${where}: options must be a list of { value, label? }`);
  const out = value.map((o: unknown) => {
    if (typeof o === "string") return { value: o };
    const opt = o as Partial<ChatOption> | null;
    if (!opt || typeof opt !== "object" || opt.value === undefined) throw new BadValueError(`${where}: each option needs a value, got ${describe(o)}`);
    return opt.label === undefined ? { value: String(opt.value) } : { value: String(opt.value), label: String(opt.label) };
  });
  return out.length ? out : null;
}

function fromPart(part: WirePart): MessagePart {
  if (part.type === "text") return part.text;
  if (part.type === "file") return part.file;
  return { component: part.component, value: part.value, props: part.props };
}

/** The wire form → what a handler receives: one part unwrapped, as it would have been written. */
export function fromWireMessages(value: unknown): ChatMessage[] {
  if (value === null || value === undefined) return [];
  return toWireMessages(value).map((m) => {
    const message: ChatMessage = { role: m.role, content: m.content.length === 1 ? fromPart(m.content[0]) : m.content.map(fromPart) };
    if (m.metadata) message.metadata = m.metadata;
    if (m.options) message.options = m.options;
    return message;
  });
}

/**
 * Stores every file in the messages (a Blob, a `{ path }`, a file
 * component's initial value) so the wire carries FileData only. Returns new
 * objects: a streaming handler yields the same history again and again.
 */
export async function storeMessageFiles(value: unknown): Promise<unknown> {
  // Text-only messages (most of a chat, every token of a stream) have nothing to store.
  if (!Array.isArray(value) || !value.some(holdsFileToStore)) return value;
  const { toFileData } = await import("../../src/file-convert.ts");
  const storePart = async (item: unknown, name: string): Promise<unknown> => {
    if (item === null || item === undefined || typeof item === "string" || typeof item === "number" || isFileData(item)) return item;
    if (item instanceof Component) {
      if (item.initialFile === undefined || !item.spec.files) return item;
      return { type: "component", ...componentOf(item, await item.spec.files.store(item.initialFile, item.props, item)) };
    }
    if (item instanceof Blob || item instanceof Uint8Array || item instanceof ArrayBuffer) return toFileData(item, name);
    if (typeof item === "object") {
      const o = item as Record<string, unknown>;
      if (typeof o.path === "string" && !isFileData(o)) return { file: await toFileData(o.path, name), altText: o.altText ?? o.alt_text ?? null };
      if ("file" in o && o.file !== undefined && !isFileData(o.file)) return { ...o, file: await toFileData(o.file, name) };
    }
    return item;
  };
  return Promise.all(
    value.map(async (m: unknown, i) => {
      if (!m || typeof m !== "object" || Array.isArray(m) || !("content" in m)) return m;
      const msg = m as Record<string, unknown>;
      const content = Array.isArray(msg.content)
        ? await Promise.all(msg.content.map((c, j) => storePart(c, `message-${i + 1}-${j + 1}`)))
        : await storePart(msg.content, `message-${i + 1}`);
      return { ...msg, content };
    }),
  );
}

/** Whether a message holds something to put in the file cache first (not text, not a stored FileData). */
function holdsFileToStore(message: unknown): boolean {
  if (!message || typeof message !== "object" || !("content" in message)) return false;
  const content = (message as { content: unknown }).content;
  return (Array.isArray(content) ? content : [content]).some(
    (c) => c !== null && typeof c === "object" && !isFileData(c) && !(c instanceof Component && c.initialFile === undefined) && !("type" in c && ((c as { type: unknown }).type === "text" || (c as { type: unknown }).type === "component")) && !("component" in c),
  );
}

function componentOf(c: Component, value: unknown): ComponentMessage {
  const part = componentPart(c) as Extract<WirePart, { type: "component" }>;
  return { component: part.component, value: c.postprocess(value), props: part.props };
}

/** Example messages with their files and icons stored (at build). */
async function storeExamples(examples: readonly ExampleMessage[]): Promise<unknown[]> {
  const { toFileData } = await import("../../src/file-convert.ts");
  return Promise.all(
    examples.map(async (e, i) => ({
      ...e,
      files: e.files ? await Promise.all(e.files.map((f, j) => toFileData(f, `example-${i + 1}-${j + 1}`))) : undefined,
      icon: e.icon === undefined || e.icon === null ? undefined : await toFileData(e.icon, `icon-${i + 1}`),
    })),
  );
}

export const Chatbot = define<ValueFactory<Chatbot, readonly MessageLike[] | null, ChatbotOwnOptions>>({
  type: "chatbot",
  name: "Chatbot",
  events: ["change", "select", "like", "retry", "undo", "exampleSelect", "optionSelect", "clear", "copy", "edit"],
  options: CHATBOT_OPTIONS,
  defaults: {
    label: "Chatbot",
    height: 400,
    layout: "bubble",
    feedbackOptions: ["Like", "Dislike"],
    showCopyButton: true,
    showCopyAllButton: true,
    latexDelimiters: [{ left: "$$", right: "$$", display: true }],
    groupConsecutiveMessages: true,
    autoscroll: true,
    resizable: false,
    rtl: false,
    renderMarkdown: true,
    lineBreaks: true,
    sanitizeHtml: true,
    allowFileDownloads: true,
    likeUserMessage: false,
  },
  preprocess: (v) => fromWireMessages(v),
  postprocess: (v) => toWireMessages(v),
  normalizeProps: (p) => {
    if (p.sanitizeHtml === false) {
      console.warn("[gradio-lite] gr.Chatbot: sanitizeHtml: false is not supported; messages are always sanitized, so app values never run as markup.");
      p.sanitizeHtml = true;
    }
  },
  files: {
    store: (v) => storeMessageFiles(v),
    load: async (v) => v,
    props: {
      avatarImages: async (v) => (Array.isArray(v) ? storeAvatars(v) : v),
      examples: async (v) => (Array.isArray(v) ? storeExamples(v as ExampleMessage[]) : v),
    },
  },
});

async function storeAvatars(avatars: readonly unknown[]): Promise<unknown[]> {
  const { toFileData } = await import("../../src/file-convert.ts");
  return Promise.all(avatars.map((a, i) => (a === null || a === undefined ? null : toFileData(a, i === 0 ? "user-avatar" : "assistant-avatar"))));
}

/** Gradio's `gr.ChatMessage`: a message whose role defaults to "assistant". */
export function ChatMessage(message: Omit<MessageLike, "role"> & { role?: ChatRole }): MessageLike {
  return { role: "assistant", ...message } as MessageLike;
}
