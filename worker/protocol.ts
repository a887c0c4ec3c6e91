// The one contract between the worker (engine) and the page (UI, client).
// Types only: `ui/` imports this file with `import type`, so nothing here
// may carry runtime code. Every shape is structured-cloneable.

/** Id of a block (component or layout) within one app's config. */
export type BlockId = number;
/** Index of a dependency (event listener) in `AppConfig.dependencies`. */
export type FnId = number;

/** Props of a component as they cross the wire: camelCase, cloneable. */
export type Props = Record<string, unknown>;

export interface ComponentConfig {
  id: BlockId;
  /** Gradio's type name, lower-case: "textbox", "number", "row", … */
  type: string;
  props: Props;
  /** Whether the UI may edit it: explicit `interactive`, else "is an input of some listener". */
  interactive: boolean;
  /** A custom component's page-side module (its `static view`, resolved). */
  view?: string;
}

export interface LayoutNode {
  id: BlockId;
  children?: LayoutNode[];
}

export type TriggerMode = "once" | "multiple" | "always_last";
export type ShowProgress = "full" | "minimal" | "hidden";

export interface DependencyConfig {
  id: FnId;
  /** Each trigger: which block, which event ("click", "change", "load", …). */
  targets: Array<[BlockId, string]>;
  inputs: BlockId[];
  outputs: BlockId[];
  /** "/name" endpoint without the slash, or null when hidden from the API. */
  apiName: string | null;
  queue: boolean;
  concurrencyLimit: number | null;
  concurrencyId: string;
  triggerMode: TriggerMode;
  showProgress: ShowProgress;
  /** True when the handler was given inputs as a Set (it receives one Map). */
  collectsMap: boolean;
  /** Listeners whose runs this one cancels when triggered. */
  cancels: FnId[];
  /** The author's `js` function source: runs on the page first (its result becomes the inputs). */
  js: string | null;
  /** `js: true`: `js` is the handler itself, run on the page only; its result is the outputs. */
  clientSide: boolean;
  /** Gathers queued calls into one handler call (lists in, lists out). */
  batch: boolean;
  maxBatchSize: number;
  /** False for `fn: null` (a listener that only cancels, or only runs `js`). */
  hasFn: boolean;
  /** The page scrolls to the outputs when a run ends (with the element's `auto-scroll`). */
  scrollToOutput: boolean;
  /** Set for `.then` / `.success` / `.failure`: runs after that listener ends. */
  after: { fnId: FnId; on: "any" | "success" | "failure" } | null;
  /** A `load` listener of the runtime's own that the page runs once idle (src/dependency.ts). */
  whenIdle?: true;
}

/** Files stored by `upload`; `warning` once when they live in memory only (no IndexedDB). */
export interface Uploaded {
  files: FileData[];
  warning: string | null;
}

/** A file given to the app before it starts (`<gradio-file name src>`). */
export interface NamedFile {
  name: string;
  blob: Blob;
  /** Why its `src` could not be fetched (then `blob` is empty): reading it says so. */
  error?: string;
}

/** A file value: content in the app's file cache, `url` usable by the page. */
export interface FileData {
  /** `<sha256>/<name>`: names the content, and the name it came with. */
  path: string;
  url: string;
  size: number;
  origName: string;
  mimeType: string;
  /** Marks a FileData on the wire (and in JSON) as Gradio does. */
  meta: { _type: "gradio.FileData" };
}

/** One flagged dataset: what Gradio writes as `<flaggingDir>/dataset1.csv`, and the files beside it. */
export interface FlaggedDataset {
  /** The flagging folder (`flaggingDir`): ".gradio/flagged" unless the app names one. */
  dir: string;
  /** The CSV's name, as Gradio names it: "dataset1.csv", then "dataset2.csv" once the headers change. */
  file: string;
  /** The CSV's first line: the components' labels, then "flag" (with flagging options) and "timestamp". */
  headers: string[];
  /** One row per flag, oldest first, each cell as flagged (the CSV escapes formulas on download). */
  rows: string[][];
  /** The files the rows name, by the path their cell holds (`label/id/name`, relative to the CSV). */
  files: Record<string, FileData>;
}

export interface AppConfig {
  title: string;
  components: ComponentConfig[];
  layout: LayoutNode;
  dependencies: DependencyConfig[];
  showError: boolean;
  css: string | null;
  fillHeight: boolean;
  /** False (Gradio's default): the app keeps a readable maximum width, centred. */
  fillWidth: boolean;
  /** Uploads larger than this many bytes are refused on the page before they are read. */
  maxFileSize: number | null;
  /** Images from other sites in Markdown and HTML values load (launch's `remoteImages`, default true). */
  remoteImages: boolean;
  /** The app's theme (gr.themes): its name and options; the page makes the CSS. */
  theme: { name: string; options: { primaryHue?: string; radius?: "none" | "sm" | "md" | "lg" } } | null;
  /** The author's `launch({ js })` source, run on the page after render. */
  js: string | null;
  /** The author's `launch({ head })` HTML. */
  head: string | null;
}

