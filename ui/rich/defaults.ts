// What every Markdown and HTML value of one app renders with (launch's
// `remoteImages`): a context, since one page may hold apps that differ.

import { createContext } from "preact";
import type { RichOptions } from "./sanitize.ts";

export const RichDefaults = createContext<RichOptions>({});
