// gr.MultimodalTextbox's view: a textarea with files attached above it (a
// thumbnail for an image, the name for any other file), an attach button, drag
// and drop, paste, a microphone, and submit / stop buttons. As in Gradio
// (js/multimodaltextbox): Enter submits a one-line box, Shift+Enter is a new
// line; a submit waits for uploads still running; pasted text longer than
// `maxPlainTextLength` becomes a .txt file.

import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { Frame, Info, classes, describedBy, useControlId } from "../../frame.tsx";
import { addStyles } from "../../styles.ts";
import { formatSize } from "../../upload.ts";
import type { ViewProps } from "../../view-types.ts";
import { startRecording, type Recording } from "../media/recorder.ts";
import { TextboxButtons } from "../textbox/buttons.tsx";
import { acceptAttribute, accepts, refusedMessage, sortFiles } from "./accept.ts";
import { CloseIcon, FileIcon, MicIcon, MusicIcon, PaperclipIcon, StopRecordingIcon, VideoIcon } from "./icons.tsx";
import css from "./style.css?inline";

addStyles("multimodal-textbox", css);

interface Value {
  text: string;
  files: FileData[];
}

function valueOf(v: unknown): Value {
  const o = v as Partial<Value> | null;
  return { text: typeof o?.text === "string" ? o.text : "", files: Array.isArray(o?.files) ? o.files : [] };
}

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
  const label = typeof props.label === "string" && props.label ? props.label : "MultimodalTextbox";

  const area = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const uploads = useRef(new Set<Promise<void>>());
  const [uploading, setUploading] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [recording, setRecording] = useState<Recording | null>(null);
  const recordingRef = useRef<Recording | null>(null);

  useLayoutEffect(() => {
    if (area.current) fitRows(area.current, lines, maxLines);
  }, [value.text, lines, maxLines]);
  useEffect(() => {
    if (props.autofocus === true) area.current?.focus();
    return () => recordingRef.current?.cancel();
  }, []);

  // Uploads finish after later renders: each change starts from the latest value.
  const latest = () => valueOf(block.value.peek());
  const setValue = (next: Value) => session.userInput(blockId, next);

  /** Checks `list` against fileTypes and the size limit, uploads what fits, and attaches it. */
  const attach = (list: File[]): Promise<void> => {
    if (disabled || !list.length) return Promise.resolve();
    const { taken, refused } = sortFiles(list, fileTypes);
    setNotice(refused.length ? refusedMessage(refused, fileTypes!) : null);
    const picked = multiple ? taken : taken.slice(0, 1);
    const max = session.config.maxFileSize;
    const tooBig = max === null ? [] : picked.filter((f) => f.size > max);
    if (tooBig.length) {
      const names = tooBig.map((f) => `“${f.name}” (${formatSize(f.size)})`).join(", ");
      setNotice(`${names} ${tooBig.length === 1 ? "is" : "are"} larger than this app accepts (${formatSize(max!)}).`);
      return Promise.resolve();
    }
    if (!picked.length) return Promise.resolve();
    setUploading((n) => n + 1);
    const job: Promise<void> = session.upload(picked).then(
      (stored) => {
        const now = latest();
        // "single": a new file replaces the one attached.
        setValue({ text: now.text, files: multiple ? [...now.files, ...stored] : stored.slice(0, 1) });
      },
      (error: unknown) => setNotice(`Upload failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    uploads.current.add(job);
    return job.finally(() => {
      uploads.current.delete(job);
      setUploading((n) => n - 1);
    });
  };

  const remove = (index: number) => {
    const now = latest();
    setValue({ text: now.text, files: now.files.filter((_, i) => i !== index) });
    // The removed chip took the focus with it.
    area.current?.focus();
  };

  const stopRecording = async () => {
    const rec = recordingRef.current;
    if (!rec) return;
    recordingRef.current = null;
    const file = await rec.stop();
    setRecording(null);
    await attach([file]);
  };
  const toggleRecording = async () => {
    if (recordingRef.current) return stopRecording();
    setNotice(null);
    try {
      recordingRef.current = await startRecording("audio");
      setRecording(recordingRef.current);
    } catch (error) {
      setNotice(microphoneMessage(error));
    }
  };

  // As Gradio's get_data: a submit waits for the recording and the uploads still running.
  const submit = async () => {
    if (disabled) return;
    if (recordingRef.current) await stopRecording();
    if (uploads.current.size) await Promise.allSettled([...uploads.current]);
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
      {/* Gradio names an unlabelled box "MultimodalTextbox"; BlockLabel has no default for it. */}
      <label class={classes("gr-block-label", props.showLabel === false && "gr-visually-hidden")} for={id} id={`${id}-label`}>
        {label}
      </label>
      <Info block={block} controlId={id} />
      <div class={classes("gr-mm", dragging && "gr-mm-dragging", disabled && "gr-mm-disabled")} role="group" aria-labelledby={`${id}-label`} {...dropProps}>
        {value.files.length > 0 && (
          <ul class="gr-mm-files" aria-label="Attached files">
            {value.files.map((f, i) => (
              <FileChip key={`${i}:${f.path}`} file={f} onRemove={disabled ? null : () => remove(i)} />
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
                {...(props.fileCount === "directory" ? { webkitdirectory: "" } : {})}
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
              setValue({ text: el.value, files: latest().files });
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
              class={classes("gr-mm-button", recording && "gr-mm-recording-button")}
              aria-label={recording ? "Stop recording" : "Record audio"}
              title={recording ? "Stop recording" : "Record audio"}
              disabled={disabled}
              onClick={() => void toggleRecording()}
            >
              {recording ? <StopRecordingIcon /> : <MicIcon />}
            </button>
          )}
          {(!!props.submitBtn || !!props.stopBtn) && (
            <TextboxButtons submitBtn={props.submitBtn} stopBtn={props.stopBtn} disabled={disabled} onSubmit={() => void submit()} onStop={() => session.dispatch(blockId, "stop")} />
          )}
        </div>
        {(uploading > 0 || recording) && (
          <p class={classes("gr-mm-status", recording && "gr-mm-recording")} role="status">
            {recording ? <span class="gr-mm-dot" aria-hidden="true" /> : <span class="gr-spinner" aria-hidden="true" />}
            {recording ? "Recording… press Stop recording to attach it." : "Uploading…"}
          </p>
        )}
      </div>
      {notice && (
        <p class="gr-mm-notice" role="alert">
          {notice}
        </p>
      )}
    </Frame>
  );
}

function FileChip({ file, onRemove }: { file: FileData; onRemove: (() => void) | null }) {
  const kind = (file.mimeType || "").split("/")[0];
  const name = file.origName;
  return (
    <li class={classes("gr-mm-file", kind === "image" && "gr-mm-file-image")} title={name}>
      {kind === "image" ? (
        <img class="gr-mm-thumb" src={file.url} alt={name} />
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

/** What a refused or missing microphone means to the user, instead of a DOMException. */
function microphoneMessage(error: unknown): string {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "The microphone is blocked for this page. Allow it in the browser's site settings to record audio.";
  if (name === "NotFoundError") return "No microphone was found.";
  return `Could not record audio: ${error instanceof Error ? error.message : String(error)}`;
}

/** Sizes the box to its text: at least `lines` rows, at most `maxLines`, then it scrolls (as the Textbox does). */
function fitRows(el: HTMLTextAreaElement, lines: number, maxLines: number): void {
  el.style.height = "";
  if (lines === maxLines || !el.value) return;
  const css = getComputedStyle(el);
  const lineHeight = parseFloat(css.lineHeight);
  // Not laid out (a hidden tab): keep the rows until it is.
  if (!el.scrollHeight || !Number.isFinite(lineHeight)) return;
  const padding = parseFloat(css.paddingTop) + parseFloat(css.paddingBottom);
  const content = Math.min(Math.max(el.scrollHeight - padding, lines * lineHeight), maxLines * lineHeight);
  el.style.height = `${content + (css.boxSizing === "border-box" ? padding : 0)}px`;
}