/** Expected failures cross the boundary as data, never as thrown objects. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export type ErrorCode =
  | "syntax" // app code does not parse
  | "load" // app code threw while running
  | "no-launch" // app code ran but never called launch()
  | "not-found" // unknown endpoint / fn
  | "bad-input" // wrong argument count or type
  | "app-error" // gr.Error thrown by a handler
  | "handler" // any other exception in a handler
  | "bad-output" // handler returned the wrong shape
  | "queue-full"
  | "worker-dead"
  | "timeout";

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Optional heading shown above the message (gr.Error's `title`). */
  title?: string;
  /** Seconds its toast stays; null until dismissed. Default 10. */
  duration?: number | null;
  /** 1-based line/column in the app code, for syntax and load errors. */
  line?: number;
  column?: number;
}

/** What one gr.render run made: its block's children and their listeners. */
export interface RenderPatch {
  /** The render block's id. */
  id: BlockId;
  children: LayoutNode[];
  /** Every block in `children` (a keyed one keeps its id: the page keeps its value). */
  components: ComponentConfig[];
  /** The run's listeners (they replace the previous run's). */
  dependencies: DependencyConfig[];
}

/** A change to one output: a new value, new props, or both. */
/** A first look at a large output value, shown until the value itself lands. */
export interface Preview {
  id: BlockId;
  value: unknown;
}

export interface OutputUpdate {
  id: BlockId;
  value?: unknown;
  hasValue: boolean;
  props?: Props;
  /** A value kept in the worker (gr.State) changed: the page fires its `change`. */
  changed?: boolean;
}

/** What fired a listener: the block, the event, and what the page sent with it. */
export interface TriggerEvent {
  /** The block that fired (the app's root for `load`). */
  target: BlockId | null;
  type: string;
  /** The event's data (`{ index, value, selected }` for `select`; what a custom component's `trigger` sent). */
  data: unknown;
}

export interface SubmitRequest {
  fnId: FnId;
  /** Input values in `DependencyConfig.inputs` order. */
  data: unknown[];
  /** The trigger, handed to the handler as `ctx.event`; none for an API call. */
  event?: TriggerEvent | null;
  session: string;
  /** Nobody shows this job's queue position (client.predict): the worker sends it none. */
  quiet?: boolean;
  /**
   * An API client's call: its outputs also come as `data` (wire values in
   * output order). The page's own runs use only `updates`, so a long string
   * crosses once, not twice (structured clone shares objects, not strings).
   */
  wantsData?: boolean;
}

export type JobId = string;

/**
 * One chunk a generator yielded to a streaming gr.Audio or gr.Video (issue
 * #11): the page plays a run's chunks as one stream. Its buffers are moved,
 * not copied. `seq` counts from 1 in the run; `mimeType` has the codecs
 * (components/media/media-sniff.ts) MediaSource needs.
 */
export type MediaChunk =
  | { seq: number; mimeType: string; data: ArrayBuffer }
  /** Samples (`{ sampleRate, data }` from the handler): played as they are, no file made. */
  | { seq: number; sampleRate: number; channels: Float32Array[] };

/** What a job reports while it lives. Tagged for an exhaustive switch. */
export type JobMessage =
  /** `eta`: seconds until this job should end, from past runs of its listener. */
  | { type: "job:queued"; job: JobId; position: number; queueSize: number; eta?: number }
  | { type: "job:started"; job: JobId; eta?: number }
  | { type: "job:output"; job: JobId; updates: OutputUpdate[]; data?: unknown[]; final: boolean }
  /** A streaming Audio/Video output's next chunk: every one is sent, in order (none is coalesced). */
  | { type: "job:chunk"; job: JobId; id: BlockId; chunk: MediaChunk }
  /**
   * Sent before a plain result whose values are large (a 100k-row table): paint these meanwhile.
   * `shown` (the page's own runs): post on it once they are painted; the worker converts the
   * whole values after that (worker/previews.ts).
   */
  | { type: "job:preview"; job: JobId; previews: Preview[]; shown?: MessagePort }
  | { type: "job:progress"; job: JobId; progress: number | null; index?: number; length?: number; desc?: string }
  | { type: "job:log"; job: JobId; level: "info" | "warning"; message: string }
  /** A gr.render run: what now stands in its block, for this session. */
  | { type: "job:render"; job: JobId; patch: RenderPatch }
  | { type: "job:error"; job: JobId; error: ErrorInfo }
  /**
   * The run ended. A run that returned a plain value carries its output here
   * (`updates`, `data`): one message instead of three is most of predict's
   * latency (bench/README.md).
   */
  | { type: "job:done"; job: JobId; ok: boolean; cancelled?: boolean; updates?: OutputUpdate[]; data?: unknown[] };

