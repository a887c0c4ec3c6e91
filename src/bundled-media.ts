// gr.Image and gr.Audio for a bundled npm app: they can stream (webcam
// frames, microphone chunks) and take audio as samples. A `<gradio-lite>`
// worker loads that for code that names a stream or samples
// (worker/lazy-api.ts); a bundler cannot read names, so this module imports
// it. Own bindings, not re-exports: a bundler keeps the module of a binding
// the app uses, and with it the import below (package.json's sideEffects
// lists live-api).
import "./live-api.ts";
import { Image as BaseImage } from "../components/image/image.ts";
import { Audio as BaseAudio } from "../components/media/media.ts";
import type { FileData } from "./files.ts";

export type Image<V = FileData | null> = BaseImage<V>;
export const Image: typeof BaseImage = BaseImage;
export type Audio<V = FileData | null> = BaseAudio<V>;
export const Audio: typeof BaseAudio = BaseAudio;
