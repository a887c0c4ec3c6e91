// The rows an Interface flagged in this browser, as a "Flagged (n)" control
// that opens them as a table with CSV and zip downloads (not in Gradio: its
// rows land in a folder on the server, ours in IndexedDB). Its value is the
// dataset (worker/flag-store.ts); the Interface's flagging sets it. Every
// Interface's worker has this module (src/interface-flagging.ts).

import type { Component } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import type { FlaggedDataset } from "../../worker/protocol.ts";

/** Gradio's default `flagging_dir`: here it names the rows' folder in IndexedDB and the downloaded zip. */
export const DEFAULT_FLAGGING_DIR = ".gradio/flagged";

/**
 * Marks a logger that keeps its rows in this browser (src/flagging.ts's
 * StoredLogger): an Interface shows the rows of such a callback only. A
 * mark, not `instanceof`, so that an Interface's start needs no logger code.
 */
export const keepsRowsHere = Symbol("gradio-lite: keeps flagged rows in this browser");

export interface FlaggedRows extends Component<FlaggedDataset | null, FlaggedDataset | null> {}

export const FlaggedRows = define<ValueFactory<FlaggedRows, FlaggedDataset | null>>({
  type: "flaggedrows",
  name: "FlaggedRows",
  events: [],
  options: [],
  objectValue: true,
  isInput: false,
});
