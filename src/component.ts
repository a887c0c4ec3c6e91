// The base every component shares: how arguments become props, which events
// it has, and how values cross between the page and a handler.

import type { Props } from "../worker/protocol.ts";
import { Block } from "./block.ts";
import { eventMethod, type AnyHandler, type EventMethod } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import type { EventDataMap, EventName } from "./event-data.ts";
import type { InputValues, Inputs } from "./handler.ts";
import { I18nText } from "./i18n.ts";
import { checkOptions } from "./options-check.ts";
import type { Timer } from "../components/timer/timer.ts";

/** Every event name a component may have, camelCased from Gradio's. */
export const EVENT_NAMES = [
  "click",
  "change",
  "input",
  "submit",
  "select",
  "focus",
  "blur",
  "release",
  "upload",
  "clear",
  "stream",
  "doubleClick",
  "tick",
  "copy",
  "keyUp",
  "stop",
  "like",
  "retry",
  "undo",
  "edit",
  "exampleSelect",
  "optionSelect",
  "apply",
  "play",
  "pause",
  "end",
  "startRecording",
  "stopRecording",
] as const satisfies readonly EventName[];
export type ComponentEventName = (typeof EVENT_NAMES)[number];

/** A label, info or placeholder: text, or a gr.I18n key. */
export type Text = string | I18nText;

/** A value computed by a function of other components (`value: (a, b) => a * b, inputs: [a, b]`). */
export type ValueFunction<I extends Inputs, R> = (...values: InputValues<I>) => R | Promise<R>;

/** Options every component takes (Gradio's keyword arguments, camelCased). */
export interface ComponentOptions<R = unknown, I extends Inputs = Inputs> {
  /** The value; a function of `inputs` recomputes it on load and on their change. */
  value?: R | ValueFunction<I, R> | I18nText | null;
  /** Inputs of a function `value`. */
  inputs?: I;
  /** Recompute a function `value` every so many seconds, or on a gr.Timer's tick. */
  every?: number | Timer | null;
  label?: Text | null;
  info?: Text | null;
  showLabel?: boolean;
  container?: boolean;
  visible?: boolean;
  interactive?: boolean | null;
  elemId?: string | null;
  elemClasses?: string | string[] | null;
  scale?: number | null;
  minWidth?: number;
  /** Pixels, or any CSS length. */
  height?: number | string | null;
  width?: number | string | null;
  key?: string | number | null;
  preservedByKey?: string | string[] | null;
  render?: boolean;
}

/** The option names every component knows: the runtime checks given options against them. */
export const COMMON_OPTIONS: ReadonlySet<string> = new Set(
  optionNames<ComponentOptions>()(
    "value", "inputs", "every", "label", "info", "showLabel", "container", "visible", "interactive", "elemId",
    "elemClasses", "scale", "minWidth", "height", "width", "key", "preservedByKey", "render",
  ),
);

/**
 * The option names of an options interface, checked both ways by the
 * compiler: a name that is not an option, or an option left out, is a type
 * error. The types are the one source; this keeps the runtime's list true.
 */
export function optionNames<O>() {
  return <const K extends ReadonlyArray<keyof O>>(...names: K & (Exclude<keyof O, K[number]> extends never ? unknown : { missing: Exclude<keyof O, K[number]> })): readonly string[] =>
    names as readonly string[];
}

/** A component's event methods, each typed with its event's data. */
export type EventMethods<E extends EventName> = { readonly [K in E]: EventMethod<EventDataMap[K]> };

/** Raised for a value that does not fit its component; the page shows it. */
export class BadValueError extends Error {
  override name = "BadValueError";
}

export interface ComponentSpec {
  type: string;
  /** Gradio's class name ("Textbox"), for messages. */
  name: string;
  events: readonly ComponentEventName[];
  /** The component's own option names (beyond COMMON_OPTIONS); "any" takes any (gr.HTML's template props). */
  options: readonly string[] | "any";
  /** The value may be a plain object: a bare first argument is options only when all its keys are option names. */
  objectValue?: boolean;
  /** What a bare first argument is: the value (default), the choices, or nothing. */
  firstArg?: "value" | "choices";
  defaults?: Props;
  /** Page value → handler value. Throws BadValueError for a wrong type. */
  preprocess?: (value: unknown, props: Props) => unknown;
  /** Handler value → page value. */
  postprocess?: (value: unknown, props: Props) => unknown;
  /**
   * A large value's first look (a 100k-row table's first rows), converted and
   * sent before the whole value is, so the page paints it at once; undefined
   * when the value is small enough to cross as it is.
   */
  preview?: (value: unknown, props: Props) => unknown | Promise<unknown>;
  /** Starts loading the code `preview` needs: called as a run that writes this component starts, so it loads while the handler runs. */
  loadPreview?: () => Promise<unknown>;
  /** File components: values cross as FileData, converted here (asynchronously) in the worker. */
  files?: {
    /** A handler's value (Blob, File, Uint8Array, ImageData, FileData, URL; or a list) → FileData. */
    store(value: unknown, props: Props, component: Component): Promise<unknown>;
    /** FileData from the page → what the handler receives, per `props.type`. */
    load(value: unknown, props: Props, component: Component): Promise<unknown>;
    /** Props that hold files (a Chatbot's avatars): stored when the app is built. */
    props?: Record<string, (value: unknown) => Promise<unknown>>;
  };
  /** Puts props into their wire form in place (e.g. choices as pairs). */
  normalizeProps?: (props: Props) => void;
  /** Shown as an input of a listener by default (false for Button, Markdown…). */
  isInput?: boolean;
  /** Runs on each new instance before its value is checked (a custom component's hooks). */
  setUp?: (component: Component) => void;
  /** The page-side view module's URL (custom components); built-in views are the page's own. */
  view?: string;
}

