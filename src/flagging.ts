// Gradio's flagging callbacks (gradio/flagging.py): `setup(components, dir)`
// once, then `flag(values, option?, username?)` per flag. Gradio appends to a
// CSV under `flagging_dir` on the server's disk; here a row goes to this
// browser's IndexedDB (worker/flag-store.ts), under the app and the folder's
// name, and the page downloads it as that CSV (components/flagged-rows/view/).

import type { AnyComponent } from "./handler.ts";
import { callable } from "./callable.ts";
import { UsageError } from "./errors.ts";
import { DEFAULT_FLAGGING_DIR, keepsRowsHere } from "../components/flagged-rows/flagged-rows.ts";
import type { FileData, FlaggedDataset } from "../worker/protocol.ts";

/** The store (and IndexedDB's code) loads with the first flag or read: an Interface nobody flags never fetches it. */
const store = () => import("../worker/flag-store.ts").then((m) => m.flagStore());
/** How values become cells, with the first flag: a bundled app that names gr.CSVLogger starts without it. */
const cellCode = () => import("./flag-cells.ts");

export { DEFAULT_FLAGGING_DIR };

/**
 * What a Flag button calls (Gradio's FlaggingCallback). Extend
 * `gr.FlaggingCallback`, or give any object with these two methods.
 */
export interface FlaggingCallbackLike {
  /** Called once, before the first flag: the components whose values are flagged, and the flagging folder. */
  setup(components: readonly AnyComponent[], flaggingDir: string): unknown;
  /**
   * One flag: the components' values as the page holds them (files as
   * FileData), the option chosen (null for a plain Flag) and the user (always
   * null: a browser-only app has no login). Returns how many rows are flagged.
   */
  flag(flagData: unknown[], flagOption?: string | null, username?: string | null): number | Promise<number>;
}

/** Gradio's abstract FlaggingCallback: extend it and write `setup` and `flag`. */
export abstract class FlaggingCallback implements FlaggingCallbackLike {
  abstract setup(components: readonly AnyComponent[], flaggingDir: string): unknown;
  abstract flag(flagData: unknown[], flagOption?: string | null, username?: string | null): number | Promise<number>;
}

export interface CSVLoggerOptions {
  /** Files in a cell as their path (true, Gradio's default), or as their FileData's JSON. */
  simplifyFileData?: boolean;
  /** Says in the console which dataset it writes to (Gradio prints it). */
  verbose?: boolean;
  /** The dataset's name ("dataset1.csv", the next number when the headers change, unless named). */
  datasetFileName?: string | null;
}

function labelOf(component: AnyComponent, index: number): string {
  const label = component.props.label;
  return typeof label === "string" && label ? label : `component ${index}`;
}

/** Rows kept by a logger in this browser: its folder, its dataset, and values as cells. */
abstract class StoredLogger {
  components: AnyComponent[] = [];
  flaggingDir = DEFAULT_FLAGGING_DIR;
  /** The dataset this logger writes to, picked at its first flag (Gradio's `first_time`). */
  protected target: Promise<string> | null = null;

  setup(components: readonly AnyComponent[], flaggingDir: string = DEFAULT_FLAGGING_DIR): void {
    if (!Array.isArray(components)) throw new UsageError(`${this.constructor.name}.setup(components, flaggingDir): components must be an array of components`);
    this.components = [...components];
    this.flaggingDir = String(flaggingDir);
    this.target = null;
  }

  /** The cells of one flag, and the files they name. */
  protected async cells(flagData: unknown[], simplify = true): Promise<{ cells: string[]; files: Map<string, FileData> }> {
    if (!Array.isArray(flagData)) throw new UsageError(`${this.constructor.name}.flag(flagData): flagData must be an array of values, one per component`);
    if (!this.components.length && flagData.length) throw new UsageError(`${this.constructor.name}: call setup(components, flaggingDir) before flag(...)`);
    const { flagCell } = await cellCode();
    const files = new Map<string, FileData>();
    const cells = this.components.map((c, i) => {
      const own = (c as { flag?: (value: unknown) => string }).flag;
      return flagCell(flagData[i], labelOf(c, i), files, own && ((v) => own.call(c, v)), simplify);
    });
    return { cells, files };
  }

  protected async append(headers: string[], fileName: string | null, row: { cells: string[]; files: Map<string, FileData> }): Promise<number> {
    const rows = await store();
    const picked = (this.target ??= rows.datasetFor(this.flaggingDir, headers, fileName));
    // A failed pick (storage full) is tried again by the next flag.
    picked.catch(() => this.target === picked && (this.target = null));
    return rows.append(this.flaggingDir, await picked, row.cells, row.files);
  }

