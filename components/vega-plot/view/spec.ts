// The spec as the page draws it: as wide as its block unless it sets a
// width, and never with embed options of its own (a spec is data; how it is
// embedded is the runtime's choice).

export type Spec = Record<string, unknown>;

const MULTI_VIEW = ["concat", "hconcat", "vconcat", "facet", "repeat"];

/** The spec as drawn: as wide as its block unless it sets a width, and never its own embed options. */
export function prepareSpec(text: string): Spec {
  const spec = JSON.parse(text) as Spec;
  const meta = spec.usermeta as Spec | undefined;
  if (meta && typeof meta === "object") delete meta.embedOptions;
  if (!MULTI_VIEW.some((k) => k in spec) && spec.width === undefined) {
    spec.width = "container";
    spec.autosize ??= { type: "fit", contains: "padding" };
  }
  return spec;
}
