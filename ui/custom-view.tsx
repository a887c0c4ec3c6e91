// The page side of an app's own component: a framework-free module,
// `export default function view(element, { value, props, setValue, trigger, upload })`,
// returning `{ update(value, props), destroy() }`. Its module loads by URL (the
// component's `static view`) or is registered by a bundled app
// (`registerView`). A module that fails to load or throws shows in its block,
// naming the component; the rest of the app works on.

import { useEffect, useRef, useState } from "preact/hooks";
import { BlockLabel, Frame } from "./frame.tsx";
import { addStyles } from "./styles.ts";
import { formatSize } from "./upload.ts";
import css from "./custom-view.css?inline";
import type { View, ViewProps } from "./view-types.ts";
import type { FileData, Props } from "../worker/protocol.ts";

/** What a custom view receives. */
export interface CustomViewContext {
  /** The value, as `postprocess` made it (files as FileData with a `url` to show). */
  value: unknown;
  /** The component's props: label, interactive, its own options… */
  props: Props;
  /** The user changed the value: fires `input`, then `change` when it differs. */
  setValue(value: unknown): void;
  /** Fires one of the component's events, with Gradio's event data. */
  trigger(event: string, data?: unknown): void;
  /** Stores files in the app's file cache (the app's size limit applies) and gives their FileData. */
  upload(files: Iterable<File>): Promise<FileData[]>;
}

export interface CustomViewHandle {
  update?(value: unknown, props: Props): void;
  destroy?(): void;
}

/** A custom component's page-side module. */
export type CustomViewFunction = (element: HTMLElement, context: CustomViewContext) => CustomViewHandle | void;

addStyles("custom-view", css);

const modules = new Map<string, Promise<CustomViewFunction>>();

/** @internal Starts loading the view modules an app's config names, while the rest of it renders. */
export function preloadModules(urls: string[]): void {
  for (const url of urls) loadModule(url).catch(() => undefined); // the block shows the failure
}

function loadModule(url: string): Promise<CustomViewFunction> {
  let loading = modules.get(url);
  if (!loading) {
    loading = import(/* @vite-ignore */ url).then((module: { default?: unknown }) => {
      if (typeof module.default !== "function") {
        throw new Error(`${url} has no default export: it must be \`export default function view(element, context) { … }\``);
      }
      return module.default as CustomViewFunction;
    });
    // A failed load may succeed later (the file is fixed, the network is back).
    loading.catch(() => modules.delete(url));
    modules.set(url, loading);
  }
  return loading;
}

/** @internal The view of a component whose config names its module's URL. */
export function CustomView(props: ViewProps) {
  const url = props.block.config.view!;
  return <Host {...props} load={() => loadModule(url)} source={url} />;
}

/** @internal A view registered by a bundled app, as a Preact view. */
export function adapt(view: CustomViewFunction): View {
  return (props: ViewProps) => <Host {...props} load={() => Promise.resolve(view)} source={null} />;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function Host({ block, session, load, source }: ViewProps & { load: () => Promise<CustomViewFunction>; source: string | null }) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<CustomViewHandle | null>(null);
  const sent = useRef<{ value: unknown; props: Props } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const value = block.value.value;
  const props = block.props.value;
  const id = block.config.id;
  const type = block.config.type;
  const name = typeof props.label === "string" && props.label ? `“${props.label}” (${type})` : `“${type}”`;

  useEffect(() => {
    let live = true;
    const context: CustomViewContext = {
      value: block.value.peek(),
      props: { ...block.props.peek() },
      setValue: (next) => live && session.userInput(id, next),
      trigger: (event, data = null) => live && session.dispatch(id, event, data),
      upload: async (files) => {
        const list = [...files];
        const max = session.config.maxFileSize;
        const tooBig = max === null ? [] : list.filter((f) => f.size > max);
        if (tooBig.length) {
          const message = `${tooBig.map((f) => `${f.name} (${formatSize(f.size)})`).join(", ")} larger than this app accepts (${formatSize(max!)}).`;
          session.store.toast("error", message, "File too large");
          throw new Error(message);
        }
        return session.upload(list);
      },
    };
    sent.current = { value: context.value, props: block.props.peek() };
    load().then(
      (view) => {
        if (!live || !host.current) return;
        try {
          handle.current = view(host.current, context) ?? null;
          // A value that arrived while the module loaded.
          const now = { value: block.value.peek(), props: block.props.peek() };
          if (now.value !== sent.current?.value || now.props !== sent.current?.props) {
            sent.current = now;
            handle.current?.update?.(now.value, { ...now.props });
          }
        } catch (e) {
          setError(`Its view threw: ${errorText(e)}`);
        }
      },
      (e: unknown) => live && setError(`Its view${source ? ` (${source})` : ""} did not load: ${errorText(e)}`),
    );
    return () => {
      live = false;
      try {
        handle.current?.destroy?.();
      } catch (e) {
        console.error(`gradio-lite: the view of component ${name} threw in destroy()`, e);
      }
      handle.current = null;
    };
  }, []);

  useEffect(() => {
    const last = sent.current;
    if (!handle.current?.update || (last && last.value === value && last.props === props)) return;
    sent.current = { value, props };
    try {
      handle.current.update(value, { ...props });
    } catch (e) {
      setError(`Its view threw in update(): ${errorText(e)}`);
    }
  }, [value, props]);

  return (
    <Frame block={block} kind="custom">
      <BlockLabel block={block} as="span" />
      {error && (
        <p class="gr-custom-error" role="alert">
          Component {name} cannot be shown. {error}
        </p>
      )}
      <div ref={host} class="gr-custom-view" hidden={!!error} />
    </Frame>
  );
}
