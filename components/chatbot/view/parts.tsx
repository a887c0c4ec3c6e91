// What a message holds: Markdown text, a file (inline image, audio or video,
// else a download chip), or another component shown read-only.

import { signal } from "@preact/signals";
import { Component } from "preact";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import type { WirePart } from "./messages.ts";
import { VIEWS } from "../../../ui/block-view.tsx";
import { isPlainText } from "../../../ui/rich/plain.ts";
import { loadRenderer, rendererLoaded, useRich, type LatexDelimiter } from "../../../ui/rich/use-rich.ts";
import { chunkBlocks, splitBlocks } from "./messages.ts";
import type { AppSession } from "../../../ui/session.ts";
import type { BlockState } from "../../../ui/store.ts";
import { FileIcon } from "./icons.tsx";
import { mediaUrl, useDownloadUrl } from "../../../ui/safe-url.ts";


export interface TextOptions {
  renderMarkdown: boolean;
  lineBreaks: boolean;
  latexDelimiters?: readonly LatexDelimiter[] | null;
}

const sameOptions = (a: TextOptions, b: TextOptions) => a.renderMarkdown === b.renderMarkdown && a.lineBreaks === b.lineBreaks && a.latexDelimiters === b.latexDelimiters;

interface TextProps {
  text: string;
  options: TextOptions;
}

/**
 * A message's text, in chunks of Markdown blocks: while a reply streams, only
 * its last chunk changes, so only that chunk is parsed and sanitized again.
 */
export function TextPart({ text, options }: TextProps) {
  const blocks = useMemo(() => (options.renderMarkdown ? chunkBlocks(splitBlocks(text)) : []), [text, options.renderMarkdown]);
  // A huge text (megabytes of Markdown) renders a slice per task, so the page never freezes.
  const [count, setCount] = useState(CHUNKS_FIRST);
  // Slices wait for the renderer: chunks shown as plain text first would all render again at once.
  const ready = useRendererReady(blocks.length > CHUNKS_FIRST);
  // Chunks per task adapt to what the last render cost (measured up to its
  // commit, in a layout effect), aiming at a few milliseconds of work each.
  const pace = useRef({ step: CHUNKS_FIRST, since: 0 });
  useLayoutEffect(() => {
    const p = pace.current;
    if (p.since) {
      const fit = Math.round((p.step * TASK_MS) / Math.max(0.5, performance.now() - p.since));
      p.step = Math.max(1, Math.min(p.step * 2, fit));
      p.since = 0;
    }
    if (!ready || count >= blocks.length) return;
    const timer = setTimeout(() => {
      p.since = performance.now();
      setCount((c) => c + p.step);
    }, 0);
    return () => clearTimeout(timer);
  }, [count, blocks.length, ready]);
  if (!options.renderMarkdown) return <div class="gr-chat-text gr-chat-plain">{text}</div>;
  return (
    <div class="gr-prose gr-chat-text">
      {blocks.slice(0, count).map((block, i) => (
        <TextBlock key={i} text={block} options={options} />
      ))}
      {count < blocks.length && <div class="gr-prose-loading">…</div>}
    </div>
  );
}

/** Whether the Markdown renderer has loaded; when `wanted`, loads it and renders again once it has. */
function useRendererReady(wanted: boolean): boolean {
  const [, rerender] = useState(0);
  const ready = rendererLoaded();
  useEffect(() => {
    if (wanted && !ready) void loadRenderer().then(() => rerender((n) => n + 1));
  }, [ready, wanted]);
  return ready;
}

/** Chunks (about 2,000 characters each) rendered at first; later tasks aim at TASK_MS of work. */
const CHUNKS_FIRST = 4;
const TASK_MS = 12;

/** Renders again only when its text (or the options) change. */
class TextBlock extends Component<TextProps> {
  override shouldComponentUpdate(next: TextProps): boolean {
    return next.text !== this.props.text || !sameOptions(next.options, this.props.options);
  }
  override render() {
    return <RichBlock {...this.props} />;
  }
}

function RichBlock({ text, options }: TextProps) {
  return isPlainText(text) ? (
    <div>
      <p>{text}</p>
    </div>
  ) : (
    <MarkdownBlock text={text} options={options} />
  );
}

function MarkdownBlock({ text, options }: TextProps) {
  const html = useRich("markdown", text, options);
  return html === null ? <div class="gr-prose-loading">{text}</div> : <div dangerouslySetInnerHTML={{ __html: html }} />;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function FilePart({ file, altText, downloads }: { file: FileData; altText: string | null; downloads: boolean }) {
  const url = mediaUrl(file.url);
  const href = useDownloadUrl(downloads ? file.url : null);
  const name = file.origName || file.path.split("/").pop() || "file";
  const kind = (file.mimeType || "").split("/")[0];
  if (url && kind === "image") return <img class="gr-chat-media" src={url} alt={altText ?? name} />;
  if (url && kind === "audio") return <audio class="gr-chat-media" src={url} controls aria-label={altText ?? name} />;
  if (url && kind === "video") return <video class="gr-chat-media" src={url} controls aria-label={altText ?? name} />;
  return (
    <a class="gr-chat-file" href={href} download={href ? name : undefined} rel="noopener noreferrer">
      <FileIcon />
      <span class="gr-chat-file-name">{name}</span>
      {file.size > 0 && <span class="gr-chat-file-size">{formatSize(file.size)}</span>}
    </a>
  );
}

/**
 * A component inside a message: its own view over a block of its own, which
 * no listener targets (id -1), shown read-only.
 */
export function ComponentPart({ part, session }: { part: Extract<WirePart, { type: "component" }>; session: AppSession }) {
  const block = useMemo<BlockState>(
    () => ({
      config: { id: -1, type: part.component, props: part.props, interactive: false },
      value: signal(part.value),
      props: signal({ ...part.props, interactive: false }),
      status: signal(null),
      update: signal(null),
    }),
    [part.component],
  );
  block.value.value = part.value;
  block.props.value = { ...part.props, interactive: false };
  const View = VIEWS[part.component];
  if (!View) return <div class="gr-chat-text">Component type “{part.component}” is not supported in a message.</div>;
  return (
    <div class="gr-chat-component">
      <View block={block} session={session} node={{ id: -1 }} />
    </div>
  );
}
