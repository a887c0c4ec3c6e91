// An app's own component (`class PDF extends gr.Component { static type = "pdf" … }`)
// becomes a ComponentSpec like a built-in's: its statics say its type, events,
// options and view; its methods convert values. The author's `preprocess` may
// be async, and what `postprocess` returns may hold files anywhere (Blobs, or
// paths where `static dataModel` puts a gr.FileData): the engine stores them in
// the app's file cache before the page sees the value, as Gradio's data models do.

import { BadValueError, Component, EVENT_NAMES, componentTypes, customSpecs, type ComponentEventName, type ComponentSpec } from "./component.ts";
import { UsageError } from "./errors.ts";
import { fileHost, FileData, type DataModel } from "./files.ts";
import { isFileData } from "../worker/file-data.ts";
import type { Props } from "../worker/protocol.ts";

/** The statics a custom component's class may have. */
interface CustomStatics {
  type?: unknown;
  events?: unknown;
  options?: unknown;
  view?: unknown;
  dataModel?: DataModel;
}

type Convert = (this: Component, value: unknown) => unknown;

/** What a postprocess made once its files are stored: the page's value as it is. */
class Stored {
  constructor(readonly wire: unknown) {}
}

const SNAKE = new Map(EVENT_NAMES.map((e) => [e.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), e]));

function eventsOf(name: string, events: unknown): ComponentEventName[] {
  if (events === undefined) return [];
  if (!Array.isArray(events)) throw new UsageError(`${name}: \`static events\` must be a list of event names, such as ["change", "upload"]`);
  return events.map((event: unknown) => {
    const known = typeof event === "string" ? ((EVENT_NAMES as readonly string[]).includes(event) ? (event as ComponentEventName) : SNAKE.get(event)) : undefined;
    if (!known) {
      throw new UsageError(`${name} declares the event ${JSON.stringify(event)}, which Gradio components do not have. Its events must be among: ${EVENT_NAMES.join(", ")}`);
    }
    return known;
  });
}

function optionsOf(name: string, options: unknown): readonly string[] {
  if (options === undefined) return [];
  if (!Array.isArray(options) || !options.every((o) => typeof o === "string")) {
    throw new UsageError(`${name}: \`static options\` must be a list of option names, such as ["maximum"]`);
  }
  return options;
}

