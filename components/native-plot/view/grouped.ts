// What a plot that groups its rows needs: aggregates per x (bins and
// categories), the categories' order (Gradio's `sort`), stacked bars and an
// unbinned bar's width. Pure; part of kinds.ts, loaded only for such plots.

import type { Group, Plan, Series } from "./prepare.ts";
import { seriesShade } from "./prepare.ts";

export type Aggregate = "sum" | "mean" | "median" | "min" | "max" | "count";
export type SortOption = "x" | "y" | "-x" | "-y" | readonly string[] | null;

/** The aggregate of `values` (not empty). */
export function aggregate(values: readonly number[], op: Aggregate): number {
  switch (op) {
    case "count":
      return values.length;
    case "sum":
      return values.reduce((a, b) => a + b, 0);
    case "mean":
      return values.reduce((a, b) => a + b, 0) / values.length;
    case "min":
      return values.reduce((a, b) => Math.min(a, b), Infinity);
    case "max":
      return values.reduce((a, b) => Math.max(a, b), -Infinity);
    case "median": {
      const s = [...values].sort((a, b) => a - b);
      const mid = s.length >> 1;
      return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    }
  }
}

/** Category order per Gradio's `sort` (a list puts its values first; the rest follow in ascending order). */
export function sortCategories(categories: readonly string[], sort: SortOption | undefined, totals: ReadonlyMap<string, number>): string[] {
  const asc = [...categories].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (Array.isArray(sort)) {
    const listed = sort.filter((c) => categories.includes(c));
    return [...listed, ...asc.filter((c) => !listed.includes(c))];
  }
  if (sort === "-x") return asc.reverse();
  if (sort === "y" || sort === "-y") {
    const dir = sort === "y" ? 1 : -1;
    return asc.sort((a, b) => dir * ((totals.get(a) ?? 0) - (totals.get(b) ?? 0)));
  }
  return asc;
}

/** Groups → series with one aggregate (plan.op) per x, sorted by x. */
export function aggregateSeries(groups: Map<string, Group>, plan: Plan): Series[] {
  const op = plan.op!;
  return [...groups].map(([key, g]): Series => {
    const byX = new Map<number, { ys: number[]; row: number }>();
    g.xs.forEach((x, i) => {
      const bin = byX.get(x);
      if (bin) bin.ys.push(g.ys[i]!);
      else byX.set(x, { ys: [g.ys[i]!], row: g.rows[i]! });
    });
    const xs = [...byX.keys()].sort((a, b) => a - b);
    const ys = xs.map((x) => aggregate(byX.get(x)!.ys, op));
    // An aggregate of one row keeps it, so a tooltip can show that row's other columns.
    const rows = xs.map((x) => (byX.get(x)!.ys.length === 1 ? byX.get(x)!.row : -1));
    return { key, shade: seriesShade(plan, key), xs, ys, bases: null, values: ys, rows };
  });
}

/** Sorts the categories (Gradio's `sort`), then renumbers every point's x to its category's place. */
export function orderCategories(series: Series[], found: readonly string[], sort: SortOption | undefined): { series: Series[]; categories: string[] } {
  const totals = new Map<string, number>();
  for (const se of series) se.xs.forEach((x, i) => totals.set(found[x]!, (totals.get(found[x]!) ?? 0) + se.values[i]!));
  const categories = sortCategories(found, sort, totals);
  const place = new Map(categories.map((c, i) => [c, i]));
  const at = (x: number) => place.get(found[x]!)!;
  return {
    categories,
    series: series.map((se) => {
      const order = se.xs.map((_, i) => i).sort((a, b) => at(se.xs[a]!) - at(se.xs[b]!));
      const ys = order.map((i) => se.ys[i]!);
      return { ...se, xs: order.map((i) => at(se.xs[i]!)), ys, values: ys, rows: order.map((i) => se.rows[i]!) };
    }),
  };
}

/** Stacked bars: positive values up from 0, negative ones down, in series order. */
export function stackBars(series: Series[]): Series[] {
  const up = new Map<number, number>();
  const down = new Map<number, number>();
  return series.map((se) => {
    const bases: number[] = [];
    const ys = se.values.map((v, i) => {
      const x = se.xs[i]!;
      const stack = v >= 0 ? up : down;
      const base = stack.get(x) ?? 0;
      stack.set(x, base + v);
      bases.push(base);
      return base + v;
    });
    return { ...se, ys, bases };
  });
}

/** Unbinned bars are as wide as 80% of the smallest step between two x values. */
export function unbinnedBarWidth(series: Series[]): number {
  const xs = [...new Set(series.flatMap((se) => se.xs))].sort((a, b) => a - b);
  let gap = Infinity;
  for (let i = 1; i < xs.length; i++) gap = Math.min(gap, xs[i]! - xs[i - 1]!);
  return Number.isFinite(gap) ? gap * 0.8 : 1;
}
