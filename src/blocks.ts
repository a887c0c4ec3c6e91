// gr.Blocks: the root of an app. It owns the app's listeners and launch
// options; the engine reads both to build the config.

import { Layout } from "./block.ts";
import type { I18nText } from "./i18n.ts";
import { callable } from "./callable.ts";
import { optionNames } from "./component.ts";
import { eventMethod, listen, type Dependency, type DependencyOwner, type EventMethod } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import type { EventData } from "./event-data.ts";
import type { Context } from "./handler.ts";
import { launchApp, type LaunchOptions } from "./launch.ts";
import { Route, type Body, type Route as RouteBlock } from "./layouts.ts";
import { checkOptions, refuseServerOptions, SERVER_ONLY_OPTIONS } from "./options-check.ts";
import type { Theme } from "./themes.ts";
// A component given a function as its value becomes a listener of the Blocks
// it is created in. Imported here, by every app, rather than by api.ts: a
// bundler keeps what an npm app uses, and every app uses Blocks.
import "./value-fn.ts";

export interface BlocksOptions {
  title?: string | I18nText;
  fillHeight?: boolean;
  fillWidth?: boolean;
  /** CSS for the app (also a `launch()` option, as in Gradio 6). */
  css?: string | null;
  /** The author's function (or its source), run on the page once the app has rendered. */
  js?: string | ((...args: never[]) => unknown) | null;
  /** HTML for the page's `<head>`. */
  head?: string | null;
  theme?: Theme | string | null;
  /** No analytics are ever sent: accepted for ported code. */
  analyticsEnabled?: boolean | null;
  /** `[frequencySeconds, ageSeconds]`: every so often, delete cached files older than the age. */
  deleteCache?: readonly [number, number] | null;
}
const BLOCKS_OPTIONS = optionNames<BlocksOptions>()("title", "fillHeight", "fillWidth", "css", "js", "head", "theme", "analyticsEnabled", "deleteCache");

export interface QueueOptions {
  defaultConcurrencyLimit?: number | null;
  maxSize?: number | null;
}

export class BlocksClass<T = unknown> extends Layout implements DependencyOwner {
  readonly type = "blocks";
  readonly dependencies: Dependency[] = [];
  readonly options: BlocksOptions;
  queueOptions: QueueOptions = { defaultConcurrencyLimit: 1, maxSize: null };
  launchOptions: LaunchOptions | null = null;
  /** What the body returned: typed endpoints for `Client<typeof demo>`. */
  declare readonly exports?: T;

  /** Runs when a page session starts: a trigger like any other (`gr.on([demo.load, …])`). */
  readonly load: EventMethod<EventData>;

  constructor(options?: BlocksOptions | Body<BlocksClass<T>>, body?: Body<BlocksClass<T>>) {
    const [opts, fn] = typeof options === "function" ? [{}, options] : [options ?? {}, body];
    if (typeof opts !== "object") throw new UsageError("gr.Blocks(options?, body): options must be an object");
    refuseServerOptions("gr.Blocks", opts);
    checkOptions("gr.Blocks", opts, BLOCKS_OPTIONS, SERVER_ONLY_OPTIONS);
    super({});
    this.options = opts;
    this.load = eventMethod(this, "load");
    this.build(fn as Body<this> | undefined);
  }

  /**
   * Places this app inside another (an Interface in a TabbedInterface or a
   * Blocks body): its listeners become the outer app's, and its own load and
   * unload events the outer app's, as Gradio's render does.
   */
  override render(): this {
    super.render();
    const root = this.root as BlocksClass | null;
    if (root && root !== this && root instanceof BlocksClass) {
      for (const dep of this.dependencies.splice(0)) {
        for (const target of dep.targets) if (target[0] === this) target[0] = root;
        root.addDependency(dep);
      }
    }
    return this;
  }

  addDependency(dep: Dependency): void {
    dep.owner = this;
    dep.id = this.dependencies.length;
    this.dependencies.push(dep);
  }

  /**
   * Adds a page: `demo.route("Settings", (page) => { … })` or
   * `demo.route("Settings", "/prefs", () => { … })`. Pages are reached by
   * the navbar or the URL's hash (`#/settings`): no server rewrites needed.
   */
  route(name: string, pathOrBody?: string | Body<RouteBlock>, body?: Body<RouteBlock>): this {
    const fn = typeof pathOrBody === "function" ? pathOrBody : body;
    const path = typeof pathOrBody === "string" ? pathOrBody : `/${name.toLowerCase().trim().replace(/[^\w]+/g, "-")}`;
    if (!path.startsWith("/") || path === "/") throw new UsageError(`demo.route: the path of "${name}" must start with "/" and not be "/" (the main page)`);
    this.build(() => {
      Route({ name, path: path.toLowerCase() }, fn);
    });
    return this;
  }

  /** Runs when a page session ends (the element is removed, the page is left). */
  unload(fn: (ctx: Context) => unknown): Dependency {
    return listen([[this, "unload"]], [fn, null, null, { apiName: false, queue: false }], this);
  }

  queue(options: QueueOptions = {}): this {
    checkOptions("demo.queue", options, ["defaultConcurrencyLimit", "maxSize"]);
    this.queueOptions = { ...this.queueOptions, ...options };
    return this;
  }

  /**
   * Runs an endpoint like a function: `await demo.call("/add", [1, 2])`, or
   * `await demo.call([1, 2])` for the app's first endpoint (calling a Blocks
   * in Gradio). Resolves with the output's value (an array for several outputs).
   */
  async call(endpoint: string | number | readonly unknown[], args: readonly unknown[] = []): Promise<unknown> {
    // Loaded on first use: most apps never call another (size-limits.json).
    const { callEndpoint } = await import("../worker/call.ts");
    return Array.isArray(endpoint) ? callEndpoint(this, null, [...endpoint]) : callEndpoint(this, endpoint as string | number, [...args]);
  }

  /** Marks the app to render. */
  launch(options: LaunchOptions = {}): this {
    this.launchOptions = options;
    launchApp(this, options);
    return this;
  }
}

export type Blocks<T = unknown> = BlocksClass<T>;

/** `gr.Blocks(body)` or `gr.Blocks(options, body)`; the body receives the app (`demo`). */
// The body's `demo` is typed without `T`, so that `T` is inferred from what
// the body returns (its listeners, for a typed client).
export interface BlocksFactory {
  <T = void>(body?: (demo: Blocks) => T): Blocks<T>;
  <T = void>(options: BlocksOptions, body?: (demo: Blocks) => T): Blocks<T>;
  new <T = void>(body?: (demo: Blocks) => T): Blocks<T>;
  new <T = void>(options: BlocksOptions, body?: (demo: Blocks) => T): Blocks<T>;
}

export const Blocks = callable(BlocksClass) as unknown as BlocksFactory;
