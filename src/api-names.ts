// Endpoint names, as Gradio gives them: the apiName, else the handler's
// name, with `_1`, `_2` added on clashes; null when hidden.

import type { Dependency } from "./dependency.ts";

export function apiNames(deps: Dependency[]): Array<string | null> {
  const taken = new Map<string, number>();
  return deps.map((dep) => {
    const given = dep.options.apiName;
    if (given === false || dep.fn === null) return null;
    const base = (typeof given === "string" && given ? given : dep.fn.name || "lambda").replace(/^\//, "");
    const seen = taken.get(base);
    taken.set(base, (seen ?? -1) + 1);
    return seen === undefined ? base : `${base}_${seen + 1}`;
  });
}