declare const VALUE: unique symbol;
declare const RETURN: unique symbol;
declare const CUSTOM: unique symbol;

/**
 * A component: `V` is what a handler receives from it, `R` what a handler
 * may return to it. Both exist only for the compiler (no runtime cost).
 * Its event methods are its own, declared by each component's type.
 *
 * Built-in components and an app's own (`class PDF extends gr.Component`)
 * are made by this one constructor: a built-in's spec sits on its
 * prototype (`defineComponent`), a custom component's is read from its
 * class's statics (src/custom-spec.ts).
 */
export abstract class Component<V = unknown, R = V> extends Block {
  declare readonly [VALUE]?: V;
  declare readonly [RETURN]?: R;
  declare readonly spec: ComponentSpec;

  /** A function given as `value`: recomputed on load, on input change and on `every`. */
  valueFn: AnyHandler | null = null;

  /**
   * A file component's initial value given as a path, URL, `<gradio-file>`
   * name or Blob: stored in the file cache when the app is built.
   */
  initialFile: unknown = undefined;

  /** Its file-holding props (`spec.files.props`) are stored in the file cache. */
  filePropsStored = false;

  constructor(first?: unknown, options?: object) {
    const spec = specOf(new.target);
    const given = parseArgs(spec, first, options);
    if (spec.options !== "any") checkOptions(`gr.${spec.name}`, given, COMMON_OPTIONS, spec.options);
    super({ ...spec.defaults, ...given }, given);
    spec.setUp?.(this);
    spec.normalizeProps?.(this.props);
    const events = new Set<string>(spec.events);
    for (const name of EVENT_NAMES) {
      const method = events.has(name) ? eventMethod(this, name) : missingEvent(spec, name);
      Object.defineProperty(this, name, { value: method, enumerable: false });
    }
    if (typeof this.props.value === "function") {
      this.valueFn = this.props.value as AnyHandler;
      this.props.value = spec.defaults?.value ?? null;
    }
    // A translated value (gr.I18n) is checked once the page's language is known.
    if (!(this.props.value instanceof I18nText)) {
      try {
        this.props.value = this.postprocess(this.props.value);
      } catch (error) {
        if (!(spec.files && error instanceof BadValueError)) throw error;
        // Not yet a file in the cache: the engine stores it before the app starts.
        this.initialFile = this.props.value;
        this.props.value = this.postprocess(null);
      }
    }
    for (const hook of componentHooks) hook(this);
  }

  /** Something this component holds must be stored in the file cache before the page sees it. */
  get hasPendingFiles(): boolean {
    return this.initialFile !== undefined || (!!this.spec.files?.props && !this.filePropsStored);
  }

  get type(): string {
    return this.spec.type;
  }

  get value(): unknown {
    return this.props.value;
  }

  /** Converts a value from the page (or a client) into what the handler receives. */
  preprocess(value: unknown, props: Props = this.props): unknown {
    return this.spec.preprocess ? this.spec.preprocess(value, { ...props }) : value;
  }

  /** Props in their wire form: what an update sends. */
  normalizeProps(props: Props): Props {
    const copy = { ...props };
    this.spec.normalizeProps?.(copy);
    return copy;
  }

  /** Converts a handler's value into what the page shows. */
  postprocess(value: unknown, props: Props = this.props): unknown {
    return this.spec.postprocess ? this.spec.postprocess(value, props) : value;
  }
}

/** What a custom component's `postprocess` may return for its wire value `W`: a file anywhere as anything the cache stores. */
export type Storable<W> = W extends { meta: { _type: "gradio.FileData" } }
  ? W | Blob | File | Uint8Array | ArrayBuffer | ImageData | string
  : W extends readonly (infer T)[]
    ? Storable<T>[]
    : W extends object
      ? { [K in keyof W]: Storable<W[K]> }
      : W;

