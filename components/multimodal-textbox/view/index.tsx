// gr.MultimodalTextbox's view: a textarea with files attached above it (a
// thumbnail for an image, the name for any other file), an attach button, drag
// and drop, paste, a microphone, and submit / stop buttons. As in Gradio
// (js/multimodaltextbox): Enter submits a one-line box, Shift+Enter is a new
// line; a submit waits for uploads still running; pasted text longer than
// `maxPlainTextLength` becomes a .txt file.

import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, Info, classes, describedBy, useControlId } from "../../../ui/frame.tsx";
import { addStyles } from "../../../ui/styles.ts";
import { mediaUrl } from "../../../ui/safe-url.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { SubmitStop } from "../../textbox/view/buttons.tsx";
import { fitRows } from "../../textbox/view/index.tsx";
import { acceptAttribute, accepts } from "./accept.ts";
import { useAttachments, valueOf } from "./attachments.ts";
import { CloseIcon, FileIcon, MicIcon, MusicIcon, PaperclipIcon, StopRecordingIcon, VideoIcon } from "./icons.tsx";
import css from "./style.css?inline";

addStyles("multimodal-textbox", css);

export function MultimodalTextboxView({ block, session }: ViewProps) {
  const id = useControlId();
  const blockId = block.config.id;
  const props = block.props.value;
  const value = valueOf(block.value.value);
  const disabled = !props.interactive;
  const lines = typeof props.lines === "number" ? Math.max(1, props.lines) : 1;
  const maxLines = Math.max(lines, typeof props.maxLines === "number" ? props.maxLines : 20);
  const sources = Array.isArray(props.sources) ? (props.sources as string[]) : ["upload"];
  const canUpload = sources.includes("upload");
  const fileTypes = Array.isArray(props.fileTypes) ? (props.fileTypes as string[]) : null;
  const multiple = props.fileCount === "multiple" || props.fileCount === "directory";
  const maxPlain = typeof props.maxPlainTextLength === "number" ? props.maxPlainTextLength : 1000;

  const area = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const attachments = useAttachments(block, session, { fileTypes, multiple, disabled });
  const attach = attachments.attach;

  useLayoutEffect(() => {
    if (area.current) fitRows(area.current, lines, maxLines);
  }, [value.text, lines, maxLines]);
  useEffect(() => {
    if (props.autofocus === true) area.current?.focus();
  }, []);

  const remove = (index: number) => {
    attachments.remove(index);
    // The removed chip took the focus with it.
    area.current?.focus();
  };

  // A submit waits for the recording and the uploads still running (and only then).
  const submit = async () => {
    if (disabled) return;
    if (attachments.unsettled()) await attachments.settle();
    session.dispatch(blockId, "submit");
  };

  const onPaste = (e: ClipboardEvent) => {
    if (!canUpload || !e.clipboardData) return;
    const text = e.clipboardData.getData("text");
    if (text && text.length > maxPlain) {
      const file = new File([text], "pasted_text.txt", { type: "text/plain" });
      // A box that takes no text files keeps the text as text.
      if (accepts(file, fileTypes)) {
        e.preventDefault();
        void attach([file]);
      }
      return;
    }
    const files = [...e.clipboardData.files];
    if (files.length) {
      e.preventDefault();
      void attach(files);
    }
  };

  const dropProps = canUpload
    ? {
        onDragEnter: (e: DragEvent) => {
          e.preventDefault();
          if (!disabled) setDragging(true);
        },
        onDragOver: (e: DragEvent) => e.preventDefault(),
        onDragLeave: (e: DragEvent) => {
          if (!(e.currentTarget as Node).contains(e.relatedTarget as Node | null)) setDragging(false);
        },
        onDrop: (e: DragEvent) => {
          e.preventDefault();
          setDragging(false);
          void attach([...(e.dataTransfer?.files ?? [])]);
        },
      }
    : {};

  return (
    <Frame block={block} kind="multimodaltextbox">
      <BlockLabel block={block} htmlFor={id} />
      <Info block={block} controlId={id} />
      <div class={classes("gr-mm", dragging && "gr-mm-dragging", disabled && "gr-mm-disabled")} role="group" aria-labelledby={`${id}-label`} {...dropProps}>
        {value.files.length > 0 && (
          <ul class="gr-mm-files" aria-label="Attached files">
            {value.files.map((f, i) => (
              <FileChip key={chipKey(value.files, i)} file={f} onRemove={disabled ? null : () => remove(i)} />
            ))}
          </ul>
        )}
        <div class="gr-mm-row">
          {canUpload && (
            <>
              <button type="button" class="gr-mm-button" aria-label="Attach files" title="Attach files" disabled={disabled} onClick={() => picker.current?.click()}>
                <PaperclipIcon />
              </button>
              <input
                ref={picker}
                type="file"
                hidden
                accept={acceptAttribute(fileTypes)}
                multiple={multiple}
                // Preact sets it as the DOM property, a boolean.
                {...(props.fileCount === "directory" ? { webkitdirectory: true } : {})}
                onChange={(e) => {
                  const input = e.currentTarget;
                  void attach([...(input.files ?? [])]);
                  input.value = "";
                }}
              />
            </>
          )}
          <textarea
            ref={area}
            id={id}
            class="gr-mm-text"
            rows={lines}
            value={value.text}
            placeholder={(props.placeholder as string | undefined) ?? undefined}
            disabled={disabled}
            dir={props.rtl === true ? "rtl" : undefined}
            style={props.textAlign === "left" || props.textAlign === "right" ? { textAlign: props.textAlign } : undefined}
            aria-describedby={describedBy(block, id)}
            onInput={(e) => {
              const el = e.currentTarget;
              attachments.setText(el.value);
              fitRows(el, lines, maxLines);
            }}
            onKeyDown={(e) => {
              // As in Gradio: Enter submits a one-line box; in a multi-line one Shift+Enter does.
              if (e.key !== "Enter" || e.isComposing) return;
              if (lines === 1 ? !e.shiftKey : e.shiftKey) {
                e.preventDefault();
                void submit();
              }
            }}
            onPaste={onPaste}
            onSelect={(e) => {
              const el = e.currentTarget;
              const index: [number, number] = [el.selectionStart, el.selectionEnd];
              session.dispatch(blockId, "select", { value: el.value.slice(...index), index, selected: true });
            }}
            onFocus={() => session.dispatch(blockId, "focus")}
            onBlur={() => session.dispatch(blockId, "blur")}
          />
          {sources.includes("microphone") && (
            <button
              type="button"
              class={classes("gr-mm-button", attachments.recording && "gr-mm-recording-button")}
              aria-label={attachments.recording ? "Stop recording" : "Record audio"}
              title={attachments.recording ? "Stop recording" : "Record audio"}
              disabled={disabled}
              onClick={() => void attachments.toggleRecording()}
            >
              {attachments.recording ? <StopRecordingIcon /> : <MicIcon />}
            </button>
          )}
          {(!!props.submitBtn || !!props.stopBtn) && (
            <SubmitStop submitBtn={props.submitBtn} stopBtn={props.stopBtn} disabled={disabled} onSubmit={() => void submit()} onStop={() => session.dispatch(blockId, "stop")} />
          )}
        </div>
        {(attachments.uploading || attachments.recording) && (
          <p class={classes("gr-mm-status", attachments.recording && "gr-mm-recording")} role="status">
            {attachments.recording ? <span class="gr-mm-dot" aria-hidden="true" /> : <span class="gr-spinner" aria-hidden="true" />}
            {attachments.recording ? "Recording… press Stop recording to attach it." : "Uploading…"}
          </p>
        )}
      </div>
      {attachments.notice && (
        <p class="gr-mm-notice" role="alert">
          {attachments.notice}
        </p>
      )}
    </Frame>
  );
}

/** A chip's key: its file's path, counted when the same file is attached twice, so removing one keeps the others' nodes. */
function chipKey(files: FileData[], index: number): string {
  const path = files[index].path;
  return `${path}#${files.slice(0, index).filter((f) => f.path === path).length}`;
}

function FileChip({ file, onRemove }: { file: FileData; onRemove: (() => void) | null }) {
  const kind = (file.mimeType || "").split("/")[0];
  const name = file.origName;
  return (
    <li class={classes("gr-mm-file", kind === "image" && "gr-mm-file-image")} title={name}>
      {kind === "image" ? (
        <img class="gr-mm-thumb" src={mediaUrl(file.url)} alt={name} />
      ) : (
        <>
          {kind === "audio" ? <MusicIcon /> : kind === "video" ? <VideoIcon /> : <FileIcon />}
          <span class="gr-mm-file-name">{name}</span>
        </>
      )}
      {onRemove && (
        <button type="button" class="gr-mm-remove" aria-label={`Remove ${name}`} onClick={onRemove}>
          <CloseIcon />
        </button>
      )}
    </li>
  );
}

