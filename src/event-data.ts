// What `ctx.event` holds, per event: Gradio's EventData classes as plain
// objects. Every event carries `target` (the block that fired); the rest is
// what the page sent, spread on it as Gradio's EventData exposes its fields.

import type { Block } from "./block.ts";

/** Any event: `target` is the component (or app) that fired; null for an API call. */
export interface EventData {
  target: Block | null;
  /** The event's name ("click", "select", …); "api" for a call from a client or `demo.call`. */
  type: string;
  /** The raw data the page sent, as Gradio's `EventData._data`. */
  _data: unknown;
}

/** `select` (Gradio's gr.SelectData). */
export interface SelectData extends EventData {
  /** A choice's index; a DataFrame cell's `[row, col]`; a plot's brushed `[xMin, xMax]`. */
  index: number | [number, number];
  value: unknown;
  selected: boolean;
  /** A DataFrame's selected row, as a list of its cells. */
  rowValue?: unknown[];
  /** A DataFrame's selected column, as a list of its cells. */
  colValue?: unknown[];
}

/** `keyUp` (gr.KeyUpData). */
export interface KeyUpData extends EventData {
  key: string;
  inputValue: string;
}

/** `copy` (gr.CopyData). */
export interface CopyData extends EventData {
  value: unknown;
}

/** `like` on a Chatbot (gr.LikeData). */
export interface LikeData extends EventData {
  index: number | [number, number];
  value: unknown;
  liked: boolean | string;
}

/** `retry` on a Chatbot (gr.RetryData). */
export interface RetryData extends EventData {
  index: number | [number, number];
  value: unknown;
}

/** `undo` on a Chatbot (gr.UndoData). */
export interface UndoData extends EventData {
  index: number | [number, number];
  value: unknown;
}

/** `edit` on a Chatbot (gr.EditData). */
export interface EditData extends EventData {
  index: number | [number, number];
  value: unknown;
  previousValue: unknown;
}

/** `download` on a file component (gr.DownloadData). */
export interface DownloadData extends EventData {
  file: unknown;
}

/** `delete` on a file component (gr.DeletedFileData). */
export interface DeletedFileData extends EventData {
  file: unknown;
}

/** The data type of each event name. */
export interface EventDataMap {
  click: EventData;
  change: EventData;
  input: EventData;
  submit: EventData;
  select: SelectData;
  focus: EventData;
  blur: EventData;
  release: EventData;
  upload: EventData;
  clear: EventData;
  stream: EventData;
  doubleClick: EventData;
  tick: EventData;
  copy: CopyData;
  keyUp: KeyUpData;
  expand: EventData;
  collapse: EventData;
  load: EventData;
  stop: EventData;
  exampleSelect: SelectData;
  optionSelect: SelectData;
  like: LikeData;
  retry: RetryData;
  undo: UndoData;
  edit: EditData;
  download: DownloadData;
  delete: DeletedFileData;
  /** An ImageEditor's Apply button. */
  apply: EventData;
  /** Audio and Video: the player starts, pauses, reaches its end. */
  play: EventData;
  pause: EventData;
  end: EventData;
  /** Audio and Video: recording from the microphone or webcam starts, stops. */
  startRecording: EventData;
  stopRecording: EventData;
}

/** Every event name a block may have, camelCased from Gradio's. */
export type EventName = keyof EventDataMap;
