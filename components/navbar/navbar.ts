// gr.Navbar, the links between a multipage app's pages: the worker side
// (ui/pages.tsx lays it out with the pages).

import { optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { define, type ValueFactory } from "../../src/factory.ts";

export type NavbarLink = readonly [name: string, path: string];
export interface NavbarOwnOptions {
  mainPageName?: string | false;
}
export interface Navbar extends Component<NavbarLink[] | null, NavbarLink[] | null>, EventMethods<"change"> {}

/** The links between the pages of a multipage app; one per page may override the main one. */
export const Navbar = define<ValueFactory<Navbar, NavbarLink[] | null, NavbarOwnOptions>>({
  type: "navbar",
  name: "Navbar",
  events: ["change"],
  options: optionNames<NavbarOwnOptions>()("mainPageName"),
  firstArg: "value",
  isInput: false,
  defaults: { visible: true, mainPageName: "Home", value: null },
});
