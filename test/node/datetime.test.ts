// gr.DateTime's values both ways (Gradio's preprocess and postprocess), time
// zones across DST, relative values, and what the page's box accepts.
import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { formatWallClock, parseWallClock, readDateTime, relativeTime, showDateTime } from "../../components/datetime/datetime.ts";
import { fromPickerValue, isValidDateText, toPickerValue } from "../../components/datetime/view/format.ts";

const PARIS = "Europe/Paris";

describe("DateTime values", () => {
  it("reads text as the type asks, in the component's zone", () => {
    const noonParis = Date.UTC(2024, 6, 1, 10) / 1000;
    expect(readDateTime("2024-07-01 12:00:00", true, "timestamp", PARIS)).toBe(noonParis);
    expect(readDateTime("2024-01-15 12:00:00", true, "timestamp", PARIS)).toBe(Date.UTC(2024, 0, 15, 11) / 1000);
    expect(readDateTime("2024-07-01 12:00:00", true, "datetime", "UTC")).toEqual(new Date(Date.UTC(2024, 6, 1, 12)));
    expect(readDateTime("2024-07-01", false, "string")).toBe("2024-07-01");
    expect(readDateTime("", true, "timestamp")).toBeNull();
    expect(readDateTime(null, true, "timestamp")).toBeNull();
  });

  it("reads relative values at the moment of reading", () => {
    const now = Date.UTC(2024, 0, 2, 12);
    expect(relativeTime("now", now)).toBe(now);
    expect(relativeTime("now - 24h", now)).toBe(now - 86_400_000);
    expect(relativeTime(" now-15m ", now)).toBe(now - 900_000);
    expect(relativeTime("2024-01-01", now)).toBeNull();
    expect(() => relativeTime("now + 1d")).toThrow(/not a valid relative time/);
    const t = readDateTime("now - 1h", true, "timestamp") as number;
    expect(Math.abs(t - (Date.now() / 1000 - 3600))).toBeLessThan(5);
    expect(readDateTime("now - 1d", false, "string", "UTC")).toBe(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  });

  it("shows seconds, Dates, Gradio's text and ISO text, in the zone", () => {
    const ms = Date.UTC(2024, 6, 1, 10, 5, 9);
    expect(showDateTime(ms / 1000, true, PARIS)).toBe("2024-07-01 12:05:09");
    expect(showDateTime(new Date(ms), false, "UTC")).toBe("2024-07-01");
    expect(showDateTime("now - 24h", true)).toBe("now - 24h");
    expect(showDateTime("2024-07-01 12:05:09", true)).toBe("2024-07-01 12:05:09");
    expect(showDateTime("2024-07-01T10:05:09Z", true, PARIS)).toBe("2024-07-01 12:05:09");
    expect(showDateTime(null, true)).toBeNull();
  });

  it("names what is wrong", () => {
    expect(() => readDateTime("2024-02-31 10:00:00", true, "timestamp")).toThrow(/DateTime expects YYYY-MM-DD HH:MM:SS or a relative time/);
    expect(() => readDateTime("2024-02-03", true, "timestamp")).toThrow(/expects YYYY-MM-DD HH:MM:SS/);
    expect(() => readDateTime(5, true, "timestamp")).toThrow(/expects text from the page/);
    expect(() => showDateTime("next tuesday", true)).toThrow(/DateTime expects seconds since the epoch, a Date, or text/);
    expect(() => showDateTime(new Date("x"), true)).toThrow(/invalid Date/);
    expect(() => gr.DateTime({ timezone: "Mars/Olympus" })).toThrow(/timezone "Mars\/Olympus" is not a time zone/);
  });

  it("settles the wall clock across a DST change", () => {
    // 2024-03-31 03:30 in Paris is summer time (UTC+2); 01:30 is winter (UTC+1).
    expect(parseWallClock("2024-03-31 03:30:00", PARIS)).toBe(Date.UTC(2024, 2, 31, 1, 30));
    expect(parseWallClock("2024-03-31 01:30:00", PARIS)).toBe(Date.UTC(2024, 2, 31, 0, 30));
    expect(formatWallClock(Date.UTC(2024, 9, 27, 0, 30), true, PARIS)).toBe("2024-10-27 02:30:00");
  });

  it("the page's box accepts what Gradio's does and maps to the native picker", () => {
    expect(isValidDateText("2024-01-02 03:04:05", true)).toBe(true);
    expect(isValidDateText("2024-01-02", true)).toBe(false);
    expect(isValidDateText("2024-01-02", false)).toBe(true);
    expect(isValidDateText("now - 3d", false)).toBe(true);
    expect(isValidDateText("", true)).toBe(true);
    expect(isValidDateText("soon", true)).toBe(false);
    expect(toPickerValue("2024-01-02 03:04:05", true)).toBe("2024-01-02T03:04:05");
    expect(toPickerValue("junk", true)).toBe("");
    expect(toPickerValue("now", false)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(fromPickerValue("2024-01-02T03:04", true)).toBe("2024-01-02 03:04:00");
    expect(fromPickerValue("2024-01-02T03:04:05", true)).toBe("2024-01-02 03:04:05");
    expect(fromPickerValue("2024-01-02", false)).toBe("2024-01-02");
  });
});
