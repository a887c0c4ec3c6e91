// gr.DateTime: a date and (optionally) a time. On the wire it is text in
// Gradio's format ("2024-05-01 13:00:00", or "2024-05-01" without time) or a
// relative value ("now - 24h"); a handler gets what `type` names, read in
// the component's `timezone` (the browser's own when none is given).

import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { UsageError } from "../../src/errors.ts";
import { define, type OptionsOf, type ValueArg } from "../../src/factory.ts";
import type { Inputs } from "../../src/handler.ts";
import { describe } from "../../src/values.ts";

export interface DateTimeOwnOptions {
  /** Offer a time as well as a date (default true). */
  includeTime?: boolean;
  /** What a handler receives: seconds since the epoch (default), a Date, or the text. */
  type?: "timestamp" | "datetime" | "string";
  /** An IANA time zone ("US/Pacific", "Europe/Paris"); the browser's own when null. */
  timezone?: string | null;
}

/** What a handler receives, per `type`. */
export interface DateTimeTypes {
  timestamp: number | null;
  datetime: Date | null;
  string: string | null;
}

/** What a handler may return: seconds since the epoch, a Date, or text in Gradio's format (or "now - 1h", or ISO 8601). */
export type DateTimeLike = number | Date | string | null;

export interface DateTime<V = number | null> extends Component<V, DateTimeLike>, EventMethods<"change" | "submit"> {}

/** `gr.DateTime(value?, options?)`: `type` picks what the handler receives. */
export interface DateTimeFactory {
  <T extends keyof DateTimeTypes = "timestamp", const I extends Inputs = null>(
    options?: OptionsOf<DateTimeOwnOptions & { type?: T }, DateTimeLike, I>,
  ): DateTime<DateTimeTypes[T]>;
  <T extends keyof DateTimeTypes = "timestamp", const I extends Inputs = null>(
    value: ValueArg<DateTimeLike, I>,
    options?: OptionsOf<DateTimeOwnOptions & { type?: T }, DateTimeLike, I>,
  ): DateTime<DateTimeTypes[T]>;
}

const RELATIVE = /^\s*now\s*(?:-\s*(\d+)\s*([dmhs]))?\s*$/;
const WALL = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "now", "now - 24h": the moment it names, or null when the text is not relative. */
export function relativeTime(text: string, now = Date.now()): number | null {
  if (!text.includes("now")) return null;
  const m = RELATIVE.exec(text);
  if (!m) throw new BadValueError(`DateTime: "${text}" is not a valid relative time; write "now" or "now - 24h" (units s, m, h, d)`);
  return now - Number(m[1] ?? 0) * UNIT_MS[m[2] ?? "s"]!;
}

/** The wall-clock text of an instant, in `timeZone` (the local one when undefined). */
export function formatWallClock(ms: number, includeTime: boolean, timeZone?: string): string {
  const f = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const part: Record<string, string> = {};
  for (const p of f.formatToParts(ms)) part[p.type] = p.value;
  const date = `${part.year!.padStart(4, "0")}-${part.month}-${part.day}`;
  return includeTime ? `${date} ${part.hour}:${part.minute}:${part.second}` : date;
}

/** The instant a wall-clock text names in `timeZone`; null when it is not in Gradio's format. */
export function parseWallClock(text: string, timeZone?: string): number | null {
  const m = WALL.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  const asUtc = Date.UTC(y!, mo! - 1, d!, h, mi, s);
  if (new Date(asUtc).getUTCDate() !== d || new Date(asUtc).getUTCMonth() !== mo! - 1) return null; // 2024-02-31
  if (!timeZone) return new Date(y!, mo! - 1, d!, h, mi, s).getTime();
  // The zone's offset at that moment; a second pass settles it across a DST change.
  let t = asUtc - zoneOffset(asUtc, timeZone);
  const again = asUtc - zoneOffset(t, timeZone);
  if (again !== t) t = again;
  return t;
}

function zoneOffset(ms: number, timeZone: string): number {
  const wall = formatWallClock(ms, true, timeZone);
  const [date, time] = wall.split(" ");
  const [y, mo, d] = date!.split("-").map(Number);
  const [h, mi, s] = time!.split(":").map(Number);
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - Math.floor(ms / 1000) * 1000;
}

const formatName = (includeTime: boolean) => (includeTime ? "YYYY-MM-DD HH:MM:SS" : "YYYY-MM-DD");

/** The page's text → the instant it names (relative or wall clock), or a BadValueError. */
function instantOf(text: string, includeTime: boolean, timeZone?: string): number {
  const relative = relativeTime(text);
  if (relative !== null) return relative;
  const wall = WALL.exec(text.trim());
  const ms = wall && !!wall[4] === includeTime ? parseWallClock(text, timeZone) : null;
  if (ms === null) throw new BadValueError(`DateTime expects ${formatName(includeTime)} or a relative time such as "now - 24h", got ${describe(text)}`);
  return ms;
}

/** Page → handler, as Gradio's preprocess. */
export function readDateTime(value: unknown, includeTime: boolean, type: string, timeZone?: string): number | Date | string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") throw new BadValueError(`DateTime expects text from the page, got ${describe(value)}`);
  if (value.trim() === "") return null;
  if (type === "string" && !value.includes("now")) return value;
  const ms = instantOf(value, includeTime, timeZone);
  if (type === "string") return formatWallClock(ms, includeTime, timeZone);
  if (type === "datetime") return new Date(ms);
  return ms / 1000;
}

/** Handler → page, as Gradio's postprocess (an ISO 8601 text is read too, the usual JS form). */
export function showDateTime(value: unknown, includeTime: boolean, timeZone?: string): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new BadValueError("DateTime got an invalid Date");
    return formatWallClock(value.getTime(), includeTime, timeZone);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new BadValueError(`DateTime expects seconds since the epoch, got ${value}`);
    return formatWallClock(value * 1000, includeTime, timeZone);
  }
  if (typeof value === "string") {
    if (RELATIVE.test(value) || WALL.test(value.trim())) return value;
    const iso = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
    if (!Number.isNaN(iso)) return formatWallClock(iso, includeTime, timeZone);
  }
  throw new BadValueError(
    `DateTime expects seconds since the epoch, a Date, or text as ${formatName(includeTime)} or "now - 24h", got ${describe(value)}`,
  );
}

function checkZone(zone: unknown): void {
  if (zone === null || zone === undefined) return;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: String(zone) });
  } catch {
    throw new UsageError(`gr.DateTime: timezone "${String(zone)}" is not a time zone this browser knows (use an IANA name such as "Europe/Paris")`);
  }
}

const zoneOf = (p: { timezone?: unknown }) => (typeof p.timezone === "string" ? p.timezone : undefined);

export const DateTime = define<DateTimeFactory>({
  type: "datetime",
  name: "DateTime",
  events: ["change", "submit"],
  options: optionNames<DateTimeOwnOptions>()("includeTime", "type", "timezone"),
  defaults: { includeTime: true, type: "timestamp", timezone: null, minWidth: 160 },
  normalizeProps: (p) => checkZone(p.timezone),
  preprocess: (v, p) => readDateTime(v, p.includeTime !== false, String(p.type ?? "timestamp"), zoneOf(p)),
  postprocess: (v, p) => showDateTime(v, p.includeTime !== false, zoneOf(p)),
});
