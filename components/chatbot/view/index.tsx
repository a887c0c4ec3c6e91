// gr.Chatbot's view: the conversation as bubbles (or panels), thoughts as
// collapsible boxes, files and components inline, and Gradio's actions:
// copy, like/dislike, retry, undo, edit, clear, examples and options. It
// follows a streaming reply unless the user has scrolled up.

import type { ComponentChildren } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { ComponentConfig, FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, classes } from "../../../ui/frame.tsx";
import { addStyles } from "../../../ui/styles.ts";
import { isPlainText } from "../../../ui/rich/plain.ts";
import { loadRenderer, useRich } from "../../../ui/rich/use-rich.ts";
import type { AppSession } from "../../../ui/session.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import proseCss from "../../markdown/view/style.css?inline";
import css from "./style.css?inline";
import { ArrowDownIcon, CheckIcon, ChevronIcon, CopyIcon, EditIcon, FlagIcon, RetryIcon, ThumbDownIcon, ThumbUpIcon, TrashIcon, UndoIcon } from "./icons.tsx";
import { conversationText, groupMessages, handlerContent, messageText, nestThoughts, type MessageGroup, type MessageNode, type WireMessage } from "./messages.ts";
import { ComponentPart, FilePart, TextPart, type TextOptions } from "./parts.tsx";
import { mediaUrl } from "../../../ui/safe-url.ts";

addStyles("prose", proseCss);
addStyles("chatbot", css);

interface Example {
  text?: string;
  displayText?: string;
  files?: FileData[];
  icon?: FileData | null;
}

/** Turns rendered at first, and added per "Show earlier messages". */
const TURNS_SHOWN = 40;

const cssSize = (v: unknown) => (typeof v === "number" ? `${v}px` : typeof v === "string" ? v : undefined);

