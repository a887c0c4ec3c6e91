// A flagged row as Gradio's CSVLogger writes it: each value as a CSV cell
// (`component.flag(value)`, files as their path under the flagging folder),
// the CSV text with Gradio's guard against formula injection, and Python's
// `str(datetime.now())` for the timestamp. Pure: the worker stores rows with
// it and the page downloads them with it (components/flagged-rows/view/).

import { isFileData } from "../worker/file-data.ts";
import type { FileData } from "../worker/protocol.ts";

/** Characters Gradio strips from a folder or file name (client_utils.strip_invalid_filename_characters). */
const FORBIDDEN = /[<>:"/\\|?*\x00-\x1f\x7f`$!{}]/g;

/** A component's label as a folder name, as Gradio makes it; never "." or "..", which would climb out of a zip's folder. */
export function folderName(label: string): string {
  const name = label.replace(FORBIDDEN, "").slice(0, 200);
  return /^\.*$/.test(name) ? "file" : name;
}

/** A flagging folder's own name, for the zip: ".gradio/flagged" → "flagged". */
export function folderOf(dir: string): string {
  return folderName(dir.split(/[\\/]/).filter(Boolean).at(-1) ?? "") || "flagged";
}

/**
 * Where a flagged file goes: `<label>/<id>/<name>`, relative to the CSV, as
 * Gradio copies it under the flagging folder. The id is the start of the
 * content's hash (the cache path's first part), so one content is one file.
 */
export function flaggedPath(file: FileData, label: string): string {
  const [hash, ...name] = file.path.split("/");
  return `${folderName(label)}/${hash.slice(0, 20)}/${withExtension(folderName(file.origName || name.join("_")), file.mimeType)}`;
}

const EXTENSIONS: Record<string, string> = { jpeg: "jpg", "svg+xml": "svg", mpeg: "mp3", plain: "txt", "x-wav": "wav", quicktime: "mov" };

/** A file a handler made from a Blob is named "image" or "file": its type gives it the extension a file manager needs. */
function withExtension(name: string, mimeType: string): string {
  if (/\.[^.]+$/.test(name)) return name;
  const subtype = mimeType.split("/")[1]?.split(";")[0] ?? "";
  const ext = EXTENSIONS[subtype] ?? (/^[a-z0-9]{1,8}$/.test(subtype) ? subtype : "");
  return ext ? `${name}.${ext}` : name;
}

/**
 * One value as its cell: a custom component's `flag(value)` when it has one;
 * else nothing as "", text as itself, a file as its path, anything else as
 * JSON with each file in it as its path (Gradio's `flag` and
 * `simplify_file_data_in_str`; with `simplify` false, as its FileData with
 * that path). Each file met is added to `files`, by path.
 */
export function flagCell(value: unknown, label: string, files: Map<string, FileData>, own?: (value: unknown) => string, simplify = true): string {
  const paths = (v: unknown): unknown => {
    if (isFileData(v)) {
      const path = flaggedPath(v, label);
      files.set(path, v);
      const { url: _url, ...data } = v;
      return simplify ? path : { ...data, path };
    }
    if (Array.isArray(v)) return v.map(paths);
    if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, paths(x)]));
    }
    return v;
  };
  const simplified = paths(value);
  if (own) return String(own(value));
  if (simplified === null || simplified === undefined) return "";
  return typeof simplified === "string" ? simplified : JSON.stringify(simplified);
}

/** Cells Gradio prefixes with `'` so a spreadsheet never runs them as a formula (utils.sanitize_value_for_csv). */
const UNSAFE_START = /^[=+\-@\t\n]/;
const UNSAFE_INSIDE = /,[=+\-@\t\n]/;

export function sanitizeCell(cell: string): string {
  if (/^[{[]/.test(cell)) {
    try {
      return JSON.stringify(JSON.parse(cell));
    } catch {
      // Not JSON: checked as text below.
    }
  }
  // A plain number is never a formula: kept as it is. (Gradio writes "-5" as "'-5", its issue #13591.)
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) return cell;
  return UNSAFE_START.test(cell) || UNSAFE_INSIDE.test(cell) ? `'${cell}` : cell;
}

/** One CSV field, quoted when it must be (Python's csv.writer: minimal quoting). */
function field(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The CSV file: the headers (none for SimpleCSVLogger's), then one line per
 * row, each cell sanitized; lines end in CRLF as Python's csv module writes them.
 */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [...(headers.length ? [headers] : []), ...rows].map((cells) => cells.map((c) => field(sanitizeCell(c))).join(",") + "\r\n").join("");
}

/** Python's `str(datetime.datetime.now())` in the browser's time zone: "2024-05-01 11:40:51.093000". */
export function timestamp(date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  const time = `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
  return `${day} ${time}.${String(date.getMilliseconds() * 1000).padStart(6, "0")}`;
}