/** A custom component's value for the API page: a JSON schema of it, as Gradio's `api_info`. */
export interface ApiInfo {
  type?: string;
  description?: string;
  [key: string]: unknown;
}

/**
 * An app's own component (`class PDF extends gr.Component<Blob | null, FileData | null>`):
 * `In` is what a handler receives (what `preprocess` makes), `Wire` the value on
 * the page (what `postprocess` makes), `E` its events (all Gradio's unless given).
 */
export type CustomComponent<In = unknown, Wire = In, E extends ComponentEventName = ComponentEventName> = CustomComponentBase<In, Wire> & EventMethods<E>;

/** What every custom component has, besides its events. */
export interface CustomComponentBase<In = unknown, Wire = In> extends Component<In, Storable<Wire>> {
  readonly [CUSTOM]: true;
  /** The page's value → what the handler receives; may be async (`gr.readFile`). */
  preprocess(value: Wire): In | Promise<In>;
  /** A handler's value → the page's; files in it (Blobs, or paths where `static dataModel` says) are stored for you. */
  postprocess(value: Storable<Wire>): Storable<Wire>;
  /** The value's JSON schema for "Use via API" (Gradio's `api_info`). */
  apiInfo?(): ApiInfo;
  /** A value `preprocess` accepts, shown in "Use via API" (Gradio's `example_payload`). */
  examplePayload?(): unknown;
  /** A value `postprocess` accepts (Gradio's `example_value`). */
  exampleValue?(): unknown;
  /** The value as a flagged row's cell (Gradio's `flag`). */
  flag?(value: Wire): string;
  /** A flagged cell back to the value (Gradio's `read_from_flag`). */
  readFromFlag?(value: string): Wire;
}

/** What a handler may return to a component: a custom one's `postprocess` says it. */
export type ReturnOf<C> = C extends { readonly [CUSTOM]: true; postprocess(value: infer P): unknown }
  ? P
  : C extends Component<unknown, infer R>
    ? R
    : never;

/**
 * Run on every new component. Features that build on components (values
 * computed by a function, issue #3) register here, which keeps this module
 * free of import cycles with the component set.
 */
export const componentHooks: Array<(component: Component) => void> = [];

/** A class `defineComponent` builds. */
export type ComponentClass = new (first?: unknown, options?: object) => Component & { readonly spec: ComponentSpec };

/**
 * Every component type the worker knows, built-in or the app's own: a type
 * names one component, so a custom one cannot take a built-in's name. A lazy
 * group's types join when the group loads.
 */
export const componentTypes = new Map<string, string>();

/** Builds a component class from its spec; bare calls and `extends` both work. */
export function defineComponent(spec: ComponentSpec): ComponentClass {
  componentTypes.set(spec.type, spec.name);
  const Defined = class extends Component {};
  Object.defineProperty(Defined.prototype, "spec", { value: spec });
  return Defined as unknown as ComponentClass;
}

/** Reads a custom component's spec from its class's statics (src/custom-spec.ts installs it). */
export const customSpecs: { of: ((ctor: Function) => ComponentSpec) | null } = { of: null };

function specOf(ctor: Function): ComponentSpec {
  const proto = ctor.prototype as { spec?: ComponentSpec };
  if (Object.hasOwn(proto, "spec")) return proto.spec!;
  // A class with its own `static type` is a component of its own; one without extends another's.
  if (!Object.hasOwn(ctor, "type") && proto.spec) return proto.spec;
  if (!customSpecs.of) throw new UsageError("Custom components load for app code that names gr.Component or imports a module");
  const spec = customSpecs.of(ctor);
  Object.defineProperty(proto, "spec", { value: spec });
  return spec;
}

function missingEvent(spec: ComponentSpec, name: string): never & EventMethod {
  const fail = () => {
    const has = spec.events.length ? spec.events.join(", ") : "none";
    throw new UsageError(`${spec.type} has no '${name}' event; its events are: ${has}`);
  };
  return fail as never;
}

function isPlainObject(value: unknown): value is Props {
  return value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
}

// A value that may itself be a plain object (gr.JSON's, a MultimodalTextbox's
// `{ text, files }`) is read as options only when every key is an option name.
function isOptionsFor(spec: ComponentSpec, value: unknown): value is Props {
  if (!isPlainObject(value)) return false;
  return !spec.objectValue || Object.keys(value).every((k) => COMMON_OPTIONS.has(k) || (spec.options as readonly string[]).includes(k));
}

function parseArgs(spec: ComponentSpec, first: unknown, options: object | undefined): Props {
  if (options !== undefined && !isPlainObject(options)) {
    throw new UsageError(`${spec.type}: the second argument must be an options object`);
  }
  let props: Props;
  if (options === undefined && isOptionsFor(spec, first)) {
    props = { ...first };
  } else {
    props = { ...options };
    if (first !== undefined) props[spec.firstArg ?? "value"] = first;
  }
  return props;
}