export function ChatbotView({ block, session }: ViewProps) {
  const props = block.props.value;
  const messages = (block.value.value as WireMessage[] | null) ?? [];
  const id = block.config.id;
  const log = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const content = useRef<HTMLDivElement>(null);
  const [showScroll, setShowScroll] = useState(false);
  const [editing, setEditing] = useState<{ group: number; text: string } | null>(null);
  const [feedback, setFeedback] = useState<Record<number, string | null>>({});
  const pending = block.status.value?.state === "pending";
  const layout = props.layout === "panel" ? "panel" : "bubble";
  const avatars = (Array.isArray(props.avatarImages) ? props.avatarImages : []) as Array<FileData | null>;
  const textOptions: TextOptions = {
    renderMarkdown: props.renderMarkdown !== false,
    lineBreaks: props.lineBreaks !== false,
    latexDelimiters: props.latexDelimiters as TextOptions["latexDelimiters"],
  };
  const groups = groupMessages(nestThoughts(messages), props.groupConsecutiveMessages !== false);
  const lastBot = groups.findLastIndex((g) => g.role === "assistant");
  // A long history shows its latest turns; earlier ones come on request (or on scrolling to the top).
  const [shown, setShown] = useState(TURNS_SHOWN);
  const start = Math.max(0, groups.length - shown);
  const keepBottom = useRef<number | null>(null);
  const showEarlier = () => {
    const el = log.current;
    if (el) keepBottom.current = el.scrollHeight - el.scrollTop;
    setShown((n) => n + TURNS_SHOWN);
  };
  useLayoutEffect(() => {
    const el = log.current;
    if (el && keepBottom.current !== null) el.scrollTop = el.scrollHeight - keepBottom.current;
    keepBottom.current = null;
  }, [shown]);
  const listens = (event: string) => session.listens(id, event);

  // Follow new output while the user is at the bottom; leave them be once they scroll up.
  useLayoutEffect(() => {
    const el = log.current;
    if (!el || props.autoscroll === false) return;
    if (atBottom.current) el.scrollTop = el.scrollHeight;
    else setShowScroll(true);
  }, [block.value.value, pending]);
  useEffect(() => {
    const el = log.current;
    if (!el) return;
    let lastTop = el.scrollTop;
    // Only the user scrolling up stops the following: content that grows
    // between our scroll and its event must not look like the user left.
    const onScroll = () => {
      const up = el.scrollTop < lastTop - 2;
      lastTop = el.scrollTop;
      if (el.scrollHeight - el.scrollTop - el.clientHeight < 40) {
        atBottom.current = true;
        setShowScroll(false);
      } else if (up) {
        // As Gradio: away from the bottom, the way back shows at once (not only when more arrives).
        atBottom.current = false;
        setShowScroll(true);
      }
    };
    el.addEventListener("scroll", onScroll, { passive: true });
    return () => el.removeEventListener("scroll", onScroll);
  }, []);
  // Whatever grows the conversation (a streamed token, Markdown rendered once its
  // renderer loads, an image that loads after its text) is followed while the
  // user is at the bottom.
  useEffect(() => {
    const el = log.current;
    if (!el || !content.current || props.autoscroll === false || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(content.current);
    return () => observer.disconnect();
  }, [props.autoscroll]);
  const scrollDown = () => {
    log.current?.scrollTo({ top: log.current.scrollHeight });
    atBottom.current = true;
    setShowScroll(false);
  };

  const lastUser = () => {
    let i = messages.length - 1;
    while (i >= 0 && messages[i].role !== "user") i--;
    return i;
  };
  const retryOrUndo = (event: "retry" | "undo") => {
    const i = lastUser();
    if (i >= 0) session.dispatch(id, event, { index: i, value: handlerContent(messages[i]) });
  };
  const like = (g: number, group: MessageGroup, choice: string) => {
    const liked = choice === "Like" ? true : choice === "Dislike" ? false : choice;
    setFeedback((f) => ({ ...f, [g]: f[g] === choice ? null : choice }));
    session.dispatch(id, "like", { index: group.nodes[0].index, value: group.nodes.map((n) => handlerContent(n.message)), liked });
  };
  const submitEdit = (group: MessageGroup, text: string) => {
    setEditing(null);
    const first = group.nodes[0];
    const previous = messageText([first.message]);
    if (text === previous) return;
    const next = messages.map((m, i) => (i === first.index ? { ...m, content: [{ type: "text" as const, text }] } : m));
    session.userInput(id, next);
    session.dispatch(id, "edit", { index: first.index, value: text, previousValue: previous });
  };
  const copy = (text: string) => {
    const watermark = typeof props.watermark === "string" && props.watermark ? `\n\n${props.watermark}` : "";
    void navigator.clipboard?.writeText(text + watermark).catch(() => {});
    session.dispatch(id, "copy", { value: text });
  };
  const feedbackOptions = (Array.isArray(props.feedbackOptions) ? props.feedbackOptions : []) as string[];
  const initialFeedback = (Array.isArray(props.feedbackValue) ? props.feedbackValue : []) as Array<string | null>;
  const options = lastBot === groups.length - 1 && lastBot >= 0 ? groups[lastBot].nodes.at(-1)!.message.options : null;
  const height = cssSize(props.height);

  return (
    <Frame block={block} kind="chatbot" ownHeight>
      <div class={classes("gr-chat", `gr-chat-${layout}`, props.resizable === true && "gr-chat-resizable")} style={{ height, minHeight: cssSize(props.minHeight), maxHeight: cssSize(props.maxHeight) }} dir={props.rtl ? "rtl" : undefined}>
        <div class="gr-chat-top">
          <BlockLabel block={block} as="span" />
          {messages.length > 0 && (
            <div class="gr-chat-toolbar">
              {props.showCopyAllButton !== false && <CopyButton label="Copy conversation" onCopy={() => copy(conversationText(messages))} />}
              <IconButton label="Clear" onClick={() => {
                session.userInput(id, []);
                session.dispatch(id, "clear");
              }}>
                <TrashIcon />
              </IconButton>
            </div>
          )}
        </div>
        <div
          class="gr-chat-log"
          ref={log}
          role="log"
          aria-label="chatbot conversation"
          aria-live="polite"
          tabIndex={0}
        >
          <div class="gr-chat-messages" ref={content}>
          {messages.length === 0 && !pending && <EmptyChat placeholder={props.placeholder} examples={(props.examples ?? []) as Example[]} onPick={(i, e) => session.dispatch(id, "exampleSelect", { index: i, value: { text: e.text ?? "", files: e.files ?? [] } })} />}
          {start > 0 && (
            <button type="button" class="gr-chat-earlier" onClick={showEarlier}>
              Show earlier messages ({start} more)
            </button>
          )}
          {groups.slice(start).map((group, k) => {
            const g = start + k;
            const role = group.role === "user" ? "user" : "bot";
            const avatar = avatars[role === "user" ? 0 : 1];
            const isEditing = editing?.group === g;
            const canEdit = props.editable === "all" || (props.editable === "user" && role === "user" && group.nodes.at(-1)!.message.content.every((p) => p.type === "text"));
            const showLike = feedbackOptions.length > 0 && listens("like") && (role === "bot" || props.likeUserMessage === true);
            const isLastBot = g === lastBot && g === groups.length - 1;
            const chosen = g in feedback ? feedback[g] : (initialFeedback[groups.slice(0, g).filter((x) => x.role === "assistant").length] ?? null);
            return (
              <div key={g} class={classes("gr-chat-row", `gr-chat-${role}`)}>
                {avatar && mediaUrl(avatar.url) && <img class="gr-chat-avatar" src={mediaUrl(avatar.url)} alt={role === "user" ? "User" : "Assistant"} />}
                <div class="gr-chat-turn">
                  {isEditing ? (
                    <EditBox text={editing.text} onChange={(text) => setEditing({ group: g, text })} onSubmit={() => submitEdit(group, editing.text)} onCancel={() => setEditing(null)} />
                  ) : (
                    <div
                      class={classes("gr-chat-bubble", listens("select") && "gr-chat-selectable")}
                      onClick={listens("select") ? () => session.dispatch(id, "select", { index: group.nodes[0].index, value: handlerContent(group.nodes[0].message), selected: true }) : undefined}
                    >
                      {group.nodes.map((node) => (
                        <MessageBody key={node.index} node={node} session={session} textOptions={textOptions} downloads={props.allowFileDownloads !== false} />
                      ))}
                    </div>
                  )}
                  {!isEditing && (
                    <div class="gr-chat-actions">
                      {props.showCopyButton !== false && <CopyButton label="Copy message" onCopy={() => copy(messageText(group.nodes.map((n) => n.message)))} />}
                      {canEdit && (
                        <IconButton label="Edit" onClick={() => setEditing({ group: g, text: messageText(group.nodes.map((n) => n.message)) })}>
                          <EditIcon />
                        </IconButton>
                      )}
                      {isLastBot && listens("retry") && (
                        <IconButton label="Retry" onClick={() => retryOrUndo("retry")} disabled={pending}>
                          <RetryIcon />
                        </IconButton>
                      )}
                      {isLastBot && listens("undo") && (
                        <IconButton label="Undo" onClick={() => retryOrUndo("undo")} disabled={pending}>
                          <UndoIcon />
                        </IconButton>
                      )}
                      {showLike &&
                        feedbackOptions.map((choice) => (
                          <IconButton key={choice} label={choice} pressed={chosen === choice} onClick={() => like(g, group, choice)}>
                            {choice === "Like" ? <ThumbUpIcon filled={chosen === choice} /> : choice === "Dislike" ? <ThumbDownIcon filled={chosen === choice} /> : <FlagIcon filled={chosen === choice} />}
                          </IconButton>
                        ))}
                    </div>
                  )}
                </div>
              </div>
            );
          })}
          {pending && (messages.length === 0 || messages.at(-1)!.role === "user") && (
            <div class="gr-chat-row gr-chat-bot">
              <div class="gr-chat-bubble gr-chat-pending" role="status" aria-label="The assistant is replying">
                <span />
                <span />
                <span />
              </div>
            </div>
          )}
          {options && options.length > 0 && !pending && (
            <div class="gr-chat-options">
              {options.map((o, i) => (
                <button key={i} type="button" class="gr-chat-option" onClick={() => session.dispatch(id, "optionSelect", { index: i, value: o.value })}>
                  {o.label ?? o.value}
                </button>
              ))}
            </div>
          )}
          </div>
        </div>
        {showScroll && (
          <button type="button" class="gr-chat-scroll" aria-label="Scroll to the latest message" onClick={scrollDown}>
            <ArrowDownIcon />
          </button>
        )}
      </div>
    </Frame>
  );
}

function MessageBody({ node, session, textOptions, downloads }: { node: MessageNode; session: AppSession; textOptions: TextOptions; downloads: boolean }) {
  const { message } = node;
  const content = message.content.map((part, i) =>
    part.type === "text" ? (
      <TextPart key={i} text={part.text} options={textOptions} />
    ) : part.type === "file" ? (
      <FilePart key={i} file={part.file} altText={part.altText} downloads={downloads} />
    ) : (
      <ComponentPart key={i} part={part} session={session} />
    ),
  );
  if (!message.metadata?.title) return <>{content}</>;
  return (
    <Thought metadata={message.metadata}>
      {content}
      {node.children.map((child) => (
        <MessageBody key={child.index} node={child} session={session} textOptions={textOptions} downloads={downloads} />
      ))}
    </Thought>
  );
}

/** A thought or tool call: open while pending, closed once done, as Gradio shows it. */
function Thought({ metadata, children }: { metadata: NonNullable<WireMessage["metadata"]>; children: ComponentChildren }) {
  const [open, setOpen] = useState<boolean | null>(null);
  const isOpen = open ?? metadata.status !== "done";
  return (
    <div class={classes("gr-chat-thought", metadata.status === "pending" && "gr-chat-thought-pending")}>
      <button type="button" class="gr-chat-thought-title" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
        <span class={classes("gr-chat-chevron", isOpen && "gr-chat-chevron-open")}>
          <ChevronIcon />
        </span>
        <ThoughtTitle title={metadata.title ?? ""} />
        {metadata.status === "pending" && <span class="gr-spinner gr-chat-spinner" aria-label="in progress" />}
        {(metadata.log || typeof metadata.duration === "number") && (
          <span class="gr-chat-thought-meta">
            {metadata.log}
            {typeof metadata.duration === "number" && ` (${formatDuration(metadata.duration)})`}
          </span>
        )}
      </button>
      {isOpen && <div class="gr-chat-thought-body">{children}</div>}
    </div>
  );
}

/** A thought's title is inline Markdown (`_Thinking_ step-by-step`), as Gradio renders it. */
function ThoughtTitle({ title }: { title: string }) {
  const html = useRich("markdown", title, { latexDelimiters: [] });
  const inline = html?.trim().match(/^<p>([\s\S]*)<\/p>$/)?.[1];
  return inline === undefined ? <span class="gr-chat-thought-text">{title}</span> : <span class="gr-chat-thought-text" dangerouslySetInnerHTML={{ __html: inline }} />;
}

function formatDuration(seconds: number): string {
  return seconds < 60 ? `${Math.round(seconds * 10) / 10}s` : `${Math.floor(seconds / 60)}m ${Math.round(seconds % 60)}s`;
}

function EmptyChat({ placeholder, examples, onPick }: { placeholder: unknown; examples: Example[]; onPick: (i: number, e: Example) => void }) {
  if (!placeholder && !examples.length) return null;
  return (
    <div class="gr-chat-empty">
      {typeof placeholder === "string" && placeholder && (
        <div class="gr-chat-placeholder">
          <TextPart text={placeholder} options={{ renderMarkdown: true, lineBreaks: false }} />
        </div>
      )}
      {examples.length > 0 && (
        <div class="gr-chat-examples">
          {examples.map((e, i) => (
            <button key={i} type="button" class="gr-chat-example" onClick={() => onPick(i, e)}>
              {e.icon && mediaUrl(e.icon.url) && <img class="gr-chat-example-icon" src={mediaUrl(e.icon.url)} alt="" />}
              <span class="gr-chat-example-text">{e.displayText ?? e.text ?? ""}</span>
              {e.files && e.files.length > 0 && <span class="gr-chat-example-files">{e.files.length === 1 ? e.files[0].origName : `${e.files.length} files`}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

function EditBox({ text, onChange, onSubmit, onCancel }: { text: string; onChange: (t: string) => void; onSubmit: () => void; onCancel: () => void }) {
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  return (
    <div class="gr-chat-edit">
      <textarea
        ref={area}
        class="gr-input"
        aria-label="Edit message"
        value={text}
        rows={Math.min(8, text.split("\n").length + 1)}
        onInput={(e) => onChange((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onCancel();
          if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
      <div class="gr-chat-edit-buttons">
        <button type="button" class="gr-button gr-button-primary gr-button-sm" onClick={onSubmit}>
          Submit
        </button>
        <button type="button" class="gr-button gr-button-secondary gr-button-sm" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function IconButton({ label, onClick, children, pressed, disabled }: { label: string; onClick: () => void; children: ComponentChildren; pressed?: boolean; disabled?: boolean }) {
  return (
    <button type="button" class="gr-icon-button" aria-label={label} title={label} aria-pressed={pressed} disabled={disabled} onClick={onClick}>
      {children}
    </button>
  );
}

function CopyButton({ label, onCopy }: { label: string; onCopy: () => void }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(t);
  }, [copied]);
  return (
    <IconButton label={copied ? "Copied" : label} onClick={() => (onCopy(), setCopied(true))}>
      {copied ? <CheckIcon /> : <CopyIcon />}
    </IconButton>
  );
}


/** A chat that opens with Markdown in its history renders it once, not as plain text first. */
ChatbotView.preloadFor = (components: ComponentConfig[]) => {
  const messages = components.flatMap((c) => (c.type === "chatbot" ? ((c.props.value ?? []) as WireMessage[]) : []));
  return messages.some((m) => m.content.some((p) => p.type === "text" && !isPlainText(p.text))) ? loadRenderer() : undefined;
};