/** Where a view module lives: a URL, or a path relative to the page (or the app's `src`). */
function resolveView(name: string, view: unknown): string | undefined {
  if (view === undefined || view === null) return undefined;
  const text = view instanceof URL ? view.href : view;
  if (typeof text !== "string" || !text) throw new UsageError(`${name}: \`static view\` must be the URL of its page-side module`);
  try {
    return fileHost().resolve(text).href;
  } catch {
    return new URL(text, globalThis.location?.href).href;
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function labelled(component: Component, name: string): string {
  return typeof component.props.label === "string" ? `${name} "${component.props.label}"` : name;
}

/** Builds the spec of a custom component class; the base constructor calls it once per class. */
export function customSpecOf(ctor: Function): ComponentSpec {
  const statics = ctor as Function & CustomStatics;
  const name = ctor.name || "CustomComponent";
  const type = statics.type;
  if (type === undefined) throw new UsageError(`${name} extends gr.Component without a \`static type\` (class Rating extends gr.Component { static type = "rating"; … })`);
  if (typeof type !== "string" || !/^[a-z][a-z0-9_-]*$/i.test(type)) {
    throw new UsageError(`${name}: \`static type\` must be a name of letters, digits, "-" or "_" (such as "pdf"), got ${JSON.stringify(type)}`);
  }
  // A type names one component: a custom one cannot take a built-in's (a lazy group's join as it loads).
  const known = componentTypes.get(type.toLowerCase());
  if (known !== undefined && known !== name) {
    throw new UsageError(`gr.${name}: the component type "${type}" is already gr.${known}'s; give it another \`static type\``);
  }
  componentTypes.set(type.toLowerCase(), name);
  const model = statics.dataModel;
  return {
    type: type.toLowerCase(),
    name,
    events: eventsOf(name, statics.events),
    options: optionsOf(name, statics.options),
    view: resolveView(name, statics.view),
    // An app's component may take any value its author says; plain objects too.
    objectValue: true,
    setUp(component) {
      // The author's methods (or the base's), before the wrappers below shadow them.
      const pre = (component as unknown as { preprocess: Convert }).preprocess;
      const post = (component as unknown as { postprocess: Convert }).postprocess;
      authorPost.set(component, post);
      Object.defineProperty(component, "preprocess", {
        value: (value: unknown) => {
          try {
            const result = pre === componentPre ? value : pre.call(component, value);
            // An async preprocess's rejection is named when the engine awaits it (files.load).
            if (result instanceof Promise) result.catch(() => undefined);
            return result;
          } catch (error) {
            if (error instanceof BadValueError) throw error;
            throw new BadValueError(`${name}'s preprocess failed: ${describeError(error)}`);
          }
        },
      });
      Object.defineProperty(component, "postprocess", {
        value: (value: unknown) => {
          if (value instanceof Stored) return value.wire;
          const wire = runPost(component, post, name, value);
          if (holdsFiles(wire, model)) throw new BadValueError(`${name}: its value holds files, stored before the page sees them`);
          return wire;
        },
      });
    },
    files: {
      async load(value, _props, component) {
        try {
          return await value;
        } catch (error) {
          throw new BadValueError(`${labelled(component, name)}: preprocess failed: ${describeError(error)}`);
        }
      },
      async store(value, _props, component) {
        return new Stored(await storeFiles(runPost(component, authorPost.get(component)!, name, value), model, type));
      },
    },
  };
}

/** Each component's own postprocess, before setUp wrapped it. */
const authorPost = new WeakMap<Component, Convert>();

let componentPre: unknown = null;

function runPost(component: Component, post: Convert, name: string, value: unknown): unknown {
  if (post === componentPost) return value;
  try {
    return post.call(component, value);
  } catch (error) {
    if (error instanceof BadValueError) throw error;
    throw new BadValueError(`${name}'s postprocess failed: ${describeError(error)}`);
  }
}

let componentPost: unknown = null;

const isBinary = (v: unknown) =>
  v instanceof Blob || v instanceof ArrayBuffer || v instanceof Uint8Array || (typeof ImageData !== "undefined" && v instanceof ImageData);

const isPlain = (v: unknown): v is Props => v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;

/** Whether a value holds something to store in the file cache first. */
export function holdsFiles(value: unknown, model: DataModel | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (model === FileData) return !isFileData(value);
  if (isBinary(value)) return true;
  if (Array.isArray(value)) return value.some((v) => holdsFiles(v, Array.isArray(model) ? model[0] : undefined));
  if (isPlain(value) && !isFileData(value)) return Object.entries(value).some(([k, v]) => holdsFiles(v, fieldModel(model, k)));
  return false;
}

function fieldModel(model: DataModel | undefined, key: string): DataModel | undefined {
  return model && model !== FileData && !Array.isArray(model) ? (model as Record<string, DataModel>)[key] : undefined;
}

/** Stores every file in a value (Blobs anywhere, paths where the model has a gr.FileData), keeping its shape. */
export async function storeFiles(value: unknown, model: DataModel | undefined, fallbackName: string): Promise<unknown> {
  if (value === null || value === undefined) return value;
  const { toFileData } = await import("./file-convert.ts");
  const walk = async (v: unknown, m: DataModel | undefined): Promise<unknown> => {
    if (v === null || v === undefined) return v;
    if (m === FileData || isBinary(v) || isFileData(v)) return toFileData(v, fallbackName);
    if (Array.isArray(v)) return Promise.all(v.map((item) => walk(item, Array.isArray(m) ? m[0] : undefined)));
    if (isPlain(v)) {
      const out: Props = {};
      for (const [k, item] of Object.entries(v)) out[k] = await walk(item, fieldModel(m, k));
      return out;
    }
    return v;
  };
  return walk(value, model);
}

// The base constructor reads custom classes through this. It loads with app
// code that may define one (worker/lazy-api.ts), and always from npm (src/index.ts).
componentPre = Component.prototype.preprocess;
componentPost = Component.prototype.postprocess;
customSpecs.of = customSpecOf;
