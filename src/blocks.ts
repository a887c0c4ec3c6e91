// gr.Blocks: the root of an app. It owns the app's listeners and launch
// options; the engine reads both to build the config.

import { Layout } from "./block.ts";
import type { I18nText } from "./i18n.ts";
import { callable } from "./callable.ts";
import { listen, type Context, type Dependency, type DependencyOwner, type ListenerArgs } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import { launchApp, type LaunchOptions } from "./launch.ts";
import { Route } from "./layouts.ts";

export interface BlocksOptions {
  title?: string | I18nText;
  fillHeight?: boolean;
  fillWidth?: boolean;
  css?: string | null;
  analyticsEnabled?: boolean;
  /** `[frequencySeconds, ageSeconds]`: every so often, delete cached files older than the age. */
  deleteCache?: [number, number] | null;
  [option: string]: unknown;
}

export interface QueueOptions {
  defaultConcurrencyLimit?: number | null;
  maxSize?: number | null;
}

type Body = () => void;

class BlocksClass extends Layout implements DependencyOwner {
  readonly type = "blocks";
  readonly dependencies: Dependency[] = [];
  readonly options: BlocksOptions;
  queueOptions: QueueOptions = { defaultConcurrencyLimit: 1, maxSize: null };
  launchOptions: LaunchOptions | null = null;

  constructor(options?: BlocksOptions | Body, body?: Body) {
    const [opts, fn] = typeof options === "function" ? [{}, options] : [options ?? {}, body];
    if (typeof opts !== "object") throw new UsageError("gr.Blocks(options?, body): options must be an object");
    super({});
    this.options = opts;
    this.build(fn);
  }

  addDependency(dep: Dependency): void {
    dep.owner = this;
    dep.id = this.dependencies.length;
    this.dependencies.push(dep);
  }

  /**
   * Adds a page: `demo.route("Settings", () => { … })` or
   * `demo.route("Settings", "/prefs", () => { … })`. Pages are reached by
   * the navbar or the URL's hash (`#/settings`): no server rewrites needed.
   */
  route(name: string, pathOrBody?: string | (() => void), body?: () => void): this {
    const fn = typeof pathOrBody === "function" ? pathOrBody : body;
    const path = typeof pathOrBody === "string" ? pathOrBody : `/${name.toLowerCase().trim().replace(/[^\w]+/g, "-")}`;
    if (!path.startsWith("/") || path === "/") throw new UsageError(`demo.route: the path of "${name}" must start with "/" and not be "/" (the main page)`);
    this.build(() => {
      Route({ name, path: path.toLowerCase() }, fn);
    });
    return this;
  }

  /** Runs when a page session starts. */
  load(...args: ListenerArgs): Dependency {
    return listen([[this, "load"]], args, this);
  }

  /** Runs when a page session ends (the element is removed, the page is left). */
  unload(fn: (ctx: Context) => unknown): Dependency {
    return listen([[this, "unload"]], [fn, null, null, { apiName: false, queue: false }], this);
  }

  queue(options: QueueOptions = {}): this {
    this.queueOptions = { ...this.queueOptions, ...options };
    return this;
  }

  /**
   * Runs an endpoint like a function: `await demo.call("/add", [1, 2])`.
   * Resolves with the output's value (an array for several outputs).
   */
  async call(endpoint: string | number, args: unknown[] = []): Promise<unknown> {
    // Loaded on first use: most apps never call another (size-limits.json).
    const { callEndpoint } = await import("../worker/call.ts");
    return callEndpoint(this, endpoint, args);
  }

  /** Marks the app to render. */
  launch(options: LaunchOptions = {}): this {
    this.launchOptions = options;
    launchApp(this, options);
    return this;
  }
}

export type Blocks = BlocksClass;
export const Blocks = callable(BlocksClass);
