// The authoring API: everything app code reaches as `gr.*`.
export { Blocks, type BlocksOptions, type QueueOptions } from "./blocks.ts";
export { Interface, type InterfaceOptions } from "./interface.ts";
export { Row, Column, Group, Tabs, Tab, Accordion, Sidebar, Walkthrough, Step } from "./layouts.ts";
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
} from "./components.ts";
export { Dataset } from "./dataset.ts";
export { Timer } from "./timer.ts";
export { State, type StateOptions } from "./state.ts";
export { BrowserState, type BrowserStateOptions } from "./browser-state.ts";
export { File, Image, Audio, Video, Gallery, type GalleryItem } from "./media.ts";
export { readFile, type FileData } from "./files.ts";
import "./value-fn.ts";
export { Component, type ComponentOptions } from "./component.ts";
export type { Context, Dependency, ListenerOptions, ListenerSpec } from "./dependency.ts";
export { update, skip } from "./updates.ts";
export { on, type OnSpec } from "./on.ts";
export { render, type RenderOptions } from "./render.ts";
export { I18n, type Translations } from "./i18n.ts";
export { themes, type Theme, type ThemeOptions } from "./themes.ts";
export { GradioError as Error, type GradioErrorOptions } from "./errors.ts";
export type { LaunchOptions } from "./launch.ts";