  /** False (with why) when rows live in memory only (no IndexedDB): they are gone when the page closes. */
  async persistence(): Promise<{ persistent: boolean; reason: string | null }> {
    return (await store()).persistence();
  }

  /** The headers this logger writes (none for SimpleCSVLogger). */
  protected abstract headers(flagOption: string | null, username: string | null): string[];

  /**
   * The rows in this browser, as `{ headers, rows, files }` (not in Gradio:
   * the way app code reads them). The dataset this logger writes to; before
   * its first flag, the newest one in its folder with the headers a flag
   * with (`flagOption: true`) or without an option would write. Null if none.
   */
  async dataset(options: { flagOption?: boolean } = {}): Promise<FlaggedDataset | null> {
    const rows = await store();
    const file = this.target ? await this.target : await rows.existing(this.flaggingDir, this.headers(options.flagOption ? "" : null, null));
    return file === null ? null : rows.read(this.flaggingDir, file);
  }
}

// An Interface given one of these shows its rows (src/interface-flagging.ts reads the mark).
Object.defineProperty(StoredLogger.prototype, keepsRowsHere, { value: true });

/**
 * Gradio 5's default callback: a dataset per set of headers (the components'
 * labels, "flag" when an option is given, "username" when a user is, then
 * "timestamp"), as `dataset1.csv`, `dataset2.csv`…
 */
export class CSVLoggerClass extends StoredLogger implements FlaggingCallbackLike {
  readonly simplifyFileData: boolean;
  readonly verbose: boolean;
  readonly datasetFileName: string | null;

  constructor(options: CSVLoggerOptions = {}) {
    super();
    this.simplifyFileData = options.simplifyFileData ?? true;
    this.verbose = options.verbose ?? true;
    this.datasetFileName = options.datasetFileName ?? null;
  }

  protected headers(flagOption: string | null, username: string | null): string[] {
    const extra = [...(flagOption === null ? [] : ["flag"]), ...(username === null ? [] : ["username"])];
    return [...this.components.map(labelOf), ...extra, "timestamp"];
  }

  async flag(flagData: unknown[], flagOption: string | null = null, username: string | null = null): Promise<number> {
    const row = await this.cells(flagData, this.simplifyFileData);
    const { timestamp } = await cellCode();
    if (flagOption !== null) row.cells.push(String(flagOption));
    if (username !== null) row.cells.push(String(username));
    row.cells.push(timestamp());
    const first = !this.target;
    const count = await this.append(this.headers(flagOption, username), this.datasetFileName, row);
    if (first && this.verbose) console.info(`[gradio-lite] Flagged rows go to ${this.flaggingDir}/${await this.target} (this browser's storage)`);
    return count;
  }
}

/** Gradio's SimpleCSVLogger: the values only, no headers or timestamp, in `log.csv`. */
export class SimpleCSVLoggerClass extends StoredLogger implements FlaggingCallbackLike {
  protected headers(): string[] {
    return [];
  }

  async flag(flagData: unknown[]): Promise<number> {
    return this.append([], "log.csv", await this.cells(flagData));
  }
}

/**
 * Gradio's ChatCSVLogger (a ChatInterface's flaggingMode "manual"): each like
 * or dislike of a message, with the conversation, in `log.csv`. Gradio's row
 * leaves out the "value" its headers name; here it holds the message rated.
 */
export class ChatCSVLogger extends StoredLogger {
  protected headers(): string[] {
    return ["conversation", "index", "value", "flag", "timestamp"];
  }

  async flag(like: { index: unknown; value: unknown; liked: unknown }, messages: unknown): Promise<number> {
    const { flagCell, timestamp } = await cellCode();
    const files = new Map<string, FileData>();
    const feedback = like.liked === true ? "Like" : like.liked === false ? "Dislike" : String(like.liked);
    const cells = [flagCell(messages, "conversation", files), JSON.stringify(like.index), flagCell(like.value, "value", files), feedback, timestamp()];
    return this.append(this.headers(), "log.csv", { cells, files });
  }
}

/** `gr.CSVLogger(options?)`: Gradio's default flagging callback, keeping rows in this browser. */
export const CSVLogger = callable(CSVLoggerClass);
export type CSVLogger = CSVLoggerClass;
/** `gr.SimpleCSVLogger()`: values only, in `log.csv`. */
export const SimpleCSVLogger = callable(SimpleCSVLoggerClass);
export type SimpleCSVLogger = SimpleCSVLoggerClass;

/** A logger that keeps its rows in this browser: its rows can be shown and downloaded. */
export function isStoredLogger(callback: unknown): callback is StoredLogger {
  return callback instanceof StoredLogger;
}
