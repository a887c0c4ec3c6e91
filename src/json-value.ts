// What gr.JSON shows: the data as JSON would carry it, as Gradio's json.dumps
// does on its server. A Map shows as an object of its entries, a Set and a
// typed array as a list, a Date as its ISO text; a value that refers back to
// itself, a function, or one nested past MAX_DEPTH is an error naming where,
// instead of a view that overflows the stack and never shows again.

import { BadValueError } from "./component.ts";

/** As deep as Python's default recursion limit lets json.dumps go. */
export const MAX_DEPTH = 1000;

export function toJsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  const ancestors = new Set<object>();
  const walk = (v: unknown, path: string, depth: number): unknown => {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    if (v === undefined) return null;
    if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
    if (typeof v === "function" || typeof v === "symbol") throw new BadValueError(`JSON: ${path} is a ${typeof v}, which JSON cannot show`);
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
    if (depth > MAX_DEPTH) throw new BadValueError(`JSON: the value is nested more than ${MAX_DEPTH} levels deep (at ${path.length > 80 ? path.slice(0, 80) + "…" : path})`);
    if (ancestors.has(v as object)) throw new BadValueError(`JSON: the value refers back to itself at ${path}, which JSON cannot show`);
    ancestors.add(v as object);
    try {
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number | bigint>, (x, i) => walk(x, `${path}[${i}]`, depth + 1));
      if (Array.isArray(v) || v instanceof Set) return [...v].map((x, i) => walk(x, `${path}[${i}]`, depth + 1));
      const out: Record<string, unknown> = {};
      const entries: Iterable<[unknown, unknown]> = v instanceof Map ? v : Object.entries(v as object);
      for (const [k, x] of entries) {
        // As JSON.stringify does: a key whose value is undefined (or a function in an object) is left out.
        if (x === undefined) continue;
        const key = String(k);
        out[key] = walk(x, /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`, depth + 1);
      }
      return out;
    } finally {
      ancestors.delete(v as object);
    }
  };
  return walk(value, "value", 0);
}
