// Picks the view for each block of the layout tree.

import { Button } from "../components/button/view/index.tsx";

// Views most apps never show load on first use: the hello-world page stays within size-limits.json.
import { lazy, type Lazy } from "./lazy.ts";

import { HTML } from "../components/html/view/index.tsx";
import { Column, Group, Row } from "../components/layout/view/index.tsx";
import { Textbox } from "../components/textbox/view/index.tsx";
import type { AppSession } from "./session.ts";
import type { PreloadingView, View, ViewProps } from "./view-types.ts";
import type { ComponentConfig, LayoutNode } from "../worker/protocol.ts";

// An app's own components (ui/custom-view.tsx): by the URL in their config, or registered by a bundled app.
const customView = lazy(() => import("./custom-view.tsx").then((m) => m.CustomView));

const nativePlot = lazy(() => import("../components/native-plot/view/index.tsx").then((m) => m.NativePlotView));

export const VIEWS: Record<string, View> = {
  textbox: Textbox,
  number: lazy(() => import("../components/number/view/index.tsx").then((m) => m.NumberView)),
  // Preloaded before the first render when an app uses them (preloadViews).
  slider: lazy(() => import("../components/slider/view/index.tsx").then((m) => m.Slider)),
  checkbox: lazy(() => import("../components/checkbox/view/index.tsx").then((m) => m.Checkbox)),
  checkboxgroup: lazy(() => import("../components/checkbox-group/view/index.tsx").then((m) => m.CheckboxGroup)),
  radio: lazy(() => import("../components/radio/view/index.tsx").then((m) => m.Radio)),
  dropdown: lazy(() => import("../components/dropdown/view/index.tsx").then((m) => m.Dropdown)),
  button: Button,
  markdown: lazy(() => import("../components/markdown/view/index.tsx").then((m) => m.Markdown)),
  html: HTML,
  json: lazy(() => import("../components/json/view/index.tsx").then((m) => m.JSONView)),
  label: lazy(() => import("../components/label/view/index.tsx").then((m) => m.Label)),
  dataset: lazy(() => import("../components/dataset/view/index.tsx").then((m) => m.Dataset)),
  file: lazy(() => import("../components/file/view/index.tsx").then((m) => m.FileView)),
  image: lazy(() => import("../components/image/view/index.tsx").then((m) => m.ImageView)),
  audio: lazy(() => import("../components/media/view/index.tsx").then((m) => m.AudioView)),
  video: lazy(() => import("../components/media/view/index.tsx").then((m) => m.VideoView)),
  gallery: lazy(() => import("../components/gallery/view/index.tsx").then((m) => m.Gallery)),
  chatbot: lazy(() => import("../components/chatbot/view/index.tsx").then((m) => m.ChatbotView)),
  // One view (and one chunk, with uPlot) for Gradio's three native plots.
  lineplot: nativePlot,
  scatterplot: nativePlot,
  barplot: nativePlot,
  dataframe: lazy(() => import("../components/dataframe/view/index.tsx").then((m) => m.DataFrameView)),
  multimodaltextbox: lazy(() => import("../components/multimodal-textbox/view/index.tsx").then((m) => m.MultimodalTextboxView)),
  datetime: lazy(() => import("../components/datetime/view/index.tsx").then((m) => m.DateTimeView)),
  code: lazy(() => import("../components/code/view/index.tsx").then((m) => m.CodeView)),
  plot: lazy(() => import("../components/vega-plot/view/index.tsx").then((m) => m.VegaPlotView)),
  colorpicker: lazy(() => import("../components/color-picker/view/index.tsx").then((m) => m.ColorPickerView)),
  highlightedtext: lazy(() => import("../components/highlighted-text/view/index.tsx").then((m) => m.HighlightedTextView)),
  annotatedimage: lazy(() => import("../components/annotated-image/view/index.tsx").then((m) => m.AnnotatedImageView)),
  imageslider: lazy(() => import("../components/image-slider/view/index.tsx").then((m) => m.ImageSliderView)),
  imageeditor: lazy(() => import("../components/image-editor/view/index.tsx").then((m) => m.ImageEditorView)),
  simpleimage: lazy(() => import("../components/simple-image/view/index.tsx").then((m) => m.SimpleImageView)),
  downloadbutton: lazy(() => import("../components/file-buttons/view/index.tsx").then((m) => m.DownloadButtonView)),
  uploadbutton: lazy(() => import("../components/file-buttons/view/index.tsx").then((m) => m.UploadButtonView)),
  deeplinkbutton: lazy(() => import("../components/deep-link-button/view/index.tsx").then((m) => m.DeepLinkButtonView)),
  paramviewer: lazy(() => import("../components/param-viewer/view/index.tsx").then((m) => m.ParamViewerView)),
  flaggedrows: lazy(() => import("../components/flagged-rows/view/index.tsx").then((m) => m.FlaggedRowsView)),
  tabs: lazy(() => import("../components/tabs/view/index.tsx").then((m) => m.Tabs)),
  tab: lazy(() => import("../components/tabs/view/index.tsx").then((m) => m.Tab)),
  accordion: lazy(() => import("../components/accordion/view/index.tsx").then((m) => m.Accordion)),
  walkthrough: lazy(() => import("../components/tabs/view/index.tsx").then((m) => m.Walkthrough)),
  step: lazy(() => import("../components/tabs/view/index.tsx").then((m) => m.Tab)),
  sidebar: lazy(() => import("../components/sidebar/view/index.tsx").then((m) => m.Sidebar)),
  row: Row,
  column: Column,
  // A Blocks placed in another (a gr.ChatInterface or gr.Interface inside gr.Blocks) lays out as a column.
  blocks: Column,
  group: Group,
  // Pages and their navbars are laid out by ui/pages.tsx.
  route: () => null,
  navbar: () => null,
  // What gr.render made in this session.
  render: ({ block, session }) => <Children node={{ id: block.config.id, children: session.store.children(block.config.id).value }} session={session} />,
  // Timers have no view: the session runs them (ui/timers.ts). State lives in the worker.
  timer: () => null,
  state: () => null,
  browserstate: () => null,
};

