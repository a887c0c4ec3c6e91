// The lazy chunk behind code highlighting: highlight.js's core (no languages;
// code.ts registers each one as a block first needs it) and its token colours.

import hljs from "highlight.js/lib/core";
import { addStyles } from "../styles.ts";
import css from "./code.css?inline";

addStyles("code", css);

export { hljs };
