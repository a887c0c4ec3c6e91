// Recording with the browser's own MediaRecorder: whatever format it makes
// (webm, ogg, mp4) is what the app gets. No ffmpeg, nothing refused.

export interface Recording {
  stop(): Promise<File>;
  cancel(): void;
  stream: MediaStream;
}

export async function startRecording(kind: "audio" | "video"): Promise<Recording> {
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException("no mediaDevices", "NotSupportedError");
  const stream = await navigator.mediaDevices.getUserMedia(kind === "audio" ? { audio: true } : { video: true, audio: true });
  const recorder = new MediaRecorder(stream);
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => e.data.size && chunks.push(e.data);
  recorder.start(250);
  const release = () => stream.getTracks().forEach((t) => t.stop());
  return {
    stream,
    stop: () =>
      new Promise<File>((resolve) => {
        recorder.onstop = async () => {
          release();
          const type = recorder.mimeType || (kind === "audio" ? "audio/webm" : "video/webm");
          const ext = type.includes("ogg") ? "ogg" : type.includes("mp4") ? "mp4" : "webm";
          // The recorder's own Blobs, sent on to the worker, arrived there empty now and then (a webcam
          // clip every time in the e2e run): the file is made of the bytes themselves.
          const bytes = await new Blob(chunks).arrayBuffer();
          resolve(new File([bytes], `${kind}-${Date.now()}.${ext}`, { type }));
        };
        recorder.stop();
      }),
    cancel: () => {
      recorder.onstop = null;
      if (recorder.state !== "inactive") recorder.stop();
      release();
    },
  };
}
