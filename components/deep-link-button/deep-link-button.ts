// gr.DeepLinkButton (Gradio's "sharing your app" guide, deep links): a button
// that copies a link reopening the app with its components' current values.
// Gradio keeps those values on its server under an id in `?deep_link=`; with
// no server, the link carries them itself, in its hash (ui/deep-link.ts).

import { optionNames } from "../../src/component.ts";
import type { Component, EventMethods } from "../../src/component.ts";
import type { TextLike } from "../../src/values.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import type { ButtonLookOptions } from "../file-buttons/file-buttons.ts";
import { toText } from "../../src/values.ts";

export interface DeepLinkButtonOwnOptions extends ButtonLookOptions {
  /** The button's text for a moment after the link is copied (Gradio's `copied_value`). */
  copiedValue?: string;
}

export interface DeepLinkButton extends Component<string, TextLike>, EventMethods<"click"> {}

export const DeepLinkButton = define<ValueFactory<DeepLinkButton, TextLike, DeepLinkButtonOwnOptions>>({
  type: "deeplinkbutton",
  name: "DeepLinkButton",
  events: ["click"],
  options: optionNames<DeepLinkButtonOwnOptions>()("variant", "size", "copiedValue"),
  // Enabled without listeners of its own: Gradio's default is interactive=True.
  defaults: { value: "Share via Link", copiedValue: "Link Copied!", variant: "secondary", size: "lg", interactive: true },
  isInput: false,
  preprocess: (v) => toText(v, "DeepLinkButton"),
  postprocess: (v) => toText(v, "DeepLinkButton"),
});
