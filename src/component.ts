// The base every component shares: how arguments become props, which events
// it has, and how values cross between the page and a handler.

import type { Props } from "../worker/protocol.ts";
import { Block } from "./block.ts";
import { eventMethod, type EventMethod, type Handler } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import { I18nText } from "./i18n.ts";

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
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** Options every component takes (Gradio's keyword arguments, camelCased). */
export interface ComponentOptions {
  value?: unknown;
  label?: string | null;
  info?: string | null;
  showLabel?: boolean;
  placeholder?: string | null;
  visible?: boolean;
  interactive?: boolean | null;
  elemId?: string | null;
  elemClasses?: string | string[] | null;
  scale?: number | null;
  minWidth?: number;
  key?: string | number | null;
  render?: boolean;
  [prop: string]: unknown;
}

/** Raised for a value that does not fit its component; the page shows it. */
export class BadValueError extends Error {
  override name = "BadValueError";
}

export interface ComponentSpec {
  type: string;
  events: readonly EventName[];
  /** What a bare first argument is: the value (default), the choices, or nothing. */
  firstArg?: "value" | "choices";
  defaults?: Props;
  /** Page value → handler value. Throws BadValueError for a wrong type. */
  preprocess?: (value: unknown, props: Props) => unknown;
  /** Handler value → page value. */
  postprocess?: (value: unknown, props: Props) => unknown;
  /** File components: values cross as FileData, converted here (asynchronously) in the worker. */
  files?: {
    /** A handler's value (Blob, File, Uint8Array, ImageData, FileData, URL; or a list) → FileData. */
    store(value: unknown, props: Props): Promise<unknown>;
    /** FileData from the page → what the handler receives, per `props.type`. */
    load(value: unknown, props: Props): Promise<unknown>;
  };
  /** Puts props into their wire form in place (e.g. choices as pairs). */
  normalizeProps?: (props: Props) => void;
  /** Shown as an input of a listener by default (false for Button, Markdown…). */
  isInput?: boolean;
}

export abstract class Component extends Block {
  abstract readonly spec: ComponentSpec;

  // One property per event so `gr.on([a.click, b.submit], …)` can pass the
  // methods around uncalled; each knows its component and event.
  declare readonly click: EventMethod;
  declare readonly change: EventMethod;
  declare readonly input: EventMethod;
  declare readonly submit: EventMethod;
  declare readonly select: EventMethod;
  declare readonly focus: EventMethod;
  declare readonly blur: EventMethod;
  declare readonly release: EventMethod;
  declare readonly upload: EventMethod;
  declare readonly clear: EventMethod;
  declare readonly stream: EventMethod;
  declare readonly doubleClick: EventMethod;
  declare readonly tick: EventMethod;
  declare readonly copy: EventMethod;
  declare readonly keyUp: EventMethod;

  /** A function given as `value`: recomputed on load, on input change and on `every`. */
  valueFn: Handler | null = null;

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

/**
 * Run on every new component. Features that build on components (values
 * computed by a function, issue #3) register here, which keeps this module
 * free of import cycles with the component set.
 */
export const componentHooks: Array<(component: Component) => void> = [];

/** Builds a component class from its spec; bare calls and `extends` both work. */
export function defineComponent(spec: ComponentSpec) {
  const events = new Set<string>(spec.events);
  return class extends Component {
    readonly spec = spec;
    constructor(first?: unknown, options?: ComponentOptions) {
      const given = parseArgs(spec, first, options);
      super({ ...spec.defaults, ...given }, given);
      spec.normalizeProps?.(this.props);
      for (const name of EVENT_NAMES) {
        const method = events.has(name) ? eventMethod(this, name) : missingEvent(spec, name);
        Object.defineProperty(this, name, { value: method, enumerable: false });
      }
      if (typeof this.props.value === "function") {
        this.valueFn = this.props.value as Handler;
        this.props.value = spec.defaults?.value ?? null;
      }
      // A translated value (gr.I18n) is checked once the page's language is known.
      if (!(this.props.value instanceof I18nText)) this.props.value = this.postprocess(this.props.value);
      for (const hook of componentHooks) hook(this);
    }
  };
}

function missingEvent(spec: ComponentSpec, name: string): never & EventMethod {
  const fail = () => {
    const has = spec.events.length ? spec.events.join(", ") : "none";
    throw new UsageError(`${spec.type} has no '${name}' event; its events are: ${has}`);
  };
  return fail as never;
}

function isPlainObject(value: unknown): value is ComponentOptions {
  return value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
}

// gr.JSON's value may itself be a plain object: read it as options only when
// every key is an option name.
const COMMON_OPTIONS = new Set([
  "value", "label", "info", "showLabel", "visible", "interactive", "elemId", "elemClasses",
  "scale", "minWidth", "key", "render", "height", "open", "every", "inputs", "container",
]);

function isOptionsFor(spec: ComponentSpec, value: unknown): value is ComponentOptions {
  if (!isPlainObject(value)) return false;
  return spec.type !== "json" || Object.keys(value).every((k) => COMMON_OPTIONS.has(k));
}

function parseArgs(spec: ComponentSpec, first: unknown, options: ComponentOptions | undefined): Props {
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
