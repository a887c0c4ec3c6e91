// The files of a MultimodalTextbox: what the user attaches (picked, dropped,
// pasted or recorded) is checked against `fileTypes` and the app's size limit,
// uploaded through the page→worker path, and added to the value; what does
// not fit is said in a notice the view shows.

import { useEffect, useRef, useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import type { AppSession } from "../../../ui/session.ts";
import type { BlockState } from "../../../ui/store.ts";
import { formatSize } from "../../../ui/upload.ts";
import { startRecording, type Recording } from "../../media/view/recorder.ts";
import { refusedMessage, sortFiles } from "./accept.ts";

/** The value on the page, as the worker sends it. */
export interface MultimodalValue {
  text: string;
  files: FileData[];
}

export function valueOf(v: unknown): MultimodalValue {
  const o = v as Partial<MultimodalValue> | null;
  return { text: typeof o?.text === "string" ? o.text : "", files: Array.isArray(o?.files) ? o.files : [] };
}

export interface AttachRules {
  fileTypes: string[] | null;
  /** "multiple" and "directory" add files; "single" replaces the one attached. */
  multiple: boolean;
  disabled: boolean;
}

export function useAttachments(block: BlockState, session: AppSession, rules: AttachRules) {
  const uploads = useRef(new Set<Promise<void>>());
  const [uploading, setUploading] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [recording, setRecording] = useState<Recording | null>(null);
  const recordingRef = useRef<Recording | null>(null);
  useEffect(() => () => recordingRef.current?.cancel(), []);

  // Uploads finish after later renders: each change starts from the latest value.
  const latest = () => valueOf(block.value.peek());
  const setValue = (next: MultimodalValue) => session.userInput(block.config.id, next);

  /** Checks `list` against fileTypes and the size limit, uploads what fits, and attaches it. */
  const attach = (list: File[]): Promise<void> => {
    if (rules.disabled || !list.length) return Promise.resolve();
    const { taken, refused } = sortFiles(list, rules.fileTypes);
    setNotice(refused.length ? refusedMessage(refused, rules.fileTypes!) : null);
    const picked = rules.multiple ? taken : taken.slice(0, 1);
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
        setValue({ text: now.text, files: rules.multiple ? [...now.files, ...stored] : stored.slice(0, 1) });
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
  };

  const setText = (text: string) => setValue({ text, files: latest().files });

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

  /** As Gradio's get_data before a submit: the recording is attached and running uploads are done. */
  const settle = async () => {
    if (recordingRef.current) await stopRecording();
    if (uploads.current.size) await Promise.allSettled([...uploads.current]);
  };
  const unsettled = () => recordingRef.current !== null || uploads.current.size > 0;

  return { attach, remove, setText, toggleRecording, settle, unsettled, uploading: uploading > 0, recording: recording !== null, notice };
}

/** What a refused or missing microphone means to the user, instead of a DOMException. */
function microphoneMessage(error: unknown): string {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "The microphone is blocked for this page. Allow it in the browser's site settings to record audio.";
  if (name === "NotFoundError") return "No microphone was found.";
  return `Could not record audio: ${error instanceof Error ? error.message : String(error)}`;
}
