// The component set of the spine (issue #2): what every app's worker starts
// with. Each component is a folder, components/<name>/, holding its worker
// side (<name>.ts) and its view (view/); this file only gathers them.
export * from "../components/textbox/textbox.ts";
export * from "../components/number/number.ts";
export * from "../components/slider/slider.ts";
export * from "../components/checkbox/checkbox.ts";
export * from "../components/checkbox-group/checkbox-group.ts";
export * from "../components/radio/radio.ts";
export * from "../components/dropdown/dropdown.ts";
export * from "../components/button/button.ts";
export * from "../components/markdown/markdown.ts";
export * from "../components/html/html.ts";
export * from "../components/navbar/navbar.ts";
export * from "../components/json/json.ts";
export * from "../components/label/label.ts";
export type { Choice, ChoiceValue, ChoiceOwnOptions } from "./choices.ts";
export type { TextLike } from "./values.ts";
