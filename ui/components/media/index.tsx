import { useEffect, useRef, useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, useControlId } from "../../frame.tsx";
import { clearFiles, uploadInto } from "../../upload.ts";
import type { ViewProps } from "../../view-types.ts";
import { DropZone } from "../file/index.tsx";
import { startRecording, type Recording } from "./recorder.ts";
import mediaCss from "../file/style.css?inline";
import { addStyles } from "../../styles.ts";

addStyles("media", mediaCss);

function mediaView(kind: "audio" | "video") {
  const recordSource = kind === "audio" ? "microphone" : "webcam";
  return function MediaView({ block, session }: ViewProps) {
    const id = useControlId();
    const props = block.props.value;
    const value = block.value.value as FileData | null;
    const sources = Array.isArray(props.sources) ? (props.sources as string[]) : ["upload", recordSource];
    const label = typeof props.label === "string" ? props.label : kind === "audio" ? "Audio" : "Video";
    const [recording, setRecording] = useState<Recording | null>(null);
    const [error, setError] = useState<string | null>(null);
    const preview = useRef<HTMLVideoElement>(null);
    useEffect(() => {
      if (preview.current && recording) preview.current.srcObject = recording.stream;
      return undefined;
    }, [recording]);
    useEffect(() => () => recording?.cancel(), [recording]);
    const take = (files: File[]) => void uploadInto(session, block, files, false);
    const record = async () => {
      setError(null);
      try {
        setRecording(await startRecording(kind));
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    };
    const stop = async () => {
      const file = await recording!.stop();
      setRecording(null);
      take([file]);
    };
    return (
      <Frame block={block} kind={kind}>
        <BlockLabel block={block} htmlFor={props.interactive ? id : undefined} as={props.interactive ? "label" : "span"} />
        {value &&
          !recording &&
          (kind === "audio" ? (
            <audio class="gr-media" controls src={value.url} aria-label={label} />
          ) : (
            <video class="gr-media" controls src={value.url} aria-label={label} />
          ))}
        {recording && kind === "video" && <video ref={preview} class="gr-media" autoplay muted playsInline aria-label="Recording preview" />}
        {recording && (
          <p class="gr-recording" role="status">
            <span class="gr-recording-dot" aria-hidden="true" /> Recording…
          </p>
        )}
        {!value && !recording && !props.interactive && <span class="gr-empty">No {kind}</span>}
        {error && (
          <p class="gr-media-error" role="alert">
            {error}
          </p>
        )}
        {props.interactive && (
          <div class="gr-image-sources">
            {sources.includes("upload") && !recording && (
              <DropZone id={id} accept={`${kind}/*`} multiple={false} onFiles={take}>
                {value ? `Drop ${kind === "audio" ? "an audio file" : "a video"}, or click to replace` : `Drop ${kind === "audio" ? "an audio file" : "a video"} here, or click to choose`}
              </DropZone>
            )}
            {sources.includes(recordSource) &&
              (recording ? (
                <button type="button" class="gr-button gr-button-stop gr-button-sm" onClick={() => void stop()}>
                  Stop recording
                </button>
              ) : (
                <button type="button" class="gr-button gr-button-secondary gr-button-sm" onClick={() => void record()}>
                  {kind === "audio" ? "Record from microphone" : "Record from webcam"}
                </button>
              ))}
            {value && !recording && (
              <button type="button" class="gr-button gr-button-secondary gr-button-sm gr-clear" onClick={() => clearFiles(session, block, false)}>
                Clear
              </button>
            )}
          </div>
        )}
      </Frame>
    );
  };
}

export const AudioView = mediaView("audio");
export const VideoView = mediaView("video");
