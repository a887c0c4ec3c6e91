// Types only: an app's named endpoints as the compiler sees them, so a page's
// `Client<typeof demo>` knows each endpoint's arguments and data. The app
// hands them over by returning its listeners from the Blocks body:
//   const demo = gr.Blocks(() => { …; const add = btn.click(f, [a, b], c, { apiName: "add" }); return { add }; });

import type { Blocks } from "./blocks.ts";
import type { Dependency } from "./dependency.ts";

/** One endpoint: what a client passes and what it gets back. */
export interface Endpoint<A extends unknown[] = unknown[], R extends unknown[] = unknown[]> {
  args: A;
  data: R;
}

/** Every Dependency in what a Blocks body returned (one, an array, or an object of them). */
type DepsIn<T> = T extends Dependency<string, unknown[], unknown[]>
  ? T
  : T extends readonly unknown[]
    ? DepsIn<T[number]>
    : T extends object
      ? DepsIn<T[keyof T]>
      : never;

type NameOf<D> = D extends Dependency<infer N, unknown[], unknown[]> ? N : never;

/** An app's endpoints by name ("/add"); any name when the app does not say. */
export type Endpoints<App> =
  App extends Blocks<infer T>
    ? [DepsIn<T>] extends [never]
      ? Record<string, Endpoint>
      : { [N in NameOf<DepsIn<T>> as `/${N}`]: Extract<DepsIn<T>, Dependency<N, unknown[], unknown[]>> extends Dependency<N, infer A, infer R> ? Endpoint<A, R> : never }
    : Record<string, Endpoint>;