/** Worker → page messages that belong to the session, not to one job. */
export type AppMessage =
  /** The answer to `session:end`, once the unload listeners ran. */
  | { type: "session:ended"; session: string }
  /** Something the user should know that no job reported (a failed save). */
  | { type: "app:log"; level: "info" | "warning"; message: string }
  /** A value kept in the worker changed outside a job (BrowserState from another tab). */
  | { type: "state:changed"; id: BlockId }
  /** The answer to `ping`: the worker still runs its event loop. */
  | { type: "pong" };

/** What the page posts on the job port, one or (what one task posted) a list. The page picks job ids. */
export type PageMessage =
  | { type: "job:submit"; job: JobId; request: SubmitRequest }
  | { type: "job:cancel"; job: JobId }
  /** The page session is over (element removed, page left): run `demo.unload`, drop its State. */
  | { type: "session:end"; session: string }
  /** The page's heartbeat (ui/heartbeat.ts). */
  | { type: "ping" };

export interface PageInfo {
  url: string;
  query: Record<string, string>;
  /** Resolved against the page: app code's relative `src` and file fetches. */
  baseUrl: string;
  /** Unique per app on this origin (page path and element): default BrowserState keys. */
  appKey: string;
  /** `navigator.languages`: which gr.I18n translations to use. */
  languages?: string[];
  /** A Web Lock the worker holds while it lives: the page hears at once when it closes or crashes. */
  life?: string;
}

export interface EndpointParameter {
  name: string;
  component: string;
  /** The component's label, when it has one. */
  label: string | null;
  default?: unknown;
  /** A value this parameter accepts, for snippets ("Hello!!", 3, the first choice…). */
  example: unknown;
  /** The value's type and meaning, from a custom component's `apiInfo`. */
  type?: string;
  description?: string;
}

export interface EndpointInfo {
  name: string; // "/add"
  fnId: FnId;
  parameters: EndpointParameter[];
  returns: EndpointParameter[];
}

export interface ApiInfo {
  endpoints: EndpointInfo[];
}

/**
 * One end of the jobs' channel as the engine posts on it: a MessagePort, or
 * the worker's own scope.
 */
export interface JobPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

/**
 * The engine's control calls, one `CallMessage` each on the Worker itself
 * (ui/remote.ts → worker/expose.ts). Jobs travel as raw `PageMessage` /
 * `JobMessage` posts, set up once with `load` or `config`: on the Worker
 * itself too (the page's apps), or on a MessagePort handed over then (tests,
 * the build's prerenderer). Predict latency is a feature: a port costs a hop
 * each way.
 */
export interface EngineApi {
  /**
   * Runs app code (the `<gradio-lite>` text) and builds its config.
   * `PageMessage`s come in and `JobMessage`s go out from then on, on `port`,
   * or on the worker itself when it is null; setting that up here saves a
   * round trip at start.
   */
  load(code: string, page: PageInfo, port: MessagePort | null, files?: NamedFile[]): Promise<Result<AppConfig>>;
  /** The config of an app already launched in this worker (npm mode), its jobs on `port` or (null) the worker itself. */
  config(page: PageInfo, port: MessagePort | null): Promise<Result<AppConfig>>;
  viewApi(): Promise<ApiInfo>;
  /** Stores files the user picked (already checked against maxFileSize on the page). */
  upload(files: Blob[], names: string[]): Promise<Result<Uploaded>>;
  /** Answers at once: used to tell a busy worker from a dead one. */
  ping(): Promise<"pong">;
  /** Every flagged dataset of this app, in every flagging folder (`client.flagged()`). */
  flagged(): Promise<Result<FlaggedDataset[]>>;
  /** What the page needs to install the app (launch's `pwa`, `favicon`); null for an app that sets neither. */
  shell(): Promise<Result<AppShell> | null>;
}

/** launch({ pwa, favicon }) as the page uses them (ui/pwa/). */
export interface AppShell {
  pwa: boolean;
  /** Absolute URL of the app's icon, or null: the page draws one. */
  favicon: string | null;
  /** Every URL this worker loaded (its scripts, chunks, files): an offline app needs them cached. */
  resources: string[];
}

/** lite.js's first word to a worker it spawns early: the element's text, to start loading what the code names (worker/lazy-api.ts). */
export interface HintMessage {
  type: "gradio-lite:hint";
  code: string;
}

/**
 * A control call: an engine method by name, its arguments cloned (a
 * MessagePort among them transferred). The page numbers its calls.
 */
export interface CallMessage {
  type: "gradio-lite:call";
  id: number;
  method: keyof EngineApi;
  args: unknown[];
}

/** A control call's answer: its value, or why the method threw (a Result says expected failures). */
export type ReplyMessage = { type: "gradio-lite:reply"; id: number } & ({ ok: true; value: unknown } | { ok: false; error: string });
