// gr.HighlightedText: text with spans labelled by a category or scored by a
// number. A handler returns `[text, label | null]` pairs or Gradio's dict
// form `{ text, entities: [{ entity | entity_group, start, end }] }`; the page
// gets the pairs (merged when `combineAdjacent`) and a handler reads them
// back as pairs, which is what Gradio documents its preprocess to give.

import type { Props } from "../../worker/protocol.ts";
import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { UsageError } from "../../src/errors.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { describe } from "../../src/values.ts";

/** A span's label: a category, a score in [-1, 1], or none. */
export type HighlightLabel = string | number | null;
/** One span of the text and its label. */
export type HighlightedPair = [text: string, label: HighlightLabel];

/** An entity of the dict form, as Hugging Face's pipelines give them. */
export interface HighlightEntity {
  entity?: string | null;
  entity_group?: string | null;
  start: number;
  end: number;
}

/** What a handler may return: pairs, Gradio's `{ token, class_or_confidence }` list, or the dict form. */
export type HighlightedTextLike =
  | ReadonlyArray<readonly [string, HighlightLabel] | { token: string; class_or_confidence: HighlightLabel }>
  | { text: string; entities: readonly HighlightEntity[] }
  | null;

export interface HighlightedTextOwnOptions {
  /** Colours of categories (`{ noun: "blue", verb: "#f97316" }`); others get Gradio's palette in order. */
  colorMap?: Record<string, string> | null;
  /** A legend of the categories (scores: a -1…+1 colour scale) above the text, instead of inline labels. */
  showLegend?: boolean;
  /** Each labelled span shows its category beside it (when there is no legend). */
  showInlineCategory?: boolean;
  /** Adjacent spans with the same label become one. */
  combineAdjacent?: boolean;
  /** What joins the text of combined spans. */
  adjacentSeparator?: string;
  /** Keep spaces around each span's text (false trims them). */
  showWhitespaces?: boolean;
}

export interface HighlightedText extends Component<HighlightedPair[] | null, HighlightedTextLike>, EventMethods<"change" | "select"> {}

const where = "HighlightedText";

function checkLabel(label: unknown, at: string): HighlightLabel {
  if (label === null || label === undefined) return null;
  if (typeof label === "string") return label;
  if (typeof label === "number" && Number.isFinite(label)) return label;
  throw new BadValueError(`${where}: the label of ${at} must be a category (text), a score (number) or null, got ${describe(label)}`);
}

function fromEntities(value: { text?: unknown; entities?: unknown }): HighlightedPair[] {
  const { text, entities } = value;
  if (typeof text !== "string" || !Array.isArray(entities)) {
    throw new BadValueError(`${where} expects a dict with keys "text" (text) and "entities" (a list), got ${describe(value)}`);
  }
  if (!entities.length) return [[text, null]];
  const pairs: HighlightedPair[] = [];
  let index = 0;
  const sorted = entities.map((e: unknown, i) => checkEntity(e, i, text.length)).sort((a, b) => a.start - b.start);
  for (const e of sorted) {
    pairs.push([text.slice(index, e.start), null]);
    pairs.push([text.slice(e.start, e.end), checkLabel(e.entity ?? e.entity_group ?? null, `entity ${e.start}–${e.end}`)]);
    index = e.end;
  }
  pairs.push([text.slice(index), null]);
  return pairs;
}

function checkEntity(e: unknown, i: number, length: number): HighlightEntity {
  const ent = e as Partial<HighlightEntity> | null;
  const ok = ent && typeof ent === "object" && Number.isInteger(ent.start) && Number.isInteger(ent.end) && ent.start! >= 0 && ent.end! >= ent.start! && ent.end! <= length;
  if (!ok) throw new BadValueError(`${where}: entities[${i}] must be { entity, start, end } with 0 ≤ start ≤ end ≤ the text's length, got ${describe(e)}`);
  return ent as HighlightEntity;
}

function toPairs(value: unknown): HighlightedPair[] {
  if (!Array.isArray(value)) {
    if (value && typeof value === "object") return fromEntities(value);
    throw new BadValueError(`${where} expects a list of [text, label] pairs or { text, entities }, got ${describe(value)}`);
  }
  return value.map((item: unknown, i) => {
    if (Array.isArray(item) && typeof item[0] === "string" && item.length <= 2) return [item[0], checkLabel(item[1], `pair ${i}`)];
    const token = item as { token?: unknown; class_or_confidence?: unknown } | null;
    if (token && typeof token === "object" && typeof token.token === "string") return [token.token, checkLabel(token.class_or_confidence, `pair ${i}`)];
    throw new BadValueError(`${where}: item ${i} must be a [text, label] pair, got ${describe(item)}`);
  });
}

function combine(pairs: HighlightedPair[], separator: string): HighlightedPair[] {
  const out: HighlightedPair[] = [];
  for (const [text, label] of pairs) {
    // Empty spans (between entities of the dict form) neither start a run nor get a separator, as in Gradio.
    if (!text) continue;
    const last = out.at(-1);
    if (last && last[1] === label) last[0] += separator + text;
    else out.push([text, label]);
  }
  return out;
}

/** A handler's value → the pairs the page shows. */
export function toHighlighted(value: unknown, props: Props): HighlightedPair[] | null {
  if (value === null || value === undefined) return null;
  let pairs = toPairs(value);
  if (props.combineAdjacent) pairs = combine(pairs, typeof props.adjacentSeparator === "string" ? props.adjacentSeparator : "");
  if (props.showWhitespaces === false) pairs = pairs.map(([t, l]) => [t.trim(), l]);
  return pairs;
}

export const HighlightedText = define<ValueFactory<HighlightedText, HighlightedTextLike, HighlightedTextOwnOptions>>({
  type: "highlightedtext",
  name: "HighlightedText",
  events: ["change", "select"],
  options: optionNames<HighlightedTextOwnOptions>()("colorMap", "showLegend", "showInlineCategory", "combineAdjacent", "adjacentSeparator", "showWhitespaces"),
  objectValue: true,
  defaults: { showLegend: false, showInlineCategory: true, combineAdjacent: false, adjacentSeparator: "", showWhitespaces: true, minWidth: 160 },
  // Editable when it is a listener's input, as Gradio's (its interactive mode); shown only as an output.
  normalizeProps: (p) => {
    const map = p.colorMap;
    if (map === null || map === undefined) return;
    if (typeof map !== "object" || Array.isArray(map) || Object.values(map).some((c) => typeof c !== "string")) {
      throw new UsageError(`gr.${where}: colorMap must map each category to a colour name or code, got ${describe(map)}`);
    }
  },
  preprocess: (v) => (v === null || v === undefined ? null : toPairs(v)),
  postprocess: toHighlighted,
});
