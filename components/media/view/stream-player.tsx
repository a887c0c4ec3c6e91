// A streaming gr.Audio or gr.Video output while its run's chunks play
// (issue #11): one player for the whole stream, made on the first chunk and
// fed the rest as they come. Loaded only for a streaming output. When all
// has played, the component shows its final value (the chunks joined) in
// the usual player, to replay or download.

import { useEffect, useRef, useState } from "preact/hooks";
import type { MediaFeed } from "../../../ui/store.ts";
import { Icon } from "../../../ui/parts/icons.tsx";
import { addStyles } from "../../../ui/styles.ts";
import { AudioStream, type StreamPlayerOptions } from "./stream-audio.ts";
import { VideoStream } from "./stream-video.ts";
import streamCss from "./stream.css?inline";

addStyles("media-stream", streamCss);

interface StreamPlayerProps {
  kind: "audio" | "video";
  feed: MediaFeed;
  autoplay: boolean;
  label: string;
  /** Everything played, or the run was stopped: show the component's value again. */
  onEnded(): void;
}

type Player = AudioStream | VideoStream;

/** Feeds `player` the chunks so far and each one that comes; ends it with the run. */
function useFeed(feed: MediaFeed, make: () => Player | null, onEnded: () => void): Player | null {
  const [player, setPlayer] = useState<Player | null>(null);
  useEffect(() => {
    const made = make();
    if (!made) return undefined;
    setPlayer(made);
    const take = (chunk: MediaFeed["chunks"][number] | null) => {
      if (chunk) return made.push(chunk);
      // Stop (a cancelled run) silences it at once; a run that ended plays what it sent.
      if (feed.end === "cancelled") {
        made.close();
        onEnded();
      } else made.finish();
    };
    for (const chunk of feed.chunks) made.push(chunk);
    feed.listener = take;
    if (feed.end) take(null);
    return () => {
      if (feed.listener === take) feed.listener = null;
      made.close();
    };
  }, [feed]);
  return player;
}

const time = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`;

function AudioStreamPlayer({ feed, autoplay, label, onEnded, onError }: StreamPlayerProps & { onError(m: string): void }) {
  const player = useFeed(feed, () => new AudioStream(options(autoplay, onError, onEnded)), onEnded) as AudioStream | null;
  const [, tick] = useState(0);
  // The clock is the AudioContext's: redraw its time ten times a second while this shows.
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 100);
    return () => clearInterval(timer);
  }, []);
  const played = player?.played ?? 0;
  const length = player?.length ?? 0;
  const paused = player?.paused ?? !autoplay;
  return (
    <div class="gr-stream gr-stream-audio" data-state={length === 0 ? "waiting" : paused ? "paused" : "playing"}>
      <button type="button" class="gr-stream-toggle" aria-label={paused ? `Play ${label}` : `Pause ${label}`} onClick={() => void player?.toggle().then(() => tick((n) => n + 1))}>
        <Icon size={18}>{paused ? <path d="M7 4v16l13-8z" fill="currentColor" /> : <path d="M7 4h3v16H7zM14 4h3v16h-3z" fill="currentColor" />}</Icon>
      </button>
      <span
        class="gr-stream-track"
        role="progressbar"
        aria-label={`${label}: played`}
        aria-valuemin={0}
        aria-valuemax={Math.round(length * 10) / 10}
        aria-valuenow={Math.round(played * 10) / 10}
        aria-valuetext={`${time(played)} of ${time(length)} received`}
      >
        <span class="gr-stream-played" style={{ transform: `scaleX(${length ? played / length : 0})` }} />
      </span>
      <span class="gr-stream-time" aria-hidden="true">
        {time(played)} / {time(length)}
      </span>
      <span class="gr-stream-live">{feed.end ? "Stream ended" : "Live"}</span>
    </div>
  );
}

function VideoStreamPlayer({ feed, autoplay, label, onEnded, onError }: StreamPlayerProps & { onError(m: string): void }) {
  const video = useRef<HTMLVideoElement>(null);
  useFeed(feed, () => (video.current ? new VideoStream(video.current, options(autoplay, onError, onEnded)) : null), onEnded);
  return <video ref={video} class="gr-media gr-stream-video" controls playsInline aria-label={label} />;
}

function options(autoplay: boolean, onError: (m: string) => void, onEnded: () => void): StreamPlayerOptions {
  return { autoplay, onError, onEnded };
}

export function StreamPlayer(props: StreamPlayerProps) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setError(null), [props.feed]);
  const Player = props.kind === "audio" ? AudioStreamPlayer : VideoStreamPlayer;
  return (
    <>
      <Player {...props} onError={setError} />
      {error && (
        <p class="gr-media-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
