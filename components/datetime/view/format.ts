// What the DateTime box accepts as it is typed (Gradio's date_is_valid_format)
// and how its text maps to the native picker's value and back.

const RELATIVE = /^(?:\s*now\s*(?:-\s*\d+\s*[dmhs])?)?\s*$/;

/** Text the box may commit: empty, Gradio's format, or a relative time ("now - 24h"). */
export function isValidDateText(text: string, includeTime: boolean): boolean {
  if (text === "") return true;
  const format = includeTime ? /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/;
  return format.test(text) || RELATIVE.test(text);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A moment as the box's text, in the page's time zone (a relative value picked from the calendar). */
export function formatLocal(date: Date, includeTime: boolean): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return includeTime ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` : day;
}

/** The box's text → the native picker's value ("" when the text is relative or empty). */
export function toPickerValue(text: string, includeTime: boolean): string {
  if (RELATIVE.test(text) && text.trim() !== "") {
    // "now - 24h" opens the calendar at that moment, as Gradio's picker does.
    const m = /(\d+)\s*([dmhs])/.exec(text);
    const ms = m ? Number(m[1]) * { s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 }[m[2] as "s"] : 0;
    return toPickerValue(formatLocal(new Date(Date.now() - ms), includeTime), includeTime);
  }
  if (!isValidDateText(text, includeTime) || text === "") return "";
  return includeTime ? text.replace(" ", "T") : text;
}

/** The native picker's value → the box's text. */
export function fromPickerValue(value: string, includeTime: boolean): string {
  if (!value) return "";
  if (!includeTime) return value.slice(0, 10);
  const [day, time = "00:00"] = value.split("T");
  const full = time.length === 5 ? `${time}:00` : time.slice(0, 8);
  return `${day} ${full}`;
}
