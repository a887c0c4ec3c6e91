// A Preact component loaded on first need (rarely used views and panels).
// `preload()` lets the app load the views its config names before it
// renders, so `render` fires with every component in place.
import { h, type ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

export type Lazy<P extends object> = ComponentType<P> & { preload(): Promise<unknown> };

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): Lazy<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => (loading ??= load().then((c) => (loaded = c)));
  function LazyComponent(props: P) {
    const [, rerender] = useState(0);
    // Keyed on what this render saw: the module may arrive between this
    // render and its effect, and the view must still render then.
    const ready = loaded !== null;
    // A hidden block's view loads when it shows (a view renders nothing while hidden).
    const hidden = (props as { block?: { props: { value: { visible?: unknown } } } }).block?.props.value.visible === false;
    useEffect(() => {
      if (!ready && !hidden) void preload().then(() => rerender((n) => n + 1));
    }, [ready, hidden]);
    return loaded ? h(loaded, props) : null;
  }
  return Object.assign(LazyComponent, { preload });
}
