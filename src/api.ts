// The authoring API every app gets at once (`gr.*`); larger groups (chat) load on first use: src/index.ts has them all.
export { Blocks, type BlocksOptions, type QueueOptions } from "./blocks.ts";
export { Interface, type InterfaceOptions, type InterfaceSettings, type InterfaceFn } from "./interface.ts";
export {
  Row,
  Column,
  Group,
  Tabs,
  Tab,
  TabItem,
  Accordion,
  Sidebar,
  Walkthrough,
  Step,
  type Body,
  type LayoutOptions,
  type RowOptions,
  type ColumnOptions,
  type TabsOptions,
  type TabOptions,
  type AccordionOptions,
  type SidebarOptions,
  type WalkthroughOptions,
  type StepOptions,
} from "./layouts.ts";
export {
  Textbox,
  Number,
  Slider,
  Checkbox,
  CheckboxGroup,
  Radio,
  Dropdown,
  Button,
  Markdown,
  HTML,
  JSON,
  Label,
  Navbar,
  type TextboxOptions,
  type NumberOptions,
  type SliderOptions,
  type ButtonOptions,
  type RadioOptions,
  type Choice,
  type ChoiceValue,
  type LabelValue,
  type TextLike,
} from "./components.ts";
export { Dataset } from "../components/dataset/dataset.ts";
export { Timer } from "../components/timer/timer.ts";
export { State, type StateOptions } from "../components/state/state.ts";
export { BrowserState, type BrowserStateOptions } from "../components/browser-state/browser-state.ts";
export { File } from "../components/file/file.ts";
export { Image } from "../components/image/image.ts";
export { Audio, Video } from "../components/media/media.ts";
export { Gallery, type GalleryItem } from "../components/gallery/gallery.ts";
export type { FileLike } from "./file-components.ts";
export { readFile, FileData, type DataModel } from "./files.ts";
export { type ComponentOptions, type EventMethods, type CustomComponent, type ApiInfo, type Storable } from "./component.ts";
export { Component, type ComponentConstructor, type CustomOptions } from "./custom-component.ts";
export type { Dependency, EventListener, EventMethod, ListenerOptions, ListenerSpec } from "./dependency.ts";
export type { Context, Handler, Inputs, Outputs, InputValues, Returns, ValueOf, ValueMap, ClientArgs, ClientData } from "./handler.ts";
export type { Endpoint, Endpoints } from "./endpoints.ts";
export type { Block } from "./block.ts";
export type * from "./event-data.ts";
export { update, skip } from "./updates.ts";
export { on, type OnSpec } from "./on.ts";
export { render, type RenderOptions } from "./render.ts";
export { I18n, type Translations } from "./i18n.ts";
export { themes, type Theme, type ThemeOptions } from "./themes.ts";
export { GradioError as Error, type GradioErrorOptions } from "./errors.ts";
export type { LaunchOptions } from "./launch.ts";
export { Info, Warning, Progress, Request, load, mount_gradio_app, FileSize } from "./python-names.ts";
