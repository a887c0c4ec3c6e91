// Value checks shared by the component specs: each turns a wrong type into
// a BadValueError with a message a user can act on.

import type { Props } from "../worker/protocol.ts";
import { BadValueError } from "./component.ts";

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

export function toText(value: unknown, type: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  throw new BadValueError(`${type} expects text, got ${describe(value)}`);
}

export function toNumber(value: unknown, type: string, props: Props): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new BadValueError(`${type} expects a number, got ${describe(value)}`);
  const precision = props.precision;
  if (typeof precision === "number") {
    const f = 10 ** precision;
    return Math.round(n * f) / f;
  }
  return n;
}

/**
 * A page's number for a handler: out of `minimum`/`maximum` is an error and
 * the handler does not run, as Gradio's Number and Slider preprocess do
 * (checked before `precision` rounds it, with Gradio's words).
 */
export function toBoundedNumber(value: unknown, type: string, props: Props): number | null {
  const n = toNumber(value, type, {});
  if (n === null) return null;
  const { minimum: min, maximum: max } = props;
  if (typeof min === "number" && n < min) throw new BadValueError(`Value ${n} is less than minimum value ${min}.`);
  if (typeof max === "number" && n > max) throw new BadValueError(`Value ${n} is greater than maximum value ${max}.`);
  return toNumber(n, type, props);
}

export function toBool(value: unknown, type: string): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "boolean") return value;
  throw new BadValueError(`${type} expects true or false, got ${describe(value)}`);
}

export type Choice = [display: string, value: unknown];

/** Gradio's choices: values, or `[display, value]` pairs. */
export function normalizeChoices(choices: unknown, type: string): Choice[] {
  if (choices === undefined || choices === null) return [];
  if (!Array.isArray(choices)) throw new BadValueError(`${type} choices must be an array, got ${describe(choices)}`);
  return choices.map((c): Choice => (Array.isArray(c) && c.length === 2 ? [String(c[0]), c[1]] : [String(c), c]));
}

function choiceValues(props: Props): unknown[] {
  return (props.choices as Choice[]).map(([, v]) => v);
}

/** One choice (Radio, single Dropdown): a choice value, or its index with `type: "index"`. */
export function toChoice(value: unknown, type: string, props: Props, forHandler: boolean): unknown {
  if (value === null || value === undefined) return null;
  const values = choiceValues(props);
  const index = values.findIndex((v) => v === value);
  if (index < 0 && !props.allowCustomValue) {
    const list = values.map((v) => JSON.stringify(v)).join(", ");
    throw new BadValueError(`${type}: ${describe(value)} is not one of the choices (${list})`);
  }
  return forHandler && props.type === "index" ? (index < 0 ? null : index) : value;
}

/** Several choices (CheckboxGroup, multiselect Dropdown). */
export function toChoices(value: unknown, type: string, props: Props, forHandler: boolean): unknown[] {
  if (value === null || value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => toChoice(v, type, { ...props, type: forHandler ? props.type : "value" }, forHandler));
}

/** What a text component accepts from a handler. */
export type TextLike = string | number | boolean | null;
