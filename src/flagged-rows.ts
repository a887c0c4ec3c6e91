// The rows an Interface flagged in this browser, as a "Flagged (n)" control
// that opens them as a table with CSV and zip downloads (not in Gradio: its
// rows land in a folder on the server, ours in IndexedDB). Its value is the
// dataset (worker/flag-store.ts); the Interface's flagging sets it.

import type { Component } from "./component.ts";
import { define, type ValueFactory } from "./factory.ts";
import type { FlaggedDataset } from "../worker/protocol.ts";

export interface FlaggedRows extends Component<FlaggedDataset | null, FlaggedDataset | null> {}

export const FlaggedRows = define<ValueFactory<FlaggedRows, FlaggedDataset | null>>({
  type: "flaggedrows",
  name: "FlaggedRows",
  events: [],
  options: [],
  objectValue: true,
  isInput: false,
});
