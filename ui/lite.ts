// dist/lite.js: one script tag registers <gradio-lite> and brings its CSS.
import { defineElement } from "./element.ts";

defineElement();
export { GradioLiteElement } from "./element.ts";
export { mount } from "./mount.ts";