/** Loads the lazily loaded views this app uses, before it renders. */
export function preloadViews(components: ComponentConfig[]): Promise<unknown> {
  // A hidden component's view loads when it shows (ChatInterface's hidden JSON never does).
  const shown = components.filter((c) => c.props.visible !== false);
  const urls = [...new Set(shown.flatMap((c) => (c.view ? [c.view] : [])))];
  if (urls.length) void import("./custom-view.tsx").then((m) => m.preloadModules(urls));
  return Promise.all(
    [...new Set(shown.map((c) => (c.view ? "" : c.type)))].map(async (t) => {
      const view = (t ? VIEWS[t] : customView) as (View & Partial<Lazy<ViewProps>>) | undefined;
      // A view may need more for these components (a Textbox its buttons, a chat its Markdown).
      const loaded = ((await view?.preload?.()) ?? view) as PreloadingView | undefined;
      return loaded?.preloadFor?.(components);
    }),
  );
}

export function BlockView({ node, session }: { node: LayoutNode; session: AppSession }) {
  const block = session.store.block(node.id);
  if (!block) return null;
  const View = block.config.view ? customView : VIEWS[block.config.type];
  if (!View) {
    return (
      <div class="gr-block gr-unknown" role="note">
        Component type “{block.config.type}” has no view (give its class a `static view`).
      </div>
    );
  }
  return <View block={block} session={session} node={node} />;
}

export function Children({ node, session }: { node: LayoutNode; session: AppSession }) {
  return (
    <>
      {(node.children ?? []).map((child) => (
        <BlockView key={child.id} node={child} session={session} />
      ))}
    </>
  );
}
