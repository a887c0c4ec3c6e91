// Builds the cloneable AppConfig from a launched Blocks tree. Pure: no
// worker, no DOM, so Node tests drive it directly.

import { Block, Layout } from "../src/block.ts";
import type { Blocks } from "../src/blocks.ts";
import { Component } from "../src/component.ts";
import { apiNames } from "../src/api-names.ts";
import { parseSize } from "../src/sizes.ts";
import { themes, type Theme } from "../src/themes.ts";
import { UsageError } from "../src/errors.ts";
import type { Dependency } from "../src/dependency.ts";
import type { LaunchOptions } from "../src/launch.ts";
import type { AppConfig, ComponentConfig, DependencyConfig, LayoutNode, Props, ShowProgress, TriggerMode } from "./protocol.ts";

/**
 * Listener events run "always_last" by default; all others "once". A
 * stream's frame that waits for the run before it is replaced by the next
 * (Gradio's page skips frames while one is pending): never a backlog.
 */
const ALWAYS_LAST_EVENTS = new Set(["change", "input", "keyUp", "stream"]);

export interface BuiltApp {
  config: AppConfig;
  blocks: Map<number, Block>;
}

/** `text` puts translations into props and titles (worker/i18n-resolve.ts); none by default. */
export function buildConfig(app: Blocks, launch: LaunchOptions = {}, text: (value: unknown) => unknown = (v) => v): BuiltApp {
  const blocks = new Map<number, Block>();
  const layout = walk(app, blocks);
  const deps = app.dependencies;
  for (const dep of deps) {
    for (const b of [...dep.inputs, ...dep.outputs, ...dep.targets.map(([t]) => t)]) blocks.set(b.id, b);
  }
  const inputIds = new Set(deps.flatMap((d) => d.inputs.map((b) => b.id)));
  const outputIds = new Set(deps.flatMap((d) => d.outputs.map((b) => b.id)));
  const components = [...blocks.values()].filter((b) => b !== app).map((b) => componentConfig(b, inputIds, outputIds, text));
  return {
    blocks,
    config: {
      title: String(text(launch.title ?? app.options.title ?? "Gradio")),
      components,
      layout,
      dependencies: dependencyConfigs(app),
      showError: launch.showError ?? false,
      css: [app.options.css, launch.css].filter(Boolean).join("\n") || null,
      fillHeight: app.options.fillHeight ?? false,
      fillWidth: app.options.fillWidth ?? false,
      maxFileSize: parseSize(launch.maxFileSize ?? null),
      remoteImages: launch.remoteImages !== false,
      // Gradio 5 takes these in gr.Blocks(), Gradio 6 in launch(): both work, launch() winning.
      theme: themeOf(launch.theme ?? app.options.theme),
      js: jsSource(launch.js ?? app.options.js),
      head: [app.options.head, launch.head].filter((h) => typeof h === "string" && h).join("\n") || null,
    },
  };
}

export function componentConfig(b: Block, inputIds: Set<number>, outputIds: Set<number>, text: (v: unknown) => unknown = (v) => v): ComponentConfig {
  return {
    id: b.id,
    type: b.type,
    props: wireProps(text(b.props) as Props),
    interactive: interactiveOf(b, inputIds.has(b.id), outputIds.has(b.id)),
    ...(b instanceof Component && b.spec.view ? { view: b.spec.view } : {}),
  };
}

export function walk(block: Block, blocks: Map<number, Block>): LayoutNode {
  blocks.set(block.id, block);
  if (!(block instanceof Layout)) return { id: block.id };
  return { id: block.id, children: block.children.map((child) => walk(child, blocks)) };
}

function interactiveOf(block: Block, isInput: boolean, isOutput: boolean): boolean {
  const explicit = block.props.interactive;
  if (typeof explicit === "boolean") return explicit;
  if (block instanceof Component && block.spec.isInput === false) return block.type === "button" || block.type === "dataset";
  return isInput || !isOutput;
}

/** Props as they cross the wire: functions and other uncloneables dropped. */
export function wireProps(props: Props): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === "render" || typeof value === "function" || typeof value === "symbol") continue;
    if (key === "elemClasses") {
      out.elemClasses = value == null ? [] : Array.isArray(value) ? value.map(String) : String(value).split(/\s+/).filter(Boolean);
      continue;
    }
    out[key] = isCloneable(value) ? value : String(value);
  }
  return out;
}

