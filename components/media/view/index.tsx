import { useEffect, useRef, useState } from "preact/hooks";
import type { ComponentConfig, FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, useControlId } from "../../../ui/frame.tsx";
import { clearFiles, uploadInto } from "../../../ui/upload.ts";
import type { PreloadingView, ViewProps } from "../../../ui/view-types.ts";
import { DropZone } from "../../file/view/index.tsx";
import { mediaUrl } from "../../../ui/safe-url.ts";
import { EmptyMedia, MediaButtons, MusicIcon, VideoIcon } from "../../image/view/buttons.tsx";
import { startRecording, type Recording } from "./recorder.ts";
import { deviceError } from "../../../ui/live/device-errors.ts";
import mediaCss from "../../file/view/style.css?inline";
import { addStyles } from "../../../ui/styles.ts";
import { lazy } from "../../../ui/lazy.ts";

addStyles("media", mediaCss);

// A streaming microphone loads only for an audio that streams (issue #11).
const LiveMicrophone = lazy(() => import("../../../ui/live/microphone-view.tsx").then((m) => m.LiveMicrophone));
// So does the player of a streaming output's chunks.
const StreamPlayer = lazy(() => import("./stream-player.tsx").then((m) => m.StreamPlayer));

/**
 * `type: "samples"` reads WAV in the worker, which has no decoder: what the
 * user uploads or records in another format becomes WAV here first (ui/live/to-wav.ts).
 */
async function asWav(files: File[]): Promise<File[]> {
  return (await import("../../../ui/live/to-wav.ts")).toWavFiles(files);
}

function mediaView(kind: "audio" | "video") {
  const recordSource = kind === "audio" ? "microphone" : "webcam";
  return function MediaView({ block, session }: ViewProps) {
    const id = useControlId();
    const props = block.props.value;
    const value = block.value.value as FileData | null;
    // Gradio takes one source alone (`sources="microphone"`).
    const sources = props.sources ? ([props.sources].flat() as string[]) : ["upload", recordSource];
    const label = typeof props.label === "string" ? props.label : kind === "audio" ? "Audio" : "Video";
    const [recording, setRecording] = useState<Recording | null>(null);
    const [error, setError] = useState<string | null>(null);
    const preview = useRef<HTMLVideoElement>(null);
    useEffect(() => {
      if (preview.current && recording) preview.current.srcObject = recording.stream;
      return undefined;
    }, [recording]);
    useEffect(() => () => recording?.cancel(), [recording]);
    const take = async (files: File[]) => {
      if (kind === "audio" && props.type === "samples") {
        try {
          files = await asWav(files);
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
          return;
        }
      }
      await uploadInto(session, block, files, false);
      session.dispatch(block.config.id, "input");
    };
    // Gradio's player events: an end is a stop (and, for a video, an end).
    const fire = (event: string) => session.dispatch(block.config.id, event);
    const player = {
      onPlay: () => fire("play"),
      onPause: () => fire("pause"),
      onEnded: () => (fire("stop"), kind === "video" && fire("end")),
    };
    const record = async () => {
      setError(null);
      try {
        setRecording(await startRecording(kind));
        fire("startRecording");
      } catch (e) {
        setError(deviceError(kind === "audio" ? "microphone" : "camera", e));
      }
    };
    const stop = async () => {
      const file = await recording!.stop();
      setRecording(null);
      fire("stopRecording");
      // Stopped before the recorder wrote anything (a device slow to start): no empty file as the value.
      if (!file.size) return setError(`Nothing was recorded: the ${kind === "audio" ? "microphone" : "camera"} sent no data before Stop. Record again.`);
      void take([file]);
    };
    const url = mediaUrl(value?.url);
    const what = kind === "audio" ? "audio" : "video";
    const interactive = !!props.interactive;
    // A streaming output plays its run's chunks as one stream, then shows its value (the chunks joined).
    const feed = props.streaming && !interactive ? session.store.feed(block.config.id).value : null;
    const [, rerender] = useState(0);
    if (feed && !feed.played) {
      const ended = () => {
        feed.played = true;
        // Played: its bytes are not needed again (the value is the joined file).
        feed.chunks.length = 0;
        rerender((n) => n + 1);
      };
      return (
        <Frame block={block} kind={kind}>
          <BlockLabel block={block} as="span" />
          <StreamPlayer kind={kind} feed={feed} autoplay={!!props.autoplay} label={label} onEnded={ended} />
        </Frame>
      );
    }
    if (kind === "audio" && props.streaming && interactive && sources.includes("microphone")) {
      return (
        <Frame block={block} kind={kind}>
          <BlockLabel block={block} as="span" />
          <LiveMicrophone block={block} session={session} label={label} />
        </Frame>
      );
    }
    return (
      <Frame block={block} kind={kind}>
        <BlockLabel block={block} htmlFor={interactive && !value ? id : undefined} as={interactive && !value ? "label" : "span"} />
        {value && !recording && (
          <>
            {/* Gradio's autoplay plays a new value; a stream's joined file has just played, so it waits. */}
            {url &&
              (kind === "audio" ? (
                <audio class="gr-media" controls src={url} aria-label={label} autoplay={!!props.autoplay && !props.streaming} {...player} />
              ) : (
                <video class="gr-media" controls src={url} aria-label={label} autoplay={!!props.autoplay && !props.streaming} {...player} />
              ))}
            <MediaButtons what={what} file={url ? { url, name: value.origName || what } : null} onClear={interactive ? () => (clearFiles(session, block, false), fire("input")) : undefined} />
          </>
        )}
        {recording && kind === "video" && <video ref={preview} class="gr-media" autoplay muted playsInline aria-label="Recording preview" />}
        {recording && (
          <p class="gr-recording" role="status">
            <span class="gr-recording-dot" aria-hidden="true" /> Recording…
          </p>
        )}
        {!value && !recording && !interactive && <EmptyMedia>{kind === "audio" ? <MusicIcon size={28} /> : <VideoIcon size={28} />}</EmptyMedia>}
        {error && (
          <p class="gr-media-error" role="alert">
            {error}
          </p>
        )}
        {interactive && !value && (
          <div class="gr-image-sources">
            {sources.includes("upload") && !recording && (
              <DropZone id={id} accept={`${kind}/*`} multiple={false} onFiles={(files) => void take(files)}>
                {kind === "audio" ? <MusicIcon size={24} /> : <VideoIcon size={24} />}
                <span>Drop {kind === "audio" ? "an audio file" : "a video"} here, or click to choose</span>
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
          </div>
        )}
      </Frame>
    );
  };
}

/**
 * A streaming output's player loads while the app starts, not when its
 * first chunk comes (which then waited on the import), and without holding
 * back the first render.
 */
const preloadFor = (components: ComponentConfig[]) => {
  if (components.some((c) => (c.type === "audio" || c.type === "video") && c.props.streaming && !c.interactive)) void StreamPlayer.preload();
  return undefined;
};

export const AudioView: PreloadingView = Object.assign(mediaView("audio"), { preloadFor });
export const VideoView: PreloadingView = Object.assign(mediaView("video"), { preloadFor });
