// Whether a listener touches a file component: only those load the file
// machinery (file-values.ts, the cache), which most apps never need.

import { Component } from "../src/component.ts";
import type { Dependency } from "../src/dependency.ts";

export function touchesFiles(dep: Dependency): boolean {
  const isFile = (b: unknown) => b instanceof Component && !!b.spec.files;
  return dep.inputs.some(isFile) || dep.outputs.some(isFile);
}