function isCloneable(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

function dependencyConfigs(app: Blocks): DependencyConfig[] {
  const names = apiNames(app.dependencies);
  const limitDefault = app.queueOptions.defaultConcurrencyLimit ?? null;
  // Listeners sharing a concurrencyId share the first one's limit, as in Gradio.
  const limits = new Map<string, number | null>();
  return app.dependencies.map((dep) => dependencyConfig(dep, names[dep.id], limitDefault, limits));
}

/** One listener's config; `limits` carries the first limit of each concurrencyId. */
export function dependencyConfig(
  dep: Dependency,
  apiName: string | null,
  limitDefault: number | null,
  limits: Map<string, number | null>,
): DependencyConfig {
    const o = dep.options;
    const concurrencyId = o.concurrencyId ?? String(dep.id);
    const own = o.concurrencyLimit === undefined || o.concurrencyLimit === "default" ? limitDefault : o.concurrencyLimit;
    if (!limits.has(concurrencyId)) limits.set(concurrencyId, own);
    return {
      id: dep.id,
      targets: dep.targets.map(([b, event]) => [b.id, event]),
      inputs: dep.inputs.map((b) => b.id),
      outputs: dep.outputs.map((b) => b.id),
      apiName,
      queue: o.queue ?? true,
      concurrencyLimit: limits.get(concurrencyId)!,
      concurrencyId,
      triggerMode: o.triggerMode ?? defaultTriggerMode(dep),
      showProgress: o.showProgress ?? defaultShowProgress(dep),
      collectsMap: dep.collectsMap,
      cancels: (o.cancels ? (Array.isArray(o.cancels) ? o.cancels : [o.cancels]) : []).map((d) => d.id),
      hasFn: dep.fn !== null,
      // js: true runs the handler itself on the page (Gradio's client-side functions).
      js: o.js === true ? clientSource(dep) : jsSource(o.js),
      clientSide: o.js === true,
      batch: o.batch ?? false,
      maxBatchSize: o.maxBatchSize ?? 4,
      scrollToOutput: o.scrollToOutput ?? false,
      after: dep.after ? { fnId: dep.after.dep.id, on: dep.after.on } : null,
      ...(dep.whenIdle && { whenIdle: true }),
    };
}

/**
 * Gradio's defaults: ticks show nothing, nor do streams (as Gradio's live
 * Interface: their component shows that it streams, and an overlay per
 * frame would flicker), the rest the full overlay.
 */
function defaultShowProgress(dep: Dependency): ShowProgress {
  const events = dep.targets.map(([, e]) => e);
  if (events.length && events.every((e) => e === "tick" || e === "stream")) return "hidden";
  return "full";
}

function defaultTriggerMode(dep: Dependency): TriggerMode {
  return dep.targets.length > 0 && dep.targets.every(([, e]) => ALWAYS_LAST_EVENTS.has(e)) ? "always_last" : "once";
}

/** `js: true`: the handler's own source, for the page to run. */
function clientSource(dep: Dependency): string {
  if (!dep.fn) throw new UsageError("js: true runs the listener's fn on the page, but fn is null");
  return Function.prototype.toString.call(dep.fn);
}

/** The author's client-side function as source text for the page. */
function jsSource(js: unknown): string | null {
  if (js === null || js === undefined || js === false) return null;
  if (js === true) throw new UsageError("js: true is a listener option (it runs the listener's fn on the page)");
  if (typeof js === "function") return Function.prototype.toString.call(js);
  if (typeof js === "string") return js;
  throw new UsageError("js must be a function or the source text of one");
}

function themeOf(theme: unknown): AppConfig["theme"] {
  if (theme === null || theme === undefined) return null;
  const names = Object.keys(themes).map((n) => n.toLowerCase());
  if (typeof theme === "string") {
    if (!names.includes(theme.toLowerCase())) throw new UsageError(`Unknown theme "${theme}": use one of ${names.join(", ")}`);
    return { name: theme.toLowerCase(), options: {} };
  }
  const t = theme as Partial<Theme>;
  if (typeof t.name !== "string" || !names.includes(t.name)) throw new UsageError("launch({ theme }) takes a gr.themes theme, e.g. gr.themes.Soft()");
  return { name: t.name, options: { ...t.options } };
}
