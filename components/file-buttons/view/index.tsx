// gr.DownloadButton and gr.UploadButton: Gradio's button look (variant,
// size; no icon, as Gradio's without `icon`), with `label` as the text. A
// DownloadButton's click downloads its file (as an octet-stream copy, ui/safe-url.ts) and fires `click`; an
// UploadButton's click fires `click` and opens the file dialog, whose files
// become the value (replacing the last ones, as in Gradio) and fire `upload`.

import { useRef } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { Frame, classes, elemIdentity } from "../../../ui/frame.tsx";
import { download } from "../../../ui/safe-url.ts";
import type { BlockState } from "../../../ui/store.ts";
import { formatSize } from "../../../ui/upload.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { acceptAttribute, refusedMessage, sortFiles } from "../../multimodal-textbox/view/accept.ts";

function buttonClass(block: BlockState, extra: string[]): string {
  const props = block.props.value;
  return classes("gr-button", `gr-button-${(props.variant as string | undefined) ?? "secondary"}`, `gr-button-${(props.size as string | undefined) ?? "lg"}`, extra);
}

const text = (block: BlockState, fallback: string) => {
  const label = block.props.value.label;
  return typeof label === "string" ? label : fallback;
};

export function DownloadButtonView({ block, session }: ViewProps) {
  const identity = elemIdentity(block);
  const file = block.value.value as FileData | null;
  return (
    <Frame block={block} kind="button-block" bare idOnControl>
      <button
        type="button"
        id={identity.id}
        class={buttonClass(block, identity.classes)}
        disabled={block.props.value.interactive === false}
        onClick={() => {
          session.dispatch(block.config.id, "click");
          if (file?.url) void download(file.url, file.origName || "file");
        }}
      >
        {text(block, "Download")}
      </button>
    </Frame>
  );
}

export function UploadButtonView({ block, session }: ViewProps) {
  const identity = elemIdentity(block);
  const input = useRef<HTMLInputElement>(null);
  const props = block.props.value;
  const fileTypes = Array.isArray(props.fileTypes) ? (props.fileTypes as string[]) : null;
  const count = (props.fileCount as string | undefined) ?? "single";
  const multiple = count !== "single";
  const take = async (files: File[]) => {
    const { taken, refused } = sortFiles(files, fileTypes);
    if (refused.length) session.store.toast("error", refusedMessage(refused, fileTypes!), "File type not accepted");
    const picked = multiple ? taken : taken.slice(0, 1);
    if (!picked.length) return;
    const max = session.config.maxFileSize;
    const tooBig = max === null ? [] : picked.filter((f) => f.size > max);
    if (tooBig.length) {
      session.store.toast("error", `${tooBig.map((f) => `${f.name} (${formatSize(f.size)})`).join(", ")}: larger than this app accepts (${formatSize(max!)}).`, "File too large");
      return;
    }
    let stored: FileData[];
    try {
      stored = await session.upload(picked);
    } catch (error) {
      session.store.toast("error", error instanceof Error ? error.message : String(error), "Upload failed");
      return;
    }
    const value = multiple ? stored : stored[0];
    session.userInput(block.config.id, value);
    session.dispatch(block.config.id, "upload", value);
  };
  return (
    <Frame block={block} kind="button-block" bare idOnControl>
      <button
        type="button"
        id={identity.id}
        class={buttonClass(block, identity.classes)}
        disabled={props.interactive === false}
        onClick={() => {
          session.dispatch(block.config.id, "click");
          input.current?.click();
        }}
      >
        {text(block, "Upload a File")}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        accept={acceptAttribute(fileTypes)}
        multiple={multiple}
        {...(count === "directory" ? { webkitdirectory: "" } : {})}
        onChange={(e) => {
          const el = e.currentTarget;
          const files = [...(el.files ?? [])];
          el.value = "";
          void take(files);
        }}
      />
    </Frame>
  );
}
